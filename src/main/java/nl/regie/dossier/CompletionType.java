package nl.regie.dossier;

/** How the integration duty was met (Wi 2021 art. 7; the three learning routes of art. 8). */
public enum CompletionType {
    /** B1-route: inburgeringsexamen gehaald. */
    EXAM("Inburgeringsexamen behaald"),
    /** Onderwijsroute: taalschakeltraject afgerond. */
    LANGUAGE_SWITCH_PROGRAMME("Taalschakeltraject afgerond"),
    /** Z-route: eindgesprek gevoerd. */
    FINAL_INTERVIEW("Eindgesprek Z-route gevoerd");

    private final String dutch;

    CompletionType(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
