package nl.regie.relief;

/**
 * The vaste lasten paid from the benefit: rent, gas/water/electricity and the health-insurance premium (art. 56a;
 * seeds 002, 003); seed 004 (Ouder-Amstel) adds telephone costs as a municipal choice.
 */
public enum FixedChargeKind {
    RENT("Huur", "Verhuurder"),
    ENERGY("Energie (gas en stroom)", "Energieleverancier"),
    WATER("Water", "Waterbedrijf"),
    HEALTH_INSURANCE("Zorgverzekering", "Zorgverzekeraar"),
    PHONE("Telefoon en internet (optioneel)", "Provider");

    private final String dutch;
    private final String creditorRole;

    FixedChargeKind(String dutch, String creditorRole) {
        this.dutch = dutch;
        this.creditorRole = creditorRole;
    }

    public String dutch() {
        return dutch;
    }

    /** Who is paid, for the form's hint ("Verhuurder"). */
    public String creditorRole() {
        return creditorRole;
    }
}
