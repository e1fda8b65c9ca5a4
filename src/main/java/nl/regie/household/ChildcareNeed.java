package nl.regie.household;

/** Whether a child needs childcare so that the parents can follow their trajectories (seed 000 par. 7.2). */
public enum ChildcareNeed {
    YES("Ja"), NO("Nee"), UNKNOWN("Onbekend");

    private final String dutch;

    ChildcareNeed(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
