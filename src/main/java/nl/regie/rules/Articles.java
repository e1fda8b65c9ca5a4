package nl.regie.rules;

/**
 * Where each rule comes from, in one place so that a change in the law (or a better reading of it) is one edit.
 * "Wi" = Wet inburgering 2021 (BWBR0044770), "Bi" = Besluit inburgering 2021 (BWBR0045555),
 * "Pw" = Participatiewet, "AOW" = Algemene Ouderdomswet, "Vw 2000" = Vreemdelingenwet 2000. Checked against the law
 * texts where they could be read, otherwise against Divosa and schulinck (see CHANGELOG/issue notes).
 */
public final class Articles {

    private Articles() {
    }

    public static final String DUTY = "Wi art. 3 lid 1";
    public static final String EU_EEA_SWISS = "Wi art. 3 lid 1 (alleen verblijf op grond van art. 8 onder a of c Vw 2000; "
            + "gemeenschapsonderdanen verblijven op grond van art. 8 onder e)";
    public static final String TEMPORARY_PURPOSE = "Wi art. 3 lid 1 (verblijf anders dan voor een tijdelijk doel) en Bi art. 2.2";
    public static final String EIGHT_YEARS = "Wi art. 4 lid 1, onder a";
    public static final String DUTCH_DIPLOMA = "Wi art. 4 lid 1, onder b, en Regeling inburgering 2021 art. 2.1";
    public static final String AGE_RANGE = "Wi art. 3 lid 1 (vanaf zestien jaar tot de AOW-leeftijd)";
    public static final String PENSION_AGE = "AOW art. 7a";
    public static final String COMPULSORY_SCHOOL_AGE = "Wi art. 4 lid 1, onder c (leerplicht of kwalificatieplicht)";
    public static final String BROAD_INTAKE = "Wi art. 14";
    public static final String INTEGRATION_PLAN = "Wi art. 15 lid 3";
    public static final String LEARNING_ROUTE_OFFER = "Wi art. 18";
    public static final String SOCIAL_GUIDANCE = "Wi art. 18";
    public static final String FINANCIAL_RELIEF = "Pw art. 56a lid 1";
    public static final String PIP_DEADLINE = "Bi art. 5.3 (tien weken na de kennisgeving van DUO of, als die later is, "
            + "na de inschrijving in de BRP)";
    public static final String TERM = "Wi art. 11 lid 1 en 3 (drie jaar vanaf de dag na de dagtekening van het eerste PIP)";
    public static final String TERM_EXTENSION = "Wi art. 12 en Bi art. 4.1–4.5 (verlenging door DUO)";
    public static final String ROUTE_SWITCH = "Wi art. 17 en Divosa, Wet inburgering in vraag en antwoord: leerroutes "
            + "(schakelen binnen anderhalf jaar na de start van de termijn)";
    public static final String ROUTES = "Wi art. 8";
    public static final String EDUCATION_ROUTE_AGE = "geen wettelijke leeftijdsgrens; beleidsadvies jongeren tot 28 jaar (seeds 000, 002, 003)";
    public static final String SELF_RELIANCE_HOURS = "Bi art. 3.14";
    public static final String LEVEL_DOWNGRADE_HOURS = "Wi art. 17 lid 3 en Bi art. 5.5";
    public static final String PVT_HOURS = "Bi art. 3.1";
    public static final String MAP_HOURS = "Bi art. 3.2 (40 praktijkuren volgens Divosa; artikeltekst nog te verifiëren)";
    public static final String AFTERCARE = "gemeentelijk beleid (seed 003: contact zes maanden na het examen; geen wettelijke termijn)";
    public static final String EXAM_PARTS = "Bi art. 3.3, onderdelen a–d (taalexamenonderdelen lezen, luisteren, schrijven, "
            + "spreken) en Bi art. 3.4 (KNM)";
    /** Afschalen: the municipality decides; only from the B1-route, only the language parts, after considerable effort. */
    public static final String LEVEL_DOWNGRADE = LEVEL_DOWNGRADE_HOURS + " (aanzienlijke inspanningen: ten minste 600 uur "
            + "taalonderwijs bij een cursusinstelling met keurmerk, Wi art. 32; alleen de taalexamenonderdelen, alleen in de B1-route)";
    public static final String LABOUR_MARKET_MODULE_ROUTES = "Wi art. 8 (de onderwijsroute omvat geen MAP)";
    public static final String SELF_RELIANCE_FINAL_INTERVIEW = "Bi art. 3.14 (de Z-route eindigt met een eindgesprek met de gemeente)";
    public static final String EDUCATION_ROUTE_COMPLETION = "Wi art. 8 (de onderwijsroute wordt afgerond met het taalschakeltraject)";
    public static final String EXAM_ATTEMPTS_PAID = "seeds 000 en 004, inburgeren.nl 'inburgeren betalen' (asielstatushouders: de "
            + "eerste twee pogingen per examenonderdeel, niet op een lager niveau dan in het PIP)";

    // Enforcement (handhaving). The €800 maximum and its article come from the domain notes (rules.md "Enforcement":
    // "Wi art. 22–23, verify"); a search of the stored sources did not reach the law text, so the article is cited
    // as the notes give it and flagged here as not verified against wetten.overheid.nl.
    public static final String FINE_MAXIMUM = "Wi art. 22 (bestuurlijke boete van ten hoogste € 800)";
    public static final String INDIVIDUAL_ASSESSMENT = "HvJ EU 2025, C-158/23 (geen automatische boete: individuele beoordeling) "
            + "en Awb art. 5:46 lid 2 (afstemmen op ernst, verwijtbaarheid en omstandigheden)";
    public static final String NOT_CULPABLE = "Awb art. 5:41 (geen boete voor zover de overtreding niet kan worden verweten)";
    public static final String WARNING_FIRST = "gemeentelijk beleid (seeds 002 en 003: eerst vertrouwen en een waarschuwing, "
            + "dan trapsgewijs: een eerste overtreding weegt minder zwaar dan een derde)";
    public static final String SECOND_CHANCE = "gemeentelijk beleid (seed 002, 'tweede kans': oudere overtredingen tellen niet meer mee)";
    public static final String FINE_LAPSE = "Awb art. 5:45 lid 1 (vijf jaar; art. 5:53 is van toepassing omdat de boete meer dan "
            + "€ 340 kan bedragen) en lid 3 (opgeschort zolang bezwaar of beroep loopt)";
    public static final String PW_MEASURE = "Pw art. 18 lid 2 (maatregel: verlaging van de bijstand)";
    public static final String NO_DOUBLE_SANCTION = "gemeentelijk beleid 'nooit beide' (seed 003 noemt Wi 'art. 27'; een wettelijk "
            + "verbod is niet bevestigd, rules.md) naast Pw art. 18 lid 2";
    public static final String OBJECTION_TERM = "Awb art. 6:7 en 6:8 (bezwaar binnen zes weken na de dag van bekendmaking)";
    public static final String LATE_OBJECTION = "Awb art. 6:11 (verschoonbare termijnoverschrijding)";
}
