package nl.regie.rules;

/**
 * Circumstances that may lower a fine (Awb art. 5:46 lid 2: the fine fits the seriousness, the culpability and
 * the circumstances); how much each lowers it is municipal policy, as a percentage.
 */
public enum Circumstance {
    REDUCED_CULPABILITY("Verminderde verwijtbaarheid (bijvoorbeeld psychische of sociale problemen)"),
    LIMITED_MEANS("Beperkte draagkracht (laag inkomen, schulden)"),
    CONDUCT_RESTORED("Inmiddels alsnog meegewerkt");

    private final String dutch;

    Circumstance(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
