package nl.regie.route;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regie.rules.ExamPart;

/**
 * Afschalen (Wi art. 17 lid 3, Bi art. 5.5): the municipality's decision that the given language parts may be taken
 * at A2, with the reason and the qualifying language hours on record at the decision date.
 */
public record LevelDowngrade(long id, LocalDate decidedOn, Set<ExamPart> parts, String reason, BigDecimal languageHours,
                             String recordedBy) {

    public String languageHoursDutch() {
        return nl.regie.rules.LearningRouteRules.dutchHours(languageHours);
    }

    public String partsDutch() {
        return parts.stream().map(ExamPart::dutch).collect(Collectors.joining(", "));
    }
}
