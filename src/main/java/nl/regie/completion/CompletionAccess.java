package nl.regie.completion;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.shared.RegieProblem;

/**
 * Role rule of this module, on top of the dossier's own tenant rules (which {@code DossierQueries.get} applies):
 * completion, the notice to DUO (it holds the BSN) and aftercare are for the consultants and team leads who run
 * the dossier. A policy officer, functional administrator or chain partner gets 403.
 */
final class CompletionAccess {

    private CompletionAccess() {
    }

    static void requireCaseworker(RegieUser user) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Afronding, de melding aan DUO en nazorg zijn voor consulenten en teamleiders.");
        }
    }
}
