package nl.regie.dossier;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The financieel-ontzorgen arrangement of a dossier, for its deadline and the signal before it ends. The relief module
 * owns the arrangement and implements this interface: the dependency points from relief to dossier, never back.
 */
public interface FinancialReliefFacts {

    /**
     * @param endsOn     the last day of ontzorgen as agreed now (after any extension or early end)
     * @param endedEarly ended early because the newcomer manages on their own: no signal any more
     * @param extended   extended beyond the policy's period
     */
    record ReliefPeriod(LocalDate startsOn, LocalDate endsOn, boolean endedEarly, boolean extended) {
    }

    /** The arrangement of a dossier, when there is one. */
    Optional<ReliefPeriod> periodOf(UUID dossierId);
}
