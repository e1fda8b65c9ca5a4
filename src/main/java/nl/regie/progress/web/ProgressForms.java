package nl.regie.progress.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regie.progress.DomainNote;
import nl.regie.progress.LifeDomain;
import nl.regie.progress.MissedReason;

/** The forms of the voortgangsgesprekken page, as typed (Strings), so a refused form comes back unchanged. */
final class ProgressForms {

    private ProgressForms() {
    }

    static Integer number(String raw, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            errors.put("number", "Kies om welk gepland gesprek het gaat.");
            return null;
        }
    }

    /** Planning a meeting on an agreed date. */
    public static class PlanForm {
        private String number;
        private String plannedOn;
        private String note;

        public String getNumber() { return number; }
        public void setNumber(String v) { number = v; }
        public String getPlannedOn() { return plannedOn; }
        public void setPlannedOn(String v) { plannedOn = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A held meeting: per life domain what was discussed and what was agreed. */
    public static class HeldForm {
        private String number;
        private String heldOn;
        private Map<String, String> discussed = new LinkedHashMap<>();
        private Map<String, String> agreements = new LinkedHashMap<>();
        private boolean planRevisionNeeded;
        private String planRevisionReason;

        public String getNumber() { return number; }
        public void setNumber(String v) { number = v; }
        public String getHeldOn() { return heldOn; }
        public void setHeldOn(String v) { heldOn = v; }
        public Map<String, String> getDiscussed() { return discussed; }
        public void setDiscussed(Map<String, String> v) { discussed = v; }
        public Map<String, String> getAgreements() { return agreements; }
        public void setAgreements(Map<String, String> v) { agreements = v; }
        public boolean isPlanRevisionNeeded() { return planRevisionNeeded; }
        public void setPlanRevisionNeeded(boolean v) { planRevisionNeeded = v; }
        public String getPlanRevisionReason() { return planRevisionReason; }
        public void setPlanRevisionReason(String v) { planRevisionReason = v; }

        /** The notes per domain in domain order; unknown keys are ignored. */
        List<DomainNote> notes() {
            List<DomainNote> out = new ArrayList<>();
            for (LifeDomain d : LifeDomain.values()) {
                String s = discussed.get(d.name());
                String a = agreements.get(d.name());
                if (s != null || a != null) {
                    out.add(new DomainNote(d, s, a));
                }
            }
            return out;
        }
    }

    /** A meeting that did not take place. */
    public static class MissedForm {
        private String number;
        private String on;
        private String reason;
        private String validReason;
        private String explanation;

        public String getNumber() { return number; }
        public void setNumber(String v) { number = v; }
        public String getOn() { return on; }
        public void setOn(String v) { on = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getValidReason() { return validReason; }
        public void setValidReason(String v) { validReason = v; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String v) { explanation = v; }

        MissedReason reason(Map<String, String> errors) {
            if (reason == null || reason.isBlank()) {
                return null;
            }
            try {
                return MissedReason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                errors.put("reason", "Kies waarom het gesprek niet is doorgegaan.");
                return null;
            }
        }

        Boolean valid() {
            return "true".equals(validReason) ? Boolean.TRUE : "false".equals(validReason) ? Boolean.FALSE : null;
        }
    }

    /** A newcomer's answer in the satisfaction survey. */
    public static class SatisfactionForm {
        private String subject;
        private String score;
        private String answeredOn;

        public String getSubject() { return subject; }
        public void setSubject(String v) { subject = v; }
        public String getScore() { return score; }
        public void setScore(String v) { score = v; }
        public String getAnsweredOn() { return answeredOn; }
        public void setAnsweredOn(String v) { answeredOn = v; }
    }
}
