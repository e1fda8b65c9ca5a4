package nl.regie.planning;

/**
 * Begrotingspost: the inburgeringsvoorzieningen paid from the specifieke uitkering (leerroutes, MAP, PVT,
 * maatschappelijke begeleiding, tolken — seed 004 §4, seed 002 "Financiële raming") and the consultants, the main
 * part of the uitvoeringskosten paid from the integratie-uitkering (seed 003 "Financiën").
 * Each line says what its unit cost is per and which people it is counted over.
 */
public enum BudgetLine {
    ROUTE_B1("Leerroute B1", "per inburgeraar in de B1-route"),
    ROUTE_EDUCATION("Onderwijsroute", "per inburgeraar in de onderwijsroute"),
    ROUTE_SELF_RELIANCE("Z-route", "per inburgeraar in de Z-route"),
    /** MAP is part of the B1- and Z-route, not of the onderwijsroute (Divosa "MAP"; rules.md). */
    LABOUR_MARKET_MODULE("MAP (module arbeidsmarkt en participatie)", "per inburgeraar in de B1- of Z-route"),
    PARTICIPATION_STATEMENT("PVT (participatieverklaringstraject)", "per inburgeringsplichtige"),
    SOCIAL_GUIDANCE("Maatschappelijke begeleiding", "per inburgeringsplichtige"),
    INTERPRETERS("Tolken", "per inburgeringsplichtige"),
    CONSULTANTS("Uitvoering: consulenten", "per fte per jaar");

    private final String dutch;
    private final String unit;

    BudgetLine(String dutch, String unit) {
        this.dutch = dutch;
        this.unit = unit;
    }

    public String dutch() {
        return dutch;
    }

    /** What the unit cost of this line is per ("per inburgeringsplichtige"). */
    public String unit() {
        return unit;
    }
}
