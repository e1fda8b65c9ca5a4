package nl.regie.rules;

/** What the municipality offers a newcomer, by target group (rules.md "entitlements"; Wi 2021 art. 14–18). */
public enum Entitlement {
    BROAD_INTAKE("Brede intake"),
    INTEGRATION_PLAN("Plan Inburgering en Participatie (PIP)"),
    LEARNING_ROUTE_OFFER("Aanbod leerroute door de gemeente"),
    SOCIAL_GUIDANCE("Maatschappelijke begeleiding"),
    FINANCIAL_RELIEF("Financieel ontzorgen (bij bijstand)"),
    LABOUR_MARKET_MODULE("Module Arbeidsmarkt en Participatie (MAP)"),
    PARTICIPATION_STATEMENT_PROGRAMME("Participatieverklaringstraject (PVT)"),
    KNM("Kennis van de Nederlandse Maatschappij (KNM)");

    private final String dutch;

    Entitlement(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
