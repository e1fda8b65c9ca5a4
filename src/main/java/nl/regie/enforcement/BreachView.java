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
}
