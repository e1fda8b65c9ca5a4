package nl.regie.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.rules.SanctionKind;

/**
 * A decision on a breach: Regie's proposal as it stood (with the policy version applied) and what the person decided.
 *
 * @param policyValidFrom the valid-from date of the fine policy version the proposal used
 * @param datedOn         the dagtekening of the fine beschikking (set on approval)
 */
public record SanctionDecision(long id, long breachId, UUID dossierId, String municipalityCode, LocalDate policyValidFrom,
                               SanctionKind proposedKind, BigDecimal proposedAmount, List<String> proposalReasoning,
                               SanctionKind kind, BigDecimal amount, String deviationReason, String decidedBy, LocalDate decidedOn,
                               DecisionStatus status, String reviewedBy, String reviewReason, Instant reviewedAt,
                               LocalDate datedOn, long version) {

    public boolean deviates() {
        return kind != proposedKind || (amount != null && proposedAmount != null && amount.compareTo(proposedAmount) != 0);
    }

    /** A fine that stands or awaits approval, or a final warning: counts on the ladder and for the double-sanction rule. */
    public boolean active() {
        return status == DecisionStatus.FINAL || status == DecisionStatus.AWAITING_APPROVAL || status == DecisionStatus.APPROVED;
    }

    public String amountDutch() {
        return amount == null ? "" : nl.regie.rules.EnforcementRules.euro(amount);
    }

    public String proposedAmountDutch() {
        return proposedAmount == null ? "" : nl.regie.rules.EnforcementRules.euro(proposedAmount);
    }
}
