package nl.regie.intake;

import java.util.Optional;

/**
 * The latest nulmeting and eindmeting of a dossier side by side, for reports on the effect of a trajectory
 * (seed 000: participatieladder positions; seed 004: zelfredzaamheid). Without special categories of personal data.
 */
public record MeasurementComparison(Optional<Measurement> baseline, Optional<Measurement> finalMeasurement) {

    /** Steps climbed on the participatieladder between nulmeting and eindmeting, when both exist. */
    public Optional<Integer> ladderChange() {
        if (baseline.isEmpty() || finalMeasurement.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finalMeasurement.get().ladderStep().step() - baseline.get().ladderStep().step());
    }

    /** Change of one ZRM domain's score, when both measurements scored it. */
    public Optional<Integer> change(ZrmDomain domain) {
        if (baseline.isEmpty() || finalMeasurement.isEmpty()) {
            return Optional.empty();
        }
        ZrmScore before = baseline.get().scores().get(domain);
        ZrmScore after = finalMeasurement.get().scores().get(domain);
        return before == null || after == null ? Optional.empty() : Optional.of(after.value() - before.value());
    }
}
