package nl.regie.relief;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** The dossier behind every relief use case, read through {@link DossierQueries} (tenant rule, access log). */
@Component
class ReliefContext {

    private final DossierQueries dossiers;

    ReliefContext(DossierQueries dossiers) {
        this.dossiers = dossiers;
    }

    Dossier read(RegieUser user, UUID id, String purpose) {
        return dossiers.get(user, id, purpose, Channel.UI);
    }

    /** Consultants and team leads change ontzorgen; never on a closed dossier. */
    Dossier change(RegieUser user, UUID id, String purpose) {
        Dossier d = read(user, id, purpose);
        if (!mayChange(user, d)) {
            throw new RegieProblem.Forbidden(d.state() == DossierState.CLOSED
                    ? "Dit dossier is gesloten; het ontzorgen kan niet meer worden gewijzigd."
                    : "Alleen consulenten en teamleiders kunnen het ontzorgen wijzigen.");
        }
        return d;
    }

    static boolean mayChange(RegieUser user, Dossier d) {
        return user.isCaseworker() && d.state() != DossierState.CLOSED;
    }
}
