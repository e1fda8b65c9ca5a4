package nl.regie.enforcement;

import java.time.LocalDate;

/** A Participatiewet measure (maatregel, Pw art. 18 lid 2) imposed for the same conduct as a breach. */
public record BenefitSanction(long breachId, int percentage, int months, LocalDate decidedOn, String reasoning, String recordedBy) {
}
