package nl.regie.dossier;

import nl.regie.identity.Role;

import nl.regie.identity.RegieUser;

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

    /**
     * Need to know for special categories of personal data (AVG art. 9: health, addiction) in this dossier, wherever
     * they are kept (brede intake, progress meetings, attachments): the consultant the dossier is assigned to and the
     * team leads of its municipality, who answer for the caseload and take over when a consultant is away. Another
     * consultant of the same municipality sees the rest of the dossier, not these.
     */
    public boolean specialCategoriesVisibleTo(RegieUser user) {
        if (!user.active() || !municipalityCode.equals(user.municipalityCode())) {
            return false;
        }
        return user.is(Role.TEAM_LEAD) || (user.is(Role.CONSULTANT) && user.username().equals(consultantUsername));
    }

    public List<DossierState> nextStates() {
        return DossierLifecycle.nextStates(state);
    }

    /** The next steps that are recorded on their own screen (PIP, completion). */
    public List<DossierState> screenNextStates() {
        return nextStates().stream().filter(s -> DossierLifecycle.ownScreen(s) != null).toList();
    }

    /** The next steps of the generic step form; steps with their own screen are recorded there. */
    public List<DossierState> genericNextStates() {
        return DossierLifecycle.genericNextStates(state);
    }
}
