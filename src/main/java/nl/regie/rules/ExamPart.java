package nl.regie.rules;

/**
 * Examenonderdeel of the inburgeringsexamen: the four language parts (Bi art. 3.3, onderdelen a–d) and KNM, kennis
 * van de Nederlandse maatschappij (Bi art. 3.4). ONA (orientatie op de Nederlandse arbeidsmarkt) belonged to the
 * Wi 2013 exam and is replaced by the MAP, which is a module, not an exam part.
 */
public enum ExamPart {
    READING("Lezen", true),
    LISTENING("Luisteren", true),
    WRITING("Schrijven", true),
    SPEAKING("Spreken", true),
    KNM("Kennis van de Nederlandse Maatschappij (KNM)", false);

    private final String dutch;
    private final boolean language;

    ExamPart(String dutch, boolean language) {
        this.dutch = dutch;
        this.language = language;
    }

    public String dutch() {
        return dutch;
    }

    /** A language part is taken at a CEFR level; KNM has no level. */
    public boolean isLanguage() {
        return language;
    }
}
