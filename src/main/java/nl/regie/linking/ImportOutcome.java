package nl.regie.linking;

/** What became of one record of an import file. */
public enum ImportOutcome {
    /** A dossier was registered for it. */
    IMPORTED("Ingelezen"),
    /** Its BSN already had a dossier in the municipality (an earlier import, the form, or earlier in the same file). */
    ALREADY_PRESENT("Al geïmporteerd"),
    /** Something in it was wrong; nothing of it was written. */
    REJECTED("Afgewezen");

    private final String dutch;

    ImportOutcome(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
