package nl.regie.relief;

/**
 * Steps on the way to financial self-reliance, "meekijken, trainen en langzaam loslaten" (seed 003): budget training
 * with the social partners, payments the newcomer takes over, and notes from the conversations.
 */
public enum CheckpointKind {
    BUDGET_TRAINING_STARTED("Budgettraining gestart"),
    BUDGET_TRAINING_COMPLETED("Budgettraining afgerond"),
    OWN_PAYMENT_TAKEN_OVER("Betaling zelf overgenomen"),
    NOTE("Notitie");

    private final String dutch;

    CheckpointKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
