package nl.regie.route;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.regie.rules.LearningRouteRules;
import nl.regie.rules.ProgrammeComponent;

/**
 * Hours of one component over one period as recorded (uren en aanwezigheid): planned and attended hours, whether
 * the provider holds a keurmerk (only those language hours count towards afschalen, Bi art. 5.5), and attendance in
 * sessions with absences by reason. Never changed after it is written.
 */
public record HourRecord(long id, UUID dossierId, ProgrammeComponent component, LocalDate periodFrom, LocalDate periodTo,
                         BigDecimal plannedHours, BigDecimal attendedHours, boolean qualityMarked, String provider,
                         Integer sessionsPlanned, Integer sessionsAttended, int absentSick, int absentExcused,
                         int absentUnexcused, String note, String recordedBy, Instant recordedAt) {

    /** Ongeoorloofd verzuim: shown as a warning, and the input for enforcement of PIP agreements later. */
    public boolean hasUnexcusedAbsence() {
        return absentUnexcused > 0;
    }

    public String attendedDutch() {
        return LearningRouteRules.dutchHours(attendedHours);
    }

    public String plannedDutch() {
        return plannedHours == null ? "—" : LearningRouteRules.dutchHours(plannedHours);
    }

    /** "10 van 12" bijeenkomsten, or a dash when not reported. */
    public String sessionsDutch() {
        if (sessionsPlanned == null && sessionsAttended == null) {
            return "—";
        }
        return (sessionsAttended == null ? "?" : sessionsAttended) + " van " + (sessionsPlanned == null ? "?" : sessionsPlanned);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(periodTo) && !to.isBefore(periodFrom);
    }
}
