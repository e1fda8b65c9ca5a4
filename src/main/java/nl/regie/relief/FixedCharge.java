package nl.regie.relief;

import java.time.Instant;
import java.time.YearMonth;

import nl.regie.rules.FinancialReliefRules;

/** One vaste last of an arrangement. {@code validUntil} is {@code null} while it runs to the end of the arrangement. */
public record FixedCharge(long id, long reliefId, FixedChargeKind kind, String creditorName, String creditorIban,
                          String paymentReference, long amountCents, int dueDay, YearMonth validFrom, YearMonth validUntil,
                          String createdBy, Instant createdAt, String endedReason, String endedBy) {

    public FinancialReliefRules.Charge asRule() {
        return new FinancialReliefRules.Charge(id, kind.dutch(), creditorName, creditorIban, paymentReference, amountCents,
                dueDay, validFrom, validUntil);
    }

    public String amount() {
        return FinancialReliefRules.euro(amountCents);
    }

    public boolean ended() {
        return endedBy != null;
    }

    /** "NL91 ABNA 0417 1643 00": in groups of four, as people read it. */
    public String ibanShown() {
        return Amounts.ibanShown(creditorIban);
    }

    public String months() {
        return FinancialReliefRules.month(validFrom) + (validUntil == null ? " tot het einde van het ontzorgen"
                : " tot en met " + FinancialReliefRules.month(validUntil));
    }
}
