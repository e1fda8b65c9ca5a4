package nl.regie.intake;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A nulmeting or eindmeting as other modules may read it (reports, summaries): date, participatieladder step and the
 * ZRM scores of the domains that are not special categories. The health scores (AVG art. 9) can never be in it:
 * the constructor refuses them.
 */
public record Measurement(MeasurementKind kind, LocalDate measuredOn, ParticipationLadderStep ladderStep,
                          Map<ZrmDomain, ZrmScore> scores) {

    public Measurement {
        if (scores.keySet().stream().anyMatch(ZrmDomain::specialCategory)) {
            throw new IllegalArgumentException("Bijzondere persoonsgegevens horen niet in een meting voor rapportage.");
        }
        EnumMap<ZrmDomain, ZrmScore> copy = new EnumMap<>(ZrmDomain.class);
        copy.putAll(scores);
        scores = Collections.unmodifiableMap(copy);
    }
}
