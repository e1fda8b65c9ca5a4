package nl.regie.dossier;

import nl.regie.rules.TargetGroup;
import java.time.LocalDate;
import java.util.UUID;

/** A dossier as a line on a worklist: enough to recognise the person, no more. */
public record DossierSummary(
        UUID id,
        String municipalityCode,
        String givenNames,
        String familyName,
        LocalDate birthDate,
        String nationality,
        TargetGroup targetGroup,
        DossierState state,
        LocalDate stateSince,
        String consultantUsername,
        String consultantName,
        long version,
        int signalCount,
        int topSeverity,
        String topSignal) {

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
