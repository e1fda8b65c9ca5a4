package nl.regie.enforcement;

/** The kinds of decision DUO takes itself (seeds 001, 003): the municipality records them, it never computes them. */
public enum DuoDecisionKind {
    FINE_TERM("Boete: inburgeringstermijn niet gehaald", true, false),
    FINE_MAP("Boete: MAP niet afgerond", true, false),
    FINE_PVT("Boete: PVT niet afgerond", true, false),
    TERM_EXTENDED("Verlenging van de inburgeringstermijn", false, true),
    EXEMPTION("Ontheffing", false, false),
    OTHER("Ander besluit", false, false);

    private final String dutch;
    private final boolean hasAmount;
    private final boolean hasNewTermEnd;

    DuoDecisionKind(String dutch, boolean hasAmount, boolean hasNewTermEnd) {
        this.dutch = dutch;
        this.hasAmount = hasAmount;
        this.hasNewTermEnd = hasNewTermEnd;
    }

    public String dutch() {
        return dutch;
    }

    public boolean hasAmount() {
        return hasAmount;
    }

    public boolean hasNewTermEnd() {
        return hasNewTermEnd;
    }
}
