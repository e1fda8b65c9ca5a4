package nl.regie.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A decision DUO took, as the municipality received it. */
public record DuoDecision(long id, DuoDecisionKind kind, LocalDate decidedOn, String reference, BigDecimal amount,
                          LocalDate newTermEnd, String note, String recordedBy) {
}
