package nl.regie.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A municipality's streefwaarde for one {@link Kpi}, in force from {@code validFrom} until a later one. */
public record Target(long id, String municipalityCode, Kpi kpi, LocalDate validFrom, BigDecimal percent, String wording,
                     String recordedBy, Instant recordedAt) {
}
