package nl.regie.attachment;

import nl.regie.dossier.Dossier;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** Who may do what with attachments, on top of the dossier's own tenant rules. */
final class AttachmentRules {

    private AttachmentRules() {
    }

    static void requireCaseworker(RegieUser user) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders voegen bijlagen toe of trekken ze in.");
        }
    }

    static boolean visible(RegieUser user, Dossier d, Attachment a) {
        return !a.category().special() || d.specialCategoriesVisibleTo(user);
    }

    /** Same answer as for an attachment that does not exist: a hidden one must not be discoverable. */
    static RegieProblem.NotFound notFound() {
        return new RegieProblem.NotFound("Deze bijlage bestaat niet (meer) of u kunt haar niet inzien.");
    }
}
