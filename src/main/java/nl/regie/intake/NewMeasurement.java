package nl.regie.intake;

import java.time.LocalDate;
import java.util.Map;

/**
 * A nulmeting or eindmeting to record: the date, the participatieladder step (1–6) and ZRM scores (1–5) per domain.
 * Every domain that is not a special category must be scored, so the eindmeting can be compared with the nulmeting
 * on the same questions (seed 000); the health domains may stay empty (unknown, or the person prefers not to say).
 */
public record NewMeasurement(MeasurementKind kind, LocalDate measuredOn, Integer ladderStep, Map<ZrmDomain, Integer> scores) {
}
