package nl.regie.household;

import java.util.Map;

import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** Checks shared by the household use cases. */
final class HouseholdRules {

    private HouseholdRules() {
    }

    /**
     * Only consultants and team leads change a household; together with {@code DossierQueries.get} (own
     * municipality only) this is the dossier module's "may change" rule.
     */
    static void requireCaseworker(RegieUser user) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders wijzigen het huishouden.");
        }
    }

    /** A closed dossier is a record of what happened; it is not changed any more. */
    static void requireOpen(Dossier d) {
        if (d.state() == DossierState.CLOSED) {
            throw new RegieProblem.Conflict("Dossier gesloten",
                    "Het dossier van " + d.fullName() + " is gesloten; het huishouden wordt niet meer gewijzigd.");
        }
    }

    /** Records a message when {@code text} is longer than {@code max}. */
    static void maxLength(Map<String, String> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.put(field, "Maximaal " + max + " tekens (nu " + text.length() + ").");
        }
    }

    /** A timeline summary holds at most 500 characters (dossier_event.summary); long names are cut, not refused. */
    static String summary(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
