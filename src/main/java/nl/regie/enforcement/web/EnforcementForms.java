package nl.regie.enforcement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regie.rules.Circumstance;
import nl.regie.rules.EnforcementRules;
import nl.regie.shared.FormInput;

/** The forms of the handhaving page, as typed (Strings), so a refused form comes back unchanged. */
final class EnforcementForms {

    private EnforcementForms() {
    }

    /** "250", "250,50", "€ 1.250,00" or "250.50" → 250.50; a typing error adds a Dutch message. */
    static BigDecimal amount(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.replace("€", "").replace(" ", "").trim();
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        }
        try {
            BigDecimal b = new BigDecimal(s);
            if (b.scale() > 2) {
                throw new NumberFormatException();
            }
            return b.setScale(2);
        } catch (NumberFormatException e) {
            errors.put(field, "'" + raw.trim() + "' is geen bedrag; schrijf bijvoorbeeld 250 of 250,50.");
            return null;
        }
    }

    static Integer number(String raw, String field, Map<String, String> errors) {
        return FormInput.wholeNumber(raw, field, errors);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String message, Map<String, String> errors) {
        return FormInput.choice(type, raw, field, message, errors);
    }

    public static class BreachForm {
        private String obligation;
        private String conductOn;
        private String facts;
        private String heardOn;
        private String statement;
        private String validReason;
        private String culpabilityReasoning;
        private List<String> circumstances = new ArrayList<>();
        private String circumstanceNote;
        private String progressMeetingId;

        public String getObligation() { return obligation; }
        public void setObligation(String v) { obligation = v; }
        public String getConductOn() { return conductOn; }
        public void setConductOn(String v) { conductOn = v; }
        public String getFacts() { return facts; }
        public void setFacts(String v) { facts = v; }
        public String getHeardOn() { return heardOn; }
        public void setHeardOn(String v) { heardOn = v; }
        public String getStatement() { return statement; }
        public void setStatement(String v) { statement = v; }
        public String getValidReason() { return validReason; }
        public void setValidReason(String v) { validReason = v; }
        public String getCulpabilityReasoning() { return culpabilityReasoning; }
        public void setCulpabilityReasoning(String v) { culpabilityReasoning = v; }
        public List<String> getCircumstances() { return circumstances; }
        public void setCircumstances(List<String> v) { circumstances = v == null ? new ArrayList<>() : v; }
        public String getCircumstanceNote() { return circumstanceNote; }
        public void setCircumstanceNote(String v) { circumstanceNote = v; }
        public String getProgressMeetingId() { return progressMeetingId; }
        public void setProgressMeetingId(String v) { progressMeetingId = v; }

        Boolean valid() {
            return "true".equals(validReason) ? Boolean.TRUE : "false".equals(validReason) ? Boolean.FALSE : null;
        }

        Set<Circumstance> circumstanceSet() {
            Set<Circumstance> out = EnumSet.noneOf(Circumstance.class);
            for (String c : circumstances) {
                for (Circumstance x : Circumstance.values()) {
                    if (x.name().equals(c)) {
                        out.add(x);
                    }
                }
            }
            return out;
        }
    }

    public static class DecisionForm {
        private String kind;
        private String amount;
        private String deviationReason;

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getDeviationReason() { return deviationReason; }
        public void setDeviationReason(String v) { deviationReason = v; }
    }

    public static class ReviewForm {
        private Long version;
        private String verdict;
        private String reason;

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public String getVerdict() { return verdict; }
        public void setVerdict(String v) { verdict = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    public static class ObjectionForm {
        private String receivedOn;
        private boolean lateExcusable;
        private String lateReason;

        public String getReceivedOn() { return receivedOn; }
        public void setReceivedOn(String v) { receivedOn = v; }
        public boolean isLateExcusable() { return lateExcusable; }
        public void setLateExcusable(boolean v) { lateExcusable = v; }
        public String getLateReason() { return lateReason; }
        public void setLateReason(String v) { lateReason = v; }
    }

    public static class OutcomeForm {
        private String outcome;
        private String decidedOn;
        private String newAmount;
        private String reasoning;

        public String getOutcome() { return outcome; }
        public void setOutcome(String v) { outcome = v; }
        public String getDecidedOn() { return decidedOn; }
        public void setDecidedOn(String v) { decidedOn = v; }
        public String getNewAmount() { return newAmount; }
        public void setNewAmount(String v) { newAmount = v; }
        public String getReasoning() { return reasoning; }
        public void setReasoning(String v) { reasoning = v; }
    }

    public static class MeasureForm {
        private String percentage;
        private String months;
        private String decidedOn;
        private String reasoning;

        public String getPercentage() { return percentage; }
        public void setPercentage(String v) { percentage = v; }
        public String getMonths() { return months; }
        public void setMonths(String v) { months = v; }
        public String getDecidedOn() { return decidedOn; }
        public void setDecidedOn(String v) { decidedOn = v; }
        public String getReasoning() { return reasoning; }
        public void setReasoning(String v) { reasoning = v; }
    }

    public static class DuoForm {
        private String kind;
        private String decidedOn;
        private String reference;
        private String amount;
        private String newTermEnd;
        private String note;

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getDecidedOn() { return decidedOn; }
        public void setDecidedOn(String v) { decidedOn = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getNewTermEnd() { return newTermEnd; }
        public void setNewTermEnd(String v) { newTermEnd = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A new version of the fine policy as typed; shown first with the version in force today, so one changes only what is new. */
    public static class PolicyForm {
        private String validFrom;
        private String warningFirst;
        private String ladder1;
        private String ladder2;
        private String ladder3;
        private String secondChanceMonths;
        private String reductionCulpability;
        private String reductionMeans;
        private String reductionRestored;
        private String maxReductionPercent;
        private String pwMeasurePercent;
        private String pwMeasureMonths;
        private boolean pwAndWiBothAllowed;
        private String source;

        static PolicyForm from(EnforcementRules.FinePolicy p) {
            PolicyForm f = new PolicyForm();
            f.warningFirst = String.valueOf(p.warningFirst());
            f.ladder1 = plain(p.ladder().get(0));
            f.ladder2 = plain(p.ladder().get(1));
            f.ladder3 = plain(p.ladder().get(2));
            f.secondChanceMonths = String.valueOf(p.secondChanceMonths());
            f.reductionCulpability = String.valueOf(p.reductionPercent().getOrDefault(Circumstance.REDUCED_CULPABILITY, 0));
            f.reductionMeans = String.valueOf(p.reductionPercent().getOrDefault(Circumstance.LIMITED_MEANS, 0));
            f.reductionRestored = String.valueOf(p.reductionPercent().getOrDefault(Circumstance.CONDUCT_RESTORED, 0));
            f.maxReductionPercent = String.valueOf(p.maxReductionPercent());
            f.pwMeasurePercent = String.valueOf(p.pwMeasurePercent());
            f.pwMeasureMonths = String.valueOf(p.pwMeasureMonths());
            f.pwAndWiBothAllowed = p.pwAndWiBothAllowed();
            return f;
        }

        /** "250,00" → "250", "250,50" stays: how a person would type it. */
        private static String plain(BigDecimal b) {
            return b.stripTrailingZeros().scale() <= 0 ? b.setScale(0).toPlainString() : b.setScale(2).toPlainString().replace('.', ',');
        }

        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getWarningFirst() { return warningFirst; }
        public void setWarningFirst(String v) { warningFirst = v; }
        public String getLadder1() { return ladder1; }
        public void setLadder1(String v) { ladder1 = v; }
        public String getLadder2() { return ladder2; }
        public void setLadder2(String v) { ladder2 = v; }
        public String getLadder3() { return ladder3; }
        public void setLadder3(String v) { ladder3 = v; }
        public String getSecondChanceMonths() { return secondChanceMonths; }
        public void setSecondChanceMonths(String v) { secondChanceMonths = v; }
        public String getReductionCulpability() { return reductionCulpability; }
        public void setReductionCulpability(String v) { reductionCulpability = v; }
        public String getReductionMeans() { return reductionMeans; }
        public void setReductionMeans(String v) { reductionMeans = v; }
        public String getReductionRestored() { return reductionRestored; }
        public void setReductionRestored(String v) { reductionRestored = v; }
        public String getMaxReductionPercent() { return maxReductionPercent; }
        public void setMaxReductionPercent(String v) { maxReductionPercent = v; }
        public String getPwMeasurePercent() { return pwMeasurePercent; }
        public void setPwMeasurePercent(String v) { pwMeasurePercent = v; }
        public String getPwMeasureMonths() { return pwMeasureMonths; }
        public void setPwMeasureMonths(String v) { pwMeasureMonths = v; }
        public boolean isPwAndWiBothAllowed() { return pwAndWiBothAllowed; }
        public void setPwAndWiBothAllowed(boolean v) { pwAndWiBothAllowed = v; }
        public String getSource() { return source; }
        public void setSource(String v) { source = v; }
    }
}
