package nl.regie.enforcement;

import java.math.BigDecimal;
import java.util.List;

import nl.regie.rules.EnforcementRules;

/** One version of a municipality's fine policy, as stored. */
public record FinePolicyVersion(long id, String municipalityCode, EnforcementRules.FinePolicy policy, String source) {

    public List<String> ladderDutch() {
        return policy.ladder().stream().map(EnforcementRules::euro).toList();
    }

    public String maximum() {
        return EnforcementRules.euro(EnforcementRules.STATUTORY_MAXIMUM);
    }

    public BigDecimal firstStep() {
        return policy.ladder().get(0);
    }
}
