package nl.regie.enforcement;

/** The Wi obligations whose breach the municipality may sanction (rules.md "Enforcement"; seed 004: verwijtbaar gedrag). */
public enum Obligation {
    BROAD_INTAKE("Niet meewerken aan de brede intake"),
    PLAN("Niet meewerken aan het opstellen van het PIP"),
    PROGRESS_MEETING("Niet meewerken aan een voortgangsgesprek"),
    PLAN_AGREEMENT("Zich niet houden aan een afspraak uit het PIP");

    private final String dutch;

    Obligation(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
