package nl.regie.municipality;

/** The event from which a municipality counts its own (stricter) PIP deadline. */
public enum PipDeadlineStart {
    /** Seed 001 (Zevenaar): "binnen zes weken na huisvesting". */
    HOUSING("huisvesting"),
    /** The statutory start for asylum permit holders (seeds 002, 003). */
    BRP_REGISTRATION("BRP-inschrijving");

    private final String dutch;

    PipDeadlineStart(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
