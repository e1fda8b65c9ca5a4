package nl.regie.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An objection against a fine and, once decided, its outcome.
 *
 * @param deadline  the last day of the objection term (Awb art. 6:7)
 * @param outcome   {@code null} while the objection runs
 */
public record Objection(long decisionId, LocalDate receivedOn, LocalDate deadline, boolean inTime, boolean lateExcusable,
                        String lateReason, String recordedBy, ObjectionOutcome outcome, LocalDate decidedOn,
                        BigDecimal newAmount, String outcomeReasoning) {

    public boolean running() {
        return outcome == null;
    }
}
