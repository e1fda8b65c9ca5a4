package nl.regie.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regie.shared.DutchDates;
import nl.regie.dossier.CoaProfile;
import nl.regie.dossier.HouseholdMember;
import nl.regie.dossier.NewDossier;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.FormInput;

/**
 * The "nieuw dossier" form exactly as typed (all text), so that a rejected form comes back with everything
 * the consultant entered, including a mistyped date.
 */
public class DossierForm {

    static final int HOUSEHOLD_ROWS = 4;

    private String bsn;
    private String givenNames;
    private String familyName;
    private String birthDate;
    private String nationality;
    private String targetGroup;
    private String contactLanguage;
    private String interpreterNeeded;
    private String linkedOn;
    private String housedOn;
    private String brpRegisteredOn;
    private String consultantUsername;
    private List<HouseholdRow> householdMembers = new ArrayList<>();
    private CoaFields coa = new CoaFields();

    public DossierForm() {
        for (int i = 0; i < HOUSEHOLD_ROWS; i++) {
            householdMembers.add(new HouseholdRow());
        }
    }

    /** Turns the typed text into a {@link NewDossier}; typing errors (dates, choices) land in {@code errors}. */
    NewDossier toNewDossier(Map<String, String> errors) {
        TargetGroup group = choice(TargetGroup.class, targetGroup, "targetGroup", "Kies de doelgroep.", errors);
        Boolean interpreter = interpreterNeeded == null || interpreterNeeded.isBlank() ? null : "true".equals(interpreterNeeded);
        List<HouseholdMember> members = new ArrayList<>();
        int index = 0;
        for (HouseholdRow row : householdMembers) {
            if (row.isEmpty()) {
                continue;
            }
            HouseholdMember.Relationship rel = choice(HouseholdMember.Relationship.class, row.relationship,
                    "householdMembers[" + index + "].relationship", "Kies de relatie van dit gezinslid.", errors);
            members.add(new HouseholdMember(rel, trim(row.name),
                    DutchDates.parse(row.birthDate, "householdMembers[" + index + "].birthDate", errors)));
            index++;
        }
        CoaProfile profile = coa.toProfile(errors);
        return new NewDossier(null, trim(bsn), trim(givenNames), trim(familyName),
                DutchDates.parse(birthDate, "birthDate", errors), upper(nationality), group, lower(contactLanguage),
                interpreter, DutchDates.parse(linkedOn, "linkedOn", errors), DutchDates.parse(housedOn, "housedOn", errors),
                DutchDates.parse(brpRegisteredOn, "brpRegisteredOn", errors), trim(consultantUsername), members,
                profile.isEmpty() ? null : profile);
    }

    /** Form field ids of the error keys the service uses, so messages sit next to the right field. */
    static Map<String, String> byFormField(Map<String, String> serviceErrors) {
        Map<String, String> out = new LinkedHashMap<>();
        serviceErrors.forEach((k, v) -> out.put(k.startsWith("coaProfile.") ? "coa." + k.substring("coaProfile.".length()) : k, v));
        return out;
    }

    /** An enum value chosen from a select; a value that is not on the list is a typing error, not a crash. */
    static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String message, Map<String, String> errors) {
        return FormInput.choice(type, raw, field, message, errors);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        return trim(s) == null ? null : s.trim().toUpperCase();
    }

    private static String lower(String s) {
        return trim(s) == null ? null : s.trim().toLowerCase();
    }

    public static class HouseholdRow {
        private String relationship;
        private String name;
        private String birthDate;

        boolean isEmpty() {
            return (relationship == null || relationship.isBlank()) && (name == null || name.isBlank())
                    && (birthDate == null || birthDate.isBlank());
        }

        public String getRelationship() { return relationship; }
        public void setRelationship(String relationship) { this.relationship = relationship; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    }

    /** COA klantprofiel fields (seed 004 note 11). */
    public static class CoaFields {
        private String coaNumber;
        private String azcLocation;
        private String residencePermitType;
        private String permitGrantedOn;
        private String familyDetails;
        private String preIntegration;
        private String education;
        private String diplomaValuation;
        private String languageSkills;
        private String workExperience;
        private String curriculumVitae;
        private String selfReliance;

        CoaProfile toProfile(Map<String, String> errors) {
            CoaProfile.ResidencePermitType type = choice(CoaProfile.ResidencePermitType.class, residencePermitType,
                    "coa.residencePermitType", "Kies een soort verblijfsvergunning.", errors);
            return new CoaProfile(trim(coaNumber), trim(azcLocation), type,
                    DutchDates.parse(permitGrantedOn, "coa.permitGrantedOn", errors), trim(familyDetails),
                    trim(preIntegration), trim(education), trim(diplomaValuation), trim(languageSkills),
                    trim(workExperience), trim(curriculumVitae), trim(selfReliance));
        }

        public String getCoaNumber() { return coaNumber; }
        public void setCoaNumber(String v) { coaNumber = v; }
        public String getAzcLocation() { return azcLocation; }
        public void setAzcLocation(String v) { azcLocation = v; }
        public String getResidencePermitType() { return residencePermitType; }
        public void setResidencePermitType(String v) { residencePermitType = v; }
        public String getPermitGrantedOn() { return permitGrantedOn; }
        public void setPermitGrantedOn(String v) { permitGrantedOn = v; }
        public String getFamilyDetails() { return familyDetails; }
        public void setFamilyDetails(String v) { familyDetails = v; }
        public String getPreIntegration() { return preIntegration; }
        public void setPreIntegration(String v) { preIntegration = v; }
        public String getEducation() { return education; }
        public void setEducation(String v) { education = v; }
        public String getDiplomaValuation() { return diplomaValuation; }
        public void setDiplomaValuation(String v) { diplomaValuation = v; }
        public String getLanguageSkills() { return languageSkills; }
        public void setLanguageSkills(String v) { languageSkills = v; }
        public String getWorkExperience() { return workExperience; }
        public void setWorkExperience(String v) { workExperience = v; }
        public String getCurriculumVitae() { return curriculumVitae; }
        public void setCurriculumVitae(String v) { curriculumVitae = v; }
        public String getSelfReliance() { return selfReliance; }
        public void setSelfReliance(String v) { selfReliance = v; }
    }

    public String getBsn() { return bsn; }
    public void setBsn(String v) { bsn = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = v; }
    public String getNationality() { return nationality; }
    public void setNationality(String v) { nationality = v; }
    public String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String v) { targetGroup = v; }
    public String getContactLanguage() { return contactLanguage; }
    public void setContactLanguage(String v) { contactLanguage = v; }
    public String getInterpreterNeeded() { return interpreterNeeded; }
    public void setInterpreterNeeded(String v) { interpreterNeeded = v; }
    public String getLinkedOn() { return linkedOn; }
    public void setLinkedOn(String v) { linkedOn = v; }
    public String getHousedOn() { return housedOn; }
    public void setHousedOn(String v) { housedOn = v; }
    public String getBrpRegisteredOn() { return brpRegisteredOn; }
    public void setBrpRegisteredOn(String v) { brpRegisteredOn = v; }
    public String getConsultantUsername() { return consultantUsername; }
    public void setConsultantUsername(String v) { consultantUsername = v; }
    public List<HouseholdRow> getHouseholdMembers() { return householdMembers; }
    public void setHouseholdMembers(List<HouseholdRow> v) { householdMembers = v; }
    public CoaFields getCoa() { return coa; }
    public void setCoa(CoaFields v) { coa = v; }
}
