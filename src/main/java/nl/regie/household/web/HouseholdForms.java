package nl.regie.household.web;

import java.util.Map;

import nl.regie.dossier.HouseholdMember;
import nl.regie.household.Childcare;
import nl.regie.household.ChildcareArrangement;
import nl.regie.household.ChildcareInput;
import nl.regie.household.ChildcareNeed;
import nl.regie.household.IncomeType;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormInput;

/** The household page's forms exactly as typed, so a refused form comes back with everything entered. */
final class HouseholdForms {

    private HouseholdForms() {
    }

    /** A value of an enum chosen in a select; an unknown value is a message, an empty one {@code null}. */
    static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String message, Map<String, String> errors) {
        return FormInput.choice(type, raw, field, message, errors);
    }

    static Long id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public static class MemberForm {
        private String relationship;
        private String name;
        private String birthDate;
        private String addReason;

        HouseholdMember toMember(Map<String, String> errors) {
            var r = choice(HouseholdMember.Relationship.class, relationship, "relationship", "Kies de relatie van dit gezinslid.", errors);
            var born = DutchDates.parse(birthDate, "birthDate", errors);
            return new HouseholdMember(r, name, born);
        }

        public String getRelationship() { return relationship; }
        public void setRelationship(String v) { relationship = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String v) { birthDate = v; }
        public String getAddReason() { return addReason; }
        public void setAddReason(String v) { addReason = v; }
    }

    public static class LinkForm {
        private String linkMemberId;
        private String bsn;

        public String getLinkMemberId() { return linkMemberId; }
        public void setLinkMemberId(String v) { linkMemberId = v; }
        public String getBsn() { return bsn; }
        public void setBsn(String v) { bsn = v; }
    }

    public static class RemoveForm {
        private String removeMemberId;
        private String removeReason;

        public String getRemoveMemberId() { return removeMemberId; }
        public void setRemoveMemberId(String v) { removeMemberId = v; }
        public String getRemoveReason() { return removeReason; }
        public void setRemoveReason(String v) { removeReason = v; }
    }

    public static class IncomeForm {
        private String situation;
        private String validFrom;
        private String incomeRemarks;
        private boolean partnerBecomesNug;

        public String getSituation() { return situation; }
        public void setSituation(String v) { situation = v; }
        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getIncomeRemarks() { return incomeRemarks; }
        public void setIncomeRemarks(String v) { incomeRemarks = v; }
        public boolean isPartnerBecomesNug() { return partnerBecomesNug; }
        public void setPartnerBecomesNug(boolean v) { partnerBecomesNug = v; }

        IncomeType type(Map<String, String> errors) {
            return choice(IncomeType.class, situation, "situation", "Kies de inkomenssituatie.", errors);
        }
    }

    public static class ChildcareForm {
        private String need;
        private String arrangement;
        private String hoursPerWeek;
        private String childcareRemarks;

        static ChildcareForm of(Childcare c) {
            ChildcareForm f = new ChildcareForm();
            if (c != null) {
                f.need = c.need().name();
                f.arrangement = c.arrangement() == null ? null : c.arrangement().name();
                f.hoursPerWeek = c.hoursPerWeek() == null ? null : String.valueOf(c.hoursPerWeek());
                f.childcareRemarks = c.remarks();
            }
            return f;
        }

        ChildcareInput toInput(Map<String, String> errors) {
            var n = choice(ChildcareNeed.class, need, "need", "Kies of er opvang nodig is: ja, nee of onbekend.", errors);
            var a = choice(ChildcareArrangement.class, arrangement, "arrangement", "Kies hoe de opvang is geregeld.", errors);
            Integer hours = null;
            if (hoursPerWeek != null && !hoursPerWeek.isBlank()) {
                try {
                    hours = Integer.valueOf(hoursPerWeek.trim());
                } catch (NumberFormatException e) {
                    errors.put("hoursPerWeek", "'" + hoursPerWeek.trim() + "' is geen heel getal; vul het aantal uren per week in.");
                }
            }
            return new ChildcareInput(n, a, hours, childcareRemarks);
        }

        public String getNeed() { return need; }
        public void setNeed(String v) { need = v; }
        public String getArrangement() { return arrangement; }
        public void setArrangement(String v) { arrangement = v; }
        public String getHoursPerWeek() { return hoursPerWeek; }
        public void setHoursPerWeek(String v) { hoursPerWeek = v; }
        public String getChildcareRemarks() { return childcareRemarks; }
        public void setChildcareRemarks(String v) { childcareRemarks = v; }
    }
}
