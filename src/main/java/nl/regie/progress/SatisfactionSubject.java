package nl.regie.progress;

/**
 * What a newcomer gives a satisfaction score for. Seed 003 asks for client satisfaction with the parts that have no
 * measurable result of their own — maatschappelijke begeleiding, the MAP and the PVT; seed 004 (Ouder-Amstel) and seed
 * 000 (Overbetuwe) for the support as a whole; the learning route completes the set.
 */
public enum SatisfactionSubject {
    OVERALL("Inburgering in het algemeen"),
    SOCIAL_GUIDANCE("Maatschappelijke begeleiding"),
    LABOUR_MARKET_MODULE("Module arbeidsmarkt en participatie (MAP)"),
    PARTICIPATION_STATEMENT("Participatieverklaringstraject (PVT)"),
    LEARNING_ROUTE("Leerroute");

    private final String dutch;

    SatisfactionSubject(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
