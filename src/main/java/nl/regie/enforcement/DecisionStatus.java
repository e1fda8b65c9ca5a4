package nl.regie.enforcement;

/** Where a decision on a breach stands: a warning (or no sanction) is final at once, a fine after approval. */
public enum DecisionStatus {
    FINAL("Definitief"),
    AWAITING_APPROVAL("Wacht op goedkeuring teamleider"),
    APPROVED("Goedgekeurd"),
    REJECTED("Afgewezen door teamleider");

    private final String dutch;

    DecisionStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
