package nl.regie.enforcement;

import java.util.List;

import nl.regie.rules.EnforcementRules;

/**
 * One breach with everything decided about it.
 *
 * @param proposal        Regie's proposal as of today, only while a decision is still to be taken
 * @param decisions       all decisions, oldest first (a fine the team lead rejected is followed by a new decision)
 * @param benefitSanction the Participatiewet measure for the same conduct, or {@code null}
 * @param objection       the objection against the current decision, or {@code null}
 * @param letter          whether the current decision has an archived beschikking
 */
public record BreachView(Breach breach, EnforcementRules.Proposal proposal, List<SanctionDecision> decisions,
                         BenefitSanction benefitSanction, Objection objection, boolean letter) {

    public SanctionDecision current() {
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }

    /** No decision yet, or the last fine was rejected on review. */
    public boolean needsDecision() {
        return current() == null || current().status() == DecisionStatus.REJECTED;
    }

    /** An approved fine without an objection yet: an objection can be recorded. */
    public boolean objectionPossible() {
        SanctionDecision c = current();
        return c != null && c.status() == DecisionStatus.APPROVED && objection == null;
    }

    /** The proposed amount as a form field shows it ("100,00"); empty without a proposed fine. */
    public String proposedAmountText() {
        return proposal == null || proposal.amount() == null ? "" : proposal.amount().toPlainString().replace('.', ',');
    }

    /** The amount a fine stands at now: the decided amount, or the lower amount after a partly upheld objection. */
    public java.math.BigDecimal effectiveAmount() {
        SanctionDecision c = current();
        if (c == null || c.amount() == null) {
            return null;
        }
        if (objection != null && objection.outcome() == ObjectionOutcome.PARTLY_UPHELD) {
            return objection.newAmount();
        }
        return objection != null && objection.outcome() == ObjectionOutcome.UPHELD ? java.math.BigDecimal.ZERO.setScale(2) : c.amount();
    }
}
