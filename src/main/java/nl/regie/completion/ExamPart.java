package nl.regie.completion;

/**
 * Examenonderdeel of the inburgeringsexamen: the four language skills and Kennis van de Nederlandse Maatschappij
 * (rules.md "exam parts", seeds 003 and 004). KNM has no language level.
 */
public enum ExamPart {
    READING("reading", "Lezen", true),
    LISTENING("listening", "Luisteren", true),
    WRITING("writing", "Schrijven", true),
    SPEAKING("speaking", "Spreken", true),
    KNM("knm", "Kennis van de Nederlandse Maatschappij (KNM)", false);

    private final String field;
    private final String dutch;
    private final boolean hasLevel;

    ExamPart(String field, String dutch, boolean hasLevel) {
        this.field = field;
        this.dutch = dutch;
        this.hasLevel = hasLevel;
    }

    /** The name of the part's field on the completion form. */
    public String field() {
        return field;
    }

    public String dutch() {
        return dutch;
    }

    /** Language parts are passed at a level (B1, or A2 after afschalen); KNM is passed or not. */
    public boolean hasLevel() {
        return hasLevel;
    }
}
