package nl.regie.completion;

import java.time.LocalDate;

import nl.regie.rules.Articles;
import nl.regie.rules.IntegrationRules;

/**
 * When the aftercare contact is due: six months after completion. Seed 003 is the only seed with a number ("na zes
 * maanden na het behalen van het inburgeringsexamen"); the others name none, so it is the rules module's constant
 * rather than a municipal policy setting. Applied to every outcome, not only the exam: the seed's intent is
 * contact after the trajectory, whichever way it ended.
 */
public final class AftercarePlan {

    public static final int MONTHS = IntegrationRules.AFTERCARE_MONTHS;
    public static final String BASIS = Articles.AFTERCARE;

    private AftercarePlan() {
    }

    public static LocalDate plannedOn(LocalDate completedOn) {
        return completedOn == null ? null : completedOn.plusMonths(MONTHS);
    }
}
