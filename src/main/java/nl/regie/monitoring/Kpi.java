package nl.regie.monitoring;

/**
 * The KPIs that are a share of a cohort, each with its exact definition as the dashboard shows it. These are the
 * ones a municipality can set a target for (seed 000 par. 6.3, seed 002, seed 004 par. 5.1). A cohort is the
 * newcomers housed in the period — or, when nobody housed them (family and other migrants), registered in the
 * BRP in the period. Only what happened on or before the peildatum counts; a dossier enters a share's
 * denominator once its window has passed on the peildatum, so a young cohort is not judged on months still to come.
 */
public enum Kpi {
    PIP_WITHIN_STATUTORY_DEADLINE("PIP binnen de wettelijke termijn",
            "Dossiers van het cohort met een vastgestelde PIP op of vóór de wettelijke uiterste datum (Wi 2021 art. 16, "
                    + "opgeslagen als termijn van het dossier), van de dossiers waarvan die datum op de peildatum voorbij is of die al een PIP hebben."),
    PIP_WITHIN_MUNICIPAL_DEADLINE("PIP binnen de gemeentelijke termijn",
            "Als hierboven, met de strengere termijn uit het gemeentelijk beleid; alleen dossiers waarvoor die termijn geldt."),
    STARTED_WITHIN_3_MONTHS("Gestart binnen 3 maanden na huisvesting",
            "Dossiers waarvan de leerroute is gestart (stap ‘In leerroute’ of de eerste vastgelegde uren met aanwezigheid) "
                    + "binnen 3 maanden na de huisvesting (of BRP-inschrijving), van de dossiers waarvoor die 3 maanden op de peildatum voorbij zijn."),
    STARTED_WITHIN_6_MONTHS("Gestart binnen 6 maanden na huisvesting",
            "Als hierboven, binnen 6 maanden. Of het aanbod ‘integraal’ is (taal gecombineerd met werk, seed 004) staat in de PIP, niet in een apart veld."),
    PVT_COMPLETED("PVT afgerond",
            "Dossiers met een vastgestelde PIP waarvan de participatieverklaring is ondertekend, van alle dossiers van het cohort met een vastgestelde PIP."),
    MAP_COMPLETED("MAP afgerond",
            "Dossiers met een vastgestelde PIP waarvan de module arbeidsmarkt en participatie is afgerond, van alle dossiers van het cohort met een vastgestelde PIP."),
    COMPLETED_WITHIN_TERM("Afgerond binnen de termijn",
            "Dossiers afgerond met examen, taalschakeltraject, eindgesprek Z-route of vrijstelling op of vóór het einde van de "
                    + "inburgeringstermijn (met verlenging), van de dossiers waarvan de termijn op de peildatum voorbij is of die al zijn afgerond. "
                    + "Dossiers die vóór afronding zijn gesloten wegens verhuizing, emigratie of overlijden tellen niet mee."),
    PAID_WORK_WITHIN_TERM("Betaald werk binnen de termijn",
            "Dossiers met betaald werk (participatieladder trede 5 of 6, nazorgcontact ‘Werk’ of inkomenssituatie ‘Eigen inkomen of werk’) "
                    + "op of vóór het einde van de termijn, van de dossiers met een verstreken termijn waarover iets over participatie is vastgelegd."),
    PARTICIPATING_AT_12_MONTHS("Participeert na 12 maanden",
            "Dossiers waarvan de laatste vastlegging over participatie vóór 12 maanden na huisvesting betaald werk, opleiding of "
                    + "vrijwilligerswerk (trede 4) is, van de dossiers met zo’n vastlegging waarvoor 12 maanden voorbij zijn."),
    PARTICIPATING_AT_24_MONTHS("Participeert na 2 jaar", "Als hierboven, na 24 maanden."),
    PARTICIPATING_AT_36_MONTHS("Participeert na 3 jaar", "Als hierboven, na 36 maanden.");

    private final String dutch;
    private final String definition;

    Kpi(String dutch, String definition) {
        this.dutch = dutch;
        this.definition = definition;
    }

    public String dutch() {
        return dutch;
    }

    public String definition() {
        return definition;
    }
}
