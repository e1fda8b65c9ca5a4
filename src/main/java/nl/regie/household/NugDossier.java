package nl.regie.household;

import java.time.LocalDate;
import java.util.UUID;

import nl.regie.dossier.DossierState;
import nl.regie.rules.TargetGroup;

/** A dossier whose newcomer is niet-uitkeringsgerechtigd now, for the team lead's NUG list. */
public record NugDossier(UUID dossierId, String fullName, DossierState state, TargetGroup targetGroup,
                         String consultantName, IncomeType income, LocalDate since) {
}
