package nl.regie.relief;

import java.time.Instant;
import java.time.YearMonth;

import nl.regie.rules.FinancialReliefRules;

/**
 * One SEPA payment run of a municipality for a month, as produced; never changed.
 *
 * @param runKey  {@value PaymentRuns#REGULAR} for the month's run, {@code CORRECTION-n} for a correction
 * @param skipped arrangements left out of a regular run because their vaste lasten exceeded the benefit
 */
public record PaymentRun(long id, String municipalityCode, YearMonth month, String runKey, String reason, String messageId,
                         String debtorIban, int transactions, long totalCents, int skipped, String producedBy, Instant producedAt) {

    public boolean correction() {
        return !PaymentRuns.REGULAR.equals(runKey);
    }

    public String total() {
        return FinancialReliefRules.euro(totalCents);
    }

    public String monthDutch() {
        return FinancialReliefRules.month(month);
    }

    public String kindDutch() {
        return correction() ? "Correctie (nabetaling)" : "Maandelijkse betaalrun";
    }
}
