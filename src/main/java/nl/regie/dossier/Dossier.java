package nl.regie.dossier;

import nl.regie.rules.TargetGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regie.shared.Bsn;
import nl.regie.shared.ContactLanguage;
import nl.regie.shared.Nationality;

/**
 * One integration trajectory of one newcomer in one municipality, as read. Changes go through the use-case
 * services, never through this record.
 */
public record Dossier(
        UUID id,
        String municipalityCode,
        Bsn bsn,
        String givenNames,
        String familyName,
        LocalDate birthDate,
        String nationality,
        TargetGroup targetGroup,
        String contactLanguage,
        boolean interpreterNeeded,
        DossierState state,
        String consultantUsername,
        Map<DossierState, LocalDate> stepDates,
        CompletionType completionType,
        ClosureReason closureReason,
        List<HouseholdMember> householdMembers,
        CoaProfile coaProfile,
        LegalFacts legalFacts,
        Instant updatedAt,
        long version) {

    public Dossier {
        stepDates = stepDates.isEmpty() ? new EnumMap<>(DossierState.class) : new EnumMap<>(stepDates);
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }

    public String nationalityDutch() {
        return Nationality.dutchName(nationality);
    }

    public String contactLanguageDutch() {
        return ContactLanguage.dutchName(contactLanguage);
    }

    public LocalDate dateOf(DossierState s) {
        return stepDates.get(s);
    }

    /** The date of the most recent step: a new step may not be dated before it. */
    public LocalDate lastStepDate() {
        return stepDates.values().stream().max(LocalDate::compareTo).orElse(null);
    }

    public List<DossierState> nextStates() {
        return DossierLifecycle.nextStates(state);
    }
}
