package nl.regie.completion;

/** How the newcomer participates at the aftercare contact (seed 003 nazorg; seed 002 measures participation). */
public enum ParticipationOutcome {
    WORK("Werk"),
    EDUCATION("Opleiding"),
    VOLUNTEERING("Vrijwilligerswerk"),
    NOT_YET_PARTICIPATING("Nog geen participatie");

    private final String dutch;

    ParticipationOutcome(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
