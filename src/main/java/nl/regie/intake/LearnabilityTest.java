package nl.regie.intake;

import java.time.Instant;
import java.time.LocalDate;

import nl.regie.rules.LearningRoute;

/**
 * A recorded leerbaarheidstoets result (Wi 2021 art. 14). A retest is a new result; results are never changed.
 * {@code provider} is the organisation that took the test ("afgenomen door"); {@code recordedBy} the consultant who
 * entered it.
 */
public record LearnabilityTest(long id, LocalDate takenOn, String provider, LearningRoute advisedRoute, String score,
                               String remarks, String recordedBy, Instant recordedAt) {
}
