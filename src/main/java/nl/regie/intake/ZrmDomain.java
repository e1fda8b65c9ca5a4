package nl.regie.intake;

/**
 * The domains of the zelfredzaamheidsmatrix (ZRM, the instrument seed 004 bijlage 4 points to for "mate van
 * zelfredzaamheid"), each scored 1–5 ({@link ZrmScore}).
 *
 * <p>These are the ten domains of the classic ZRM that matter for an integration trajectory. Justitie is left
 * out on purpose: it is not a leefgebied of the brede intake (Wi art. 14, seed 004 bijlage 3), and data about
 * criminal offences (AVG art. 10) has no basis in the Wi, so data minimisation (AVG art. 5 lid 1 onder c) says not
 * to ask. Lichamelijke gezondheid, geestelijke gezondheid and verslaving are data concerning health (AVG art. 9):
 * {@link #specialCategory()}.
 */
public enum ZrmDomain {
    FINANCES("Financiën", false),
    DAYTIME_ACTIVITIES("Dagbesteding", false),
    HOUSING("Huisvesting", false),
    DOMESTIC_RELATIONS("Huiselijke relaties", false),
    MENTAL_HEALTH("Geestelijke gezondheid", true),
    PHYSICAL_HEALTH("Lichamelijke gezondheid", true),
    ADDICTION("Verslaving", true),
    DAILY_LIVING("Activiteiten dagelijks leven (ADL)", false),
    SOCIAL_NETWORK("Sociaal netwerk", false),
    SOCIAL_PARTICIPATION("Maatschappelijke participatie", false);

    private final String dutch;
    private final boolean specialCategory;

    ZrmDomain(String dutch, boolean specialCategory) {
        this.dutch = dutch;
        this.specialCategory = specialCategory;
    }

    public String dutch() {
        return dutch;
    }

    /** Data concerning health (AVG art. 9): shielded, logged, never in summaries or exports. */
    public boolean specialCategory() {
        return specialCategory;
    }

    /** The name of this domain's score field on the intake forms (leefgebied zelfredzaamheid, the health sections). */
    public String fieldName() {
        return "zrm_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
