package nl.regie.rules;

/**
 * Hour norms the route and module screens measure progress against, each with its article.
 */
public enum HourNorms {
    /** Z-route: 800 hours of language (including KNM), for every target group... */
    SELF_RELIANCE_LANGUAGE(800, Articles.SELF_RELIANCE_HOURS, "Z-route: taal inclusief KNM"),
    /** ...and for asylum permit holders another 800 hours of participation; family and other migrants have none. */
    SELF_RELIANCE_PARTICIPATION(800, Articles.SELF_RELIANCE_HOURS, "Z-route: participatie (alleen asielstatushouders)"),
    /** Hours of language education at a keurmerk provider before an exam part may be taken at A2 (afschalen). */
    LEVEL_DOWNGRADE_THRESHOLD(600, Articles.LEVEL_DOWNGRADE_HOURS, "Uren taalonderwijs voordat afschalen naar A2 kan"),
    /** Participatieverklaringstraject: minimum hours. */
    PARTICIPATION_STATEMENT_PROGRAMME(12, Articles.PVT_HOURS, "Participatieverklaringstraject"),
    /** MAP: minimum hours of the practical part. */
    LABOUR_MARKET_MODULE_PRACTICAL(40, Articles.MAP_HOURS, "MAP: praktijkdeel");

    private final int hours;
    private final String article;
    private final String dutch;

    HourNorms(int hours, String article, String dutch) {
        this.hours = hours;
        this.article = article;
        this.dutch = dutch;
    }

    /** Total Z-route hours for a target group: 1600 for asylum permit holders, 800 for the others (Bi art. 3.14). */
    public static int selfRelianceTotal(TargetGroup group) {
        return SELF_RELIANCE_LANGUAGE.hours
                + (group == TargetGroup.ASYLUM_PERMIT_HOLDER ? SELF_RELIANCE_PARTICIPATION.hours : 0);
    }

    public int hours() {
        return hours;
    }

    public String article() {
        return article;
    }

    public String dutch() {
        return dutch;
    }
}
