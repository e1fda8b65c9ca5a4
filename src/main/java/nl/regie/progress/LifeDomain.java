package nl.regie.progress;

/**
 * The leefgebieden a voortgangsgesprek asks about: seed 003 ("langere gesprekken waarin naar alle leefgebieden
 * (zoals opgenomen in het PIP) wordt gevraagd") with the domains of the brede intake and the PIP in seed 004
 * bijlage 3-4, grouped as consultants discuss them.
 */
public enum LifeDomain {
    LANGUAGE_AND_ROUTE("Taal en leerroute", "Taalniveau, taalschool en lesdagen, KNM, examens, leerbaarheid."),
    WORK_AND_PARTICIPATION("Werk en participatie", "Werkervaring, werknemersvaardigheden, vrijwilligerswerk, MAP, daginvulling."),
    EDUCATION("Opleiding en toekomst", "Opleidingsverleden, diploma's en diplomawaardering, wensberoep, opleidingsmogelijkheden."),
    FINANCES("Financiën", "Inkomsten, schulden, financieel ontzorgen en zelfredzaamheid met geld."),
    /** A special category of personal data (AVG art. 9): only the dossier's consultant and team leads see it. */
    HEALTH("Gezondheid", "Lichamelijke en psychische gezondheid, behandeling, verslaving."),
    FAMILY_AND_CHILDCARE("Gezin en kinderopvang", "Gezinssituatie, gezinshereniging, kinderen en kinderopvang."),
    SOCIAL_NETWORK("Sociaal netwerk", "Contacten, familie, buurt, sport en vrije tijd."),
    HOUSING("Huisvesting", "Woonsituatie en wonen in de gemeente."),
    SELF_RELIANCE("Zelfredzaamheid en digitale vaardigheden", "Zelfredzaamheid (zelfredzaamheidmatrix) en digitale vaardigheden.");

    private final String dutch;
    private final String covers;

    LifeDomain(String dutch, String covers) {
        this.dutch = dutch;
        this.covers = covers;
    }

    public String dutch() {
        return dutch;
    }

    /** What the domain covers, as a hint on the form. */
    public String covers() {
        return covers;
    }

    /** Health data is a special category (AVG art. 9): restricted reading, never on the timeline or in exports. */
    public boolean specialCategory() {
        return this == HEALTH;
    }
}
