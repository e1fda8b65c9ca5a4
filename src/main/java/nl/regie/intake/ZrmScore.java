package nl.regie.intake;

/** A score on the zelfredzaamheidsmatrix: 1 (acute problematiek) to 5 (volledig zelfredzaam). */
public enum ZrmScore {
    ACUTE(1, "Acute problematiek"),
    NOT_SELF_SUFFICIENT(2, "Niet zelfredzaam"),
    LIMITED(3, "Beperkt zelfredzaam"),
    SUFFICIENT(4, "Voldoende zelfredzaam"),
    FULL(5, "Volledig zelfredzaam");

    public static final String OUT_OF_RANGE = "Een ZRM-score is 1 tot en met 5.";

    private final int value;
    private final String dutch;

    ZrmScore(int value, String dutch) {
        this.value = value;
        this.dutch = dutch;
    }

    public int value() {
        return value;
    }

    public String dutch() {
        return dutch;
    }

    public static ZrmScore of(int value) {
        for (ZrmScore s : values()) {
            if (s.value == value) {
                return s;
            }
        }
        throw new IllegalArgumentException(OUT_OF_RANGE);
    }
}
