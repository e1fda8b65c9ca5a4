package nl.regie.intake;

/** Behoefte aan kinderopvang, so that lessons, work or volunteering can be followed (leefgebied kinderopvang). */
public enum ChildcareNeed {
    NONE("Geen behoefte"),
    ARRANGED("Behoefte, geregeld"),
    TO_ARRANGE("Behoefte, nog te regelen"),
    UNKNOWN("Onbekend");

    private final String dutch;

    ChildcareNeed(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
