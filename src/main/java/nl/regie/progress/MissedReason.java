package nl.regie.progress;

/** Why a planned voortgangsgesprek did not take place. */
public enum MissedReason {
    /** The newcomer did not come; without a valid reason this is a possible breach of the PIP obligations. */
    NO_SHOW("Niet verschenen"),
    CANCELLED_BY_NEWCOMER("Afgezegd met reden"),
    CANCELLED_BY_MUNICIPALITY("Geannuleerd door de gemeente");

    private final String dutch;

    MissedReason(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
