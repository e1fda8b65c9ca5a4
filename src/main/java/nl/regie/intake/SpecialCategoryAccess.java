package nl.regie.intake;

import nl.regie.dossier.Dossier;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Who may read and write the special categories of personal data of a brede intake (AVG art. 9: data concerning
 * health). Need to know: the consultant the dossier is assigned to, and the team leads of the dossier's
 * municipality (who answer for the caseload and take over when a consultant is away). Another consultant of the
 * same municipality sees the rest of the intake, not these. Applied server-side in every read and write; the
 * screen only follows it. Tenant rules (another municipality: 404) are applied before this by
 * {@code DossierQueries.get}.
 */
final class SpecialCategoryAccess {

    static final String SHIELDED = "Afgeschermd: bijzondere persoonsgegevens. Alleen de eigen consulent van dit dossier "
            + "en de teamleiders van de gemeente kunnen dit inzien en vastleggen.";

    private SpecialCategoryAccess() {
    }

    static boolean allows(RegieUser user, Dossier d) {
        return d.specialCategoriesVisibleTo(user);
    }

    static void require(RegieUser user, Dossier d) {
        if (!allows(user, d)) {
            throw new RegieProblem.Forbidden(SHIELDED);
        }
    }
}
