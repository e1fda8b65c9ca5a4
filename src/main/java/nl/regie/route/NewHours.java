package nl.regie.route;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.regie.rules.ProgrammeComponent;

/**
 * Hours to record for one component over one period. {@code plannedHours} and the session counts may be
 * {@code null} (unknown); absences by reason default to zero.
 */
public record NewHours(ProgrammeComponent component, LocalDate periodFrom, LocalDate periodTo, BigDecimal plannedHours,
                       BigDecimal attendedHours, boolean qualityMarked, String provider, Integer sessionsPlanned,
                       Integer sessionsAttended, Integer absentSick, Integer absentExcused, Integer absentUnexcused,
                       String note) {
}
