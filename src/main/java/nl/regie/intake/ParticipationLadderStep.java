package nl.regie.intake;

/**
 * Trede op de participatieladder (Divosa), the nulmeting and eindmeting of participation (seed 000 measures
 * "posities op de participatieladder"): 1 geïsoleerd to 6 betaald werk.
 */
public enum ParticipationLadderStep {
    ISOLATED(1, "Geïsoleerd"),
    SOCIAL_CONTACTS(2, "Sociale contacten buiten de deur"),
    ORGANISED_ACTIVITIES(3, "Deelname aan georganiseerde activiteiten"),
    UNPAID_WORK(4, "Onbetaald werk"),
    PAID_WORK_WITH_SUPPORT(5, "Betaald werk met ondersteuning"),
    PAID_WORK(6, "Betaald werk");

    public static final String OUT_OF_RANGE = "De participatieladder heeft treden 1 tot en met 6.";

    private final int step;
    private final String dutch;

    ParticipationLadderStep(int step, String dutch) {
        this.step = step;
        this.dutch = dutch;
    }

    public int step() {
        return step;
    }

    public String dutch() {
        return dutch;
    }

    /** "Trede 2: Sociale contacten buiten de deur". */
    public String label() {
        return "Trede " + step + ": " + dutch;
    }

    public static ParticipationLadderStep of(int step) {
        for (ParticipationLadderStep s : values()) {
            if (s.step == step) {
                return s;
            }
        }
        throw new IllegalArgumentException(OUT_OF_RANGE);
    }
}
