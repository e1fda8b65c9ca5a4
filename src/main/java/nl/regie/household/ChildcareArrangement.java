package nl.regie.household;

/** How a child is looked after while the parents follow their trajectory or work. */
public enum ChildcareArrangement {
    DAYCARE("Kinderopvang"), SCHOOL("School"), FAMILY("Familie"), NONE("Geen");

    private final String dutch;

    ChildcareArrangement(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
