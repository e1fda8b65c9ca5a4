package nl.regie.route;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.plan.IntegrationPlan;
import nl.regie.plan.Plans;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

/**
 * The dossier (tenant rule and access log through {@link DossierQueries}) with its latest established PIP, which
 * gives the learning route. Every use case of this module starts here.
 */
@Component
class RouteContext {

    private final DossierQueries dossiers;
    private final Plans plans;

    RouteContext(DossierQueries dossiers, Plans plans) {
        this.dossiers = dossiers;
        this.plans = plans;
    }

    record Context(Dossier dossier, IntegrationPlan plan) {
        LearningRoute route() {
            return plan == null ? null : plan.content().learningRoute();
        }
    }

    Context read(RegieUser user, UUID dossierId, String purpose) {
        Dossier d = dossiers.get(user, dossierId, purpose, Channel.UI);
        IntegrationPlan plan = plans.overview(user, dossierId).latestEstablished().orElse(null);
        return new Context(d, plan);
    }

    /**
     * For a change: only consultants and team leads (of the dossier's municipality: another municipality's dossier is
     * not found), only with an established PIP, never on a closed dossier.
     */
    Context change(RegieUser user, UUID dossierId, String purpose) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders leggen de voortgang op de leerroute vast.");
        }
        Context c = read(user, dossierId, purpose);
        if (c.dossier().state() == DossierState.CLOSED) {
            throw new RegieProblem.Conflict("Dossier gesloten", "Dit dossier is gesloten; er wordt geen voortgang meer vastgelegd.");
        }
        if (c.plan() == null) {
            throw new RegieProblem.Conflict("Nog geen PIP", "Er is nog geen vastgesteld PIP. De leerroute volgt uit het PIP: "
                    + "stel eerst het PIP vast, leg daarna de voortgang vast.");
        }
        return c;
    }
}
