package nl.regie.route.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regie.route.FinalInterview;
import nl.regie.route.NewHours;
import nl.regie.rules.ExamPart;
import nl.regie.rules.LanguageLevel;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormInput;

/**
 * The route screen's forms exactly as typed (all text), so a refused form comes back with everything entered; each
 * converts its text, recording typing errors per field in Dutch, before the service checks the rest.
 */
final class RouteForms {

    private RouteForms() {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    static BigDecimal hours(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim().replace(',', '.');
        if (!s.matches("-?\\d{1,6}(\\.\\d+)?")) {
            errors.put(field, "'" + raw.trim() + "' is geen aantal uren; schrijf bijvoorbeeld 12 of 12,5.");
            return null;
        }
        return new BigDecimal(s);
    }

    static Integer count(String raw, String field, Map<String, String> errors) {
        return FormInput.wholeNumber(raw, field, errors);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String message, Map<String, String> errors) {
        return FormInput.choice(type, raw, field, message, errors);
    }

    /** Month as typed: 3-2026, 03-2026 or 2026-03. */
    static YearMonth month(String raw, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim().replace('/', '-').replace('.', '-');
        try {
            return s.matches("\\d{4}-\\d{1,2}") ? YearMonth.parse(s.length() == 6 ? s.substring(0, 5) + "0" + s.substring(5) : s)
                    : YearMonth.parse(s, MONTH);
        } catch (DateTimeParseException e) {
            errors.put("month", "'" + raw.trim() + "' is geen geldige maand; schrijf bijvoorbeeld 03-2026.");
            return null;
        }
    }

    public static class HoursForm {
        private String component;
        private String month;
        private String periodFrom;
        private String periodTo;
        private String plannedHours;
        private String attendedHours;
        private boolean qualityMarked = true;
        private String provider;
        private String sessionsPlanned;
        private String sessionsAttended;
        private String absentSick;
        private String absentExcused;
        private String absentUnexcused;
        private String note;

        NewHours toHours(Map<String, String> errors) {
            ProgrammeComponent c = choice(ProgrammeComponent.class, component, "component", "Kies het onderdeel.", errors);
            LocalDate from = DutchDates.parse(periodFrom, "periodFrom", errors);
            LocalDate to = DutchDates.parse(periodTo, "periodTo", errors);
            YearMonth m = month(month, errors);
            if (m != null) {
                if (from != null || to != null) {
                    errors.put("month", "Vul een maand óf een periode in, niet allebei.");
                } else {
                    from = m.atDay(1);
                    to = m.atEndOfMonth();
                }
            }
            return new NewHours(c, from, to, hours(plannedHours, "plannedHours", errors),
                    hours(attendedHours, "attendedHours", errors), qualityMarked, provider,
                    count(sessionsPlanned, "sessionsPlanned", errors), count(sessionsAttended, "sessionsAttended", errors),
                    count(absentSick, "absentSick", errors), count(absentExcused, "absentExcused", errors),
                    count(absentUnexcused, "absentUnexcused", errors), note);
        }

        boolean usesMonth() {
            return month != null && !month.isBlank();
        }

        public String getComponent() { return component; }
        public void setComponent(String v) { component = v; }
        public String getMonth() { return month; }
        public void setMonth(String v) { month = v; }
        public String getPeriodFrom() { return periodFrom; }
        public void setPeriodFrom(String v) { periodFrom = v; }
        public String getPeriodTo() { return periodTo; }
        public void setPeriodTo(String v) { periodTo = v; }
        public String getPlannedHours() { return plannedHours; }
        public void setPlannedHours(String v) { plannedHours = v; }
        public String getAttendedHours() { return attendedHours; }
        public void setAttendedHours(String v) { attendedHours = v; }
        public boolean isQualityMarked() { return qualityMarked; }
        public void setQualityMarked(boolean v) { qualityMarked = v; }
        public String getProvider() { return provider; }
        public void setProvider(String v) { provider = v; }
        public String getSessionsPlanned() { return sessionsPlanned; }
        public void setSessionsPlanned(String v) { sessionsPlanned = v; }
        public String getSessionsAttended() { return sessionsAttended; }
        public void setSessionsAttended(String v) { sessionsAttended = v; }
        public String getAbsentSick() { return absentSick; }
        public void setAbsentSick(String v) { absentSick = v; }
        public String getAbsentExcused() { return absentExcused; }
        public void setAbsentExcused(String v) { absentExcused = v; }
        public String getAbsentUnexcused() { return absentUnexcused; }
        public void setAbsentUnexcused(String v) { absentUnexcused = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    public static class ExamForm {
        private String part;
        private String takenOn;
        private String level;
        private String passed;

        ExamPart part(Map<String, String> errors) {
            return choice(ExamPart.class, part, "part", "Kies het examenonderdeel.", errors);
        }

        LocalDate takenOn(Map<String, String> errors) {
            return DutchDates.parse(takenOn, "takenOn", errors);
        }

        LanguageLevel level(Map<String, String> errors) {
            return choice(LanguageLevel.class, level, "level", "Kies een niveau uit de lijst.", errors);
        }

        Boolean passed() {
            return passed == null || passed.isBlank() ? null : Boolean.valueOf(passed);
        }

        public String getPart() { return part; }
        public void setPart(String v) { part = v; }
        public String getTakenOn() { return takenOn; }
        public void setTakenOn(String v) { takenOn = v; }
        public String getLevel() { return level; }
        public void setLevel(String v) { level = v; }
        public String getPassed() { return passed; }
        public void setPassed(String v) { passed = v; }
    }

    public static class DowngradeForm {
        private List<String> parts = new ArrayList<>();
        private String reason;
        private String decidedOn;

        Set<ExamPart> parts(Map<String, String> errors) {
            Set<ExamPart> out = EnumSet.noneOf(ExamPart.class);
            for (String p : parts) {
                ExamPart e = choice(ExamPart.class, p, "parts", "Kies examenonderdelen uit de lijst.", errors);
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }

        public boolean has(String part) {
            return parts.contains(part);
        }

        public List<String> getParts() { return parts; }
        public void setParts(List<String> v) { parts = v == null ? new ArrayList<>() : v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getDecidedOn() { return decidedOn; }
        public void setDecidedOn(String v) { decidedOn = v; }
    }

    public static class PvtForm {
        private String excursionOn;
        private String signedOn;
        private long version;

        public String getExcursionOn() { return excursionOn; }
        public void setExcursionOn(String v) { excursionOn = v; }
        public String getSignedOn() { return signedOn; }
        public void setSignedOn(String v) { signedOn = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    public static class MapForm {
        private String practicalDoneOn;
        private String completedOn;
        private long version;

        public String getPracticalDoneOn() { return practicalDoneOn; }
        public void setPracticalDoneOn(String v) { practicalDoneOn = v; }
        public String getCompletedOn() { return completedOn; }
        public void setCompletedOn(String v) { completedOn = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    public static class InterviewForm {
        private String heldOn;
        private String outcome;
        private String summary;

        FinalInterview.Outcome outcome(Map<String, String> errors) {
            return choice(FinalInterview.Outcome.class, outcome, "outcome", "Kies de uitkomst van het eindgesprek.", errors);
        }

        public String getHeldOn() { return heldOn; }
        public void setHeldOn(String v) { heldOn = v; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String v) { outcome = v; }
        public String getSummary() { return summary; }
        public void setSummary(String v) { summary = v; }
    }

    public static class BridgingForm {
        private String completedOn;
        private String institution;
        private String note;

        public String getCompletedOn() { return completedOn; }
        public void setCompletedOn(String v) { completedOn = v; }
        public String getInstitution() { return institution; }
        public void setInstitution(String v) { institution = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }
}
