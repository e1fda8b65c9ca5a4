package nl.regie.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import nl.regie.rules.EnforcementRules;

/**
 * One version of a municipality's fine policy, as stored; {@code recordedBy}/{@code recordedAt} are null for the
 * versions seeded at installation (V13).
 */
public record FinePolicyVersion(long id, String municipalityCode, EnforcementRules.FinePolicy policy, String source,
                                String recordedBy, Instant recordedAt) {

    public List<String> ladderDutch() {
        return policy.ladder().stream().map(EnforcementRules::euro).toList();
    }

    /** "verminderde verwijtbaarheid 50%, beperkte draagkracht 25%, alsnog meegewerkt 25%; samen ten hoogste 75%". */
    public String reductionsDutch() {
        String each = java.util.Arrays.stream(nl.regie.rules.Circumstance.values())
                .map(c -> REDUCTION_NAMES.get(c) + " " + policy.reductionPercent().getOrDefault(c, 0) + "%")
                .collect(java.util.stream.Collectors.joining(", "));
        return each + "; samen ten hoogste " + policy.maxReductionPercent() + "%";
    }

    private static final java.util.Map<nl.regie.rules.Circumstance, String> REDUCTION_NAMES = java.util.Map.of(
            nl.regie.rules.Circumstance.REDUCED_CULPABILITY, "verminderde verwijtbaarheid",
            nl.regie.rules.Circumstance.LIMITED_MEANS, "beperkte draagkracht",
            nl.regie.rules.Circumstance.CONDUCT_RESTORED, "alsnog meegewerkt");

    public String maximum() {
        return EnforcementRules.euro(EnforcementRules.STATUTORY_MAXIMUM);
    }

    public BigDecimal firstStep() {
        return policy.ladder().get(0);
    }
}
