package nl.regie.rules;

/** Leerroute (Wi 2021 art. 8). */
public enum LearningRoute {
    B1("B1-route"),
    EDUCATION("Onderwijsroute"),
    SELF_RELIANCE("Zelfredzaamheidsroute (Z-route)");

    private final String dutch;

    LearningRoute(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
