package nl.regie.linking;

/** Where an import run stands. */
public enum ImportStatus {
    RUNNING("Bezig"),
    FINISHED("Afgerond"),
    /** Stopped before the end: the server stopped, or an unexpected error; the records done so far stay done. */
    ABORTED("Afgebroken");

    private final String dutch;

    ImportStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
