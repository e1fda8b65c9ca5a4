package nl.regie.rules;

/** What a breach of a Wi obligation leads to: nothing, a written warning, or a bestuurlijke boete. */
public enum SanctionKind {
    NONE("Geen sanctie"),
    WARNING("Schriftelijke waarschuwing"),
    FINE("Bestuurlijke boete");

    private final String dutch;

    SanctionKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
