package nl.regie.intake;

/**
 * Taalniveau per vaardigheid on the Common European Framework of Reference (ERK in Dutch), as recorded in the brede
 * intake (seed 004 bijlage 3: taalniveau). {@link #UNKNOWN} is a real answer: not yet tested or assessed.
 */
public enum CefrLevel {
    UNKNOWN("Onbekend"),
    BELOW_A1("Lager dan A1"),
    A1("A1"),
    A2("A2"),
    B1("B1"),
    B2("B2"),
    C1("C1"),
    C2("C2");

    private final String dutch;

    CefrLevel(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
