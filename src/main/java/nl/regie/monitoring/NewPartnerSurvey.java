package nl.regie.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A chain-partner survey as the policy officer enters it. */
public record NewPartnerSurvey(LocalDate heldOn, Integer respondents, BigDecimal averageScore, String description) {
}
