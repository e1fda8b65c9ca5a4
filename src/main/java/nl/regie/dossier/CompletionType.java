package nl.regie.dossier;

/** How the integration duty was met (Wi 2021 art. 7; the three learning routes of art. 8). */
public enum CompletionType {
    /** B1-route: inburgeringsexamen gehaald. */
    EXAM("Inburgeringsexamen behaald"),
    /** Onderwijsroute: taalschakeltraject afgerond. */
    LANGUAGE_SWITCH_PROGRAMME("Taalschakeltraject afgerond"),
    /** Z-route: eindgesprek gevoerd. */
    FINAL_INTERVIEW("Eindgesprek Z-route gevoerd"),
    /** Vrijstelling decided by DUO (Wi 2021 art. 4): the duty counts as met without (further) exams. */
    EXEMPTION("Vrijstelling door DUO"),
    /** Ontheffing decided by DUO (Wi 2021 art. 5): the newcomer cannot meet the duty; it ends. */
    DISPENSATION("Ontheffing door DUO");

    private final String dutch;

    CompletionType(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
