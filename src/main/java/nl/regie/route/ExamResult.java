package nl.regie.route;

import java.time.Instant;
import java.time.LocalDate;

import nl.regie.rules.ExamPart;
import nl.regie.rules.LanguageLevel;

/** One attempt at an exam part (examenonderdeel); {@code attemptNo} counts per part from 1; {@code level} is null for KNM. */
public record ExamResult(long id, ExamPart part, int attemptNo, LocalDate takenOn, LanguageLevel level, boolean passed,
                         String recordedBy, Instant recordedAt) {

    public String outcomeDutch() {
        return passed ? "Behaald" : "Niet behaald";
    }

    public String levelDutch() {
        return level == null ? "n.v.t." : level.name();
    }
}
