package nl.regie.household;

/**
 * Inkomenssituatie of one newcomer. Seed 000 (Overbetuwe, par. 7.2): when the household leaves the bijstand
 * because one partner works, the other partner becomes a "niet-uitkeringsgerechtigde" (NUG) and must be able to
 * keep following their own trajectory, so that she or he does not drop out of sight.
 */
public enum IncomeType {
    /** Bijstand under the Participatiewet (for the household). */
    BENEFIT("Bijstand", false),
    /** Niet-uitkeringsgerechtigd: no benefit and no income of their own, for another reason than a working partner. */
    NUG("NUG — niet-uitkeringsgerechtigd", true),
    /** Own income or work. */
    OWN_INCOME("Eigen inkomen of werk", false),
    /**
     * The partner works and the household no longer receives bijstand: this person has no benefit and no income of
     * their own, so is a NUG too (the case seed 000 par. 7.2 warns about).
     */
    PARTNER_WORKS("Partner werkt (NUG)", true);

    private final String dutch;
    private final boolean nug;

    IncomeType(String dutch, boolean nug) {
        this.dutch = dutch;
        this.nug = nug;
    }

    public String dutch() {
        return dutch;
    }

    /** Whether this person is niet-uitkeringsgerechtigd: no benefit, but still their own duty and trajectory. */
    public boolean nug() {
        return nug;
    }
}
