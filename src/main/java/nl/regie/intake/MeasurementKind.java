package nl.regie.intake;

/** Nulmeting at the brede intake, eindmeting at the end of the trajectory, with the same questions (seed 000). */
public enum MeasurementKind {
    BASELINE("Nulmeting"),
    FINAL("Eindmeting");

    private final String dutch;

    MeasurementKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
