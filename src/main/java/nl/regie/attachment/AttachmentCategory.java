package nl.regie.attachment;

/**
 * Soort bijlage. Medical documents are a special category of personal data (AVG art. 9): only the dossier's own
 * consultant and team leads see them.
 */
public enum AttachmentCategory {
    IDENTITY("Identiteit", false),
    DIPLOMA("Diploma", false),
    MEDICAL("Medisch", true),
    CORRESPONDENCE("Correspondentie", false),
    OTHER("Overig", false);

    private final String dutch;
    private final boolean special;

    AttachmentCategory(String dutch, boolean special) {
        this.dutch = dutch;
        this.special = special;
    }

    public String dutch() {
        return dutch;
    }

    /** A special category of personal data (AVG art. 9): visible only to the dossier's consultant and team leads. */
    public boolean special() {
        return special;
    }
}
