package nl.regie.dossier;

import nl.regie.rules.TargetGroup;
import java.time.LocalDate;
import java.util.List;

/**
 * What is known when a dossier is opened: for an asylum permit holder at the COA koppeling (with the
 * klantprofiel), for other newcomers at BRP registration. Checked by {@link NewDossierCheck}; the same
 * check serves the form and the API so their messages cannot drift apart. {@code municipalityCode} may be
 * left out: a dossier always belongs to the municipality of the user who opens it.
 */
public record NewDossier(
        String municipalityCode,
        String bsn,
        String givenNames,
        String familyName,
        LocalDate birthDate,
        String nationality,
        TargetGroup targetGroup,
        String contactLanguage,
        Boolean interpreterNeeded,
        LocalDate linkedOn,
        LocalDate housedOn,
        LocalDate brpRegisteredOn,
        String consultantUsername,
        List<HouseholdMember> householdMembers,
        CoaProfile coaProfile) {

    public NewDossier {
        householdMembers = householdMembers == null ? List.of() : List.copyOf(householdMembers);
    }
}
