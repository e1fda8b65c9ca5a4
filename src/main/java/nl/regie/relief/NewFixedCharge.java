package nl.regie.relief;

import java.time.YearMonth;

/** A vaste last as entered; {@code validUntil} {@code null} runs to the end of the arrangement. */
public record NewFixedCharge(FixedChargeKind kind, String creditorName, String creditorIban, String paymentReference,
                             Long amountCents, Integer dueDay, YearMonth validFrom, YearMonth validUntil) {
}
