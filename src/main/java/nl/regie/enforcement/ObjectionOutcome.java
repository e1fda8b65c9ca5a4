package nl.regie.enforcement;

/** The decision on an objection (beslissing op bezwaar). */
public enum ObjectionOutcome {
    UPHELD("Gegrond: boete ingetrokken"),
    PARTLY_UPHELD("Deels gegrond: nieuw bedrag"),
    DISMISSED("Ongegrond: boete blijft"),
    INADMISSIBLE("Niet-ontvankelijk");

    private final String dutch;

    ObjectionOutcome(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
