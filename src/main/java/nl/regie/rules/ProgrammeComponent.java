package nl.regie.rules;

/**
 * A part of the integration duty for which hours are planned and attended: language, KNM, participation (the
 * Z-route's participation hours or other participation agreed in the PIP), the MAP (its themes and final interview,
 * and its practical part separately, because the norm concerns the practical hours) and the PVT.
 */
public enum ProgrammeComponent {
    LANGUAGE("Taal"),
    KNM("KNM"),
    PARTICIPATION("Participatie"),
    LABOUR_MARKET_MODULE("MAP: thema's en gesprekken"),
    LABOUR_MARKET_MODULE_PRACTICAL("MAP: praktijkdeel"),
    PARTICIPATION_STATEMENT_PROGRAMME("PVT");

    private final String dutch;

    ProgrammeComponent(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public boolean isLabourMarketModule() {
        return this == LABOUR_MARKET_MODULE || this == LABOUR_MARKET_MODULE_PRACTICAL;
    }
}
