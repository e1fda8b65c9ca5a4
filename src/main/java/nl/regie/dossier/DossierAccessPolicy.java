package nl.regie.dossier;

import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Who may see and change which dossier. Tenant rule: a municipality's dossiers are visible only to that
 * municipality's consultants and team leads. A dossier a user may not see does not exist for them (404,
 * never 403), so that nobody can probe which people another municipality serves.
 */
final class DossierAccessPolicy {

    private DossierAccessPolicy() {
    }

    /** Roles that never see person-level dossier data get a 403 whatever the dossier. */
    static void requireDossierRole(RegieUser user) {
        switch (user.role()) {
            case CONSULTANT, TEAM_LEAD, CHAIN_PARTNER -> { }
            case POLICY_OFFICER -> throw new RegieProblem.Forbidden(
                    "Een beleidsmedewerker ziet alleen geaggregeerde cijfers, geen dossiers van personen.");
            case FUNCTIONAL_ADMIN -> throw new RegieProblem.Forbidden(
                    "Een functioneel beheerder beheert gebruikers en beleid, maar ziet geen dossierinhoud.");
        }
    }

    static boolean canRead(RegieUser user, String dossierMunicipality) {
        return switch (user.role()) {
            case CONSULTANT, TEAM_LEAD -> dossierMunicipality.equals(user.municipalityCode());
            // A chain partner sees only dossiers referred to its organisation; referrals arrive in a later
            // issue, so until then a chain partner sees none.
            case CHAIN_PARTNER, POLICY_OFFICER, FUNCTIONAL_ADMIN -> false;
        };
    }

    static boolean canChange(RegieUser user, String dossierMunicipality) {
        return (user.role() == nl.regie.identity.Role.CONSULTANT || user.role() == nl.regie.identity.Role.TEAM_LEAD)
                && dossierMunicipality.equals(user.municipalityCode());
    }

    static RegieProblem.NotFound notFound() {
        return new RegieProblem.NotFound("Dit dossier bestaat niet of valt buiten uw gemeente.");
    }
}
