package nl.regie.relief.web;

import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.regie.relief.CheckpointKind;
import nl.regie.relief.FixedChargeKind;

/** The forms of the relief pages, as typed (Strings), so a refused form comes back unchanged. */
final class ReliefForms {

    private ReliefForms() {
    }

    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/ ](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})");

    /** "3-2026", "03-2026" or "2026-03"; {@code null} when blank, with a Dutch message when not a month. */
    static YearMonth month(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        Matcher a = MONTH_FIRST.matcher(s);
        Matcher b = YEAR_FIRST.matcher(s);
        try {
            if (a.matches()) {
                return YearMonth.of(Integer.parseInt(a.group(2)), Integer.parseInt(a.group(1)));
            }
            if (b.matches()) {
                return YearMonth.of(Integer.parseInt(b.group(1)), Integer.parseInt(b.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the message
        }
        errors.put(field, "'" + s + "' is geen maand. Schrijf maand en jaar, bijvoorbeeld 03-2026.");
        return null;
    }

    static String typedMonth(YearMonth m) {
        return String.format("%02d-%04d", m.getMonthValue(), m.getYear());
    }

    static Integer number(String raw, String field, String message, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    static Long version(String raw) {
        try {
            return raw == null ? -1L : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public static class ArrangeForm {
        private String benefitAmount;
        private String newcomerIban;

        public String getBenefitAmount() { return benefitAmount; }
        public void setBenefitAmount(String v) { benefitAmount = v; }
        public String getNewcomerIban() { return newcomerIban; }
        public void setNewcomerIban(String v) { newcomerIban = v; }
    }

    public static class ExtendForm {
        private String newEnd;
        private String extendReason;
        private String version;

        public String getNewEnd() { return newEnd; }
        public void setNewEnd(String v) { newEnd = v; }
        public String getExtendReason() { return extendReason; }
        public void setExtendReason(String v) { extendReason = v; }
        public String getVersion() { return version; }
        public void setVersion(String v) { version = v; }
    }

    public static class EndForm {
        private String lastDay;
        private String endReason;
        private String version;

        public String getLastDay() { return lastDay; }
        public void setLastDay(String v) { lastDay = v; }
        public String getEndReason() { return endReason; }
        public void setEndReason(String v) { endReason = v; }
        public String getVersion() { return version; }
        public void setVersion(String v) { version = v; }
    }

    public static class ChargeForm {
        private String kind;
        private String creditorName;
        private String creditorIban;
        private String paymentReference;
        private String monthlyAmount;
        private String dueDay;
        private String validFrom;
        private String validUntil;

        FixedChargeKind kind(Map<String, String> errors) {
            if (kind == null || kind.isBlank()) {
                return null;
            }
            try {
                return FixedChargeKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", "Kies de soort vaste last.");
                return null;
            }
        }

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getCreditorName() { return creditorName; }
        public void setCreditorName(String v) { creditorName = v; }
        public String getCreditorIban() { return creditorIban; }
        public void setCreditorIban(String v) { creditorIban = v; }
        public String getPaymentReference() { return paymentReference; }
        public void setPaymentReference(String v) { paymentReference = v; }
        public String getMonthlyAmount() { return monthlyAmount; }
        public void setMonthlyAmount(String v) { monthlyAmount = v; }
        public String getDueDay() { return dueDay; }
        public void setDueDay(String v) { dueDay = v; }
        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getValidUntil() { return validUntil; }
        public void setValidUntil(String v) { validUntil = v; }
    }

    public static class EndChargeForm {
        private String lastMonth;
        private String endChargeReason;

        public String getLastMonth() { return lastMonth; }
        public void setLastMonth(String v) { lastMonth = v; }
        public String getEndChargeReason() { return endChargeReason; }
        public void setEndChargeReason(String v) { endChargeReason = v; }
    }

    public static class CheckpointForm {
        private String checkpointKind;
        private String checkpointOn;
        private String checkpointNote;

        CheckpointKind kind(Map<String, String> errors) {
            if (checkpointKind == null || checkpointKind.isBlank()) {
                return null;
            }
            try {
                return CheckpointKind.valueOf(checkpointKind);
            } catch (IllegalArgumentException e) {
                errors.put("checkpointKind", "Kies wat u vastlegt.");
                return null;
            }
        }

        public String getCheckpointKind() { return checkpointKind; }
        public void setCheckpointKind(String v) { checkpointKind = v; }
        public String getCheckpointOn() { return checkpointOn; }
        public void setCheckpointOn(String v) { checkpointOn = v; }
        public String getCheckpointNote() { return checkpointNote; }
        public void setCheckpointNote(String v) { checkpointNote = v; }
    }

    public static class RunForm {
        private String month;
        private boolean confirmShortfalls;

        public String getMonth() { return month; }
        public void setMonth(String v) { month = v; }
        public boolean isConfirmShortfalls() { return confirmShortfalls; }
        public void setConfirmShortfalls(boolean v) { confirmShortfalls = v; }
    }

    public static class CorrectionForm {
        private String correctionDossier;
        private String correctionReason;

        public String getCorrectionDossier() { return correctionDossier; }
        public void setCorrectionDossier(String v) { correctionDossier = v; }
        public String getCorrectionReason() { return correctionReason; }
        public void setCorrectionReason(String v) { correctionReason = v; }
    }
}
