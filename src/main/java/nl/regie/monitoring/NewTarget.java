package nl.regie.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target as the policy officer enters it: the KPI, the percentage, from when, and the plan's own wording. */
public record NewTarget(Kpi kpi, BigDecimal percent, LocalDate validFrom, String wording) {
}
