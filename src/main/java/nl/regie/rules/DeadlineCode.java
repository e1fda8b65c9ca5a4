package nl.regie.rules;

/** The deadlines Regie computes for a dossier, with their Dutch names. */
public enum DeadlineCode {
    INTEGRATION_PLAN_DUE("PIP uiterlijk vastgesteld"),
    INTEGRATION_PLAN_DUE_MUNICIPAL("PIP uiterlijk vastgesteld (gemeentelijk beleid)"),
    TERM_START("Start inburgeringstermijn"),
    TERM_END("Einde inburgeringstermijn"),
    ROUTE_SWITCH_UNTIL("Schakelen van leerroute mogelijk tot en met"),
    FINANCIAL_RELIEF_UNTIL("Financieel ontzorgen tot en met"),
    AFTERCARE_CONTACT("Nazorgcontact");

    private final String dutch;

    DeadlineCode(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
