package nl.regie.dossier;

import java.time.LocalDate;

/**
 * The COA klantprofiel that arrives with the koppeling (seed 004, note 11): personal and family details,
 * residence status, education, diploma valuation, language skills, work experience and CV, so the newcomer
 * does not have to tell their story twice.
 */
public record CoaProfile(
        String coaNumber,
        String azcLocation,
        ResidencePermitType residencePermitType,
        LocalDate permitGrantedOn,
        String familyDetails,
        String preIntegration,
        String education,
        String diplomaValuation,
        String languageSkills,
        String workExperience,
        String curriculumVitae,
        String selfReliance) {

    /** Verblijfsvergunning asiel: bepaalde tijd (temporary) or, rarely at linking, onbepaalde tijd. */
    public enum ResidencePermitType {
        ASYLUM_TEMPORARY("Asiel bepaalde tijd"),
        ASYLUM_PERMANENT("Asiel onbepaalde tijd"),
        FAMILY_REUNIFICATION("Nareis (gezinshereniging asiel)");

        private final String dutch;

        ResidencePermitType(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    public boolean isEmpty() {
        return coaNumber == null && azcLocation == null && residencePermitType == null && permitGrantedOn == null
                && familyDetails == null && preIntegration == null && education == null && diplomaValuation == null
                && languageSkills == null && workExperience == null && curriculumVitae == null && selfReliance == null;
    }
}
