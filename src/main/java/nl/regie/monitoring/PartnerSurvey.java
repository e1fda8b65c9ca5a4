package nl.regie.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A satisfaction survey among the municipality's chain partners (seed 004 par. 5.1: the Sociale Alliantie; target
 * "gemiddeld minimaal een 7,0"), held outside Regie: its date, respondents and average score (one decimal).
 */
public record PartnerSurvey(long id, String municipalityCode, LocalDate heldOn, int respondents, BigDecimal averageScore,
                            String description, String recordedBy, Instant recordedAt) {

    /** "7,4": the score as the Dutch write a school mark. */
    public String averageDutch() {
        return averageScore.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
