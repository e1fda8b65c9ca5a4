package nl.regie.monitoring;

/**
 * Whose dossiers a figure covers. A policy officer and a team lead see their own municipality; the installation
 * total (all municipalities sharing this Regie, e.g. Wassenaar, Voorschoten and Leidschendam-Voorburg) is offered
 * as one suppressed total so a municipality can compare itself, never broken down per other municipality.
 */
public enum Scope {
    OWN_MUNICIPALITY("Eigen gemeente"),
    INSTALLATION("Alle gemeenten van deze installatie (totaal)");

    private final String dutch;

    Scope(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
