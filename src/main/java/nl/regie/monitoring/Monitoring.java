package nl.regie.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.municipality.Municipalities;
import nl.regie.progress.SatisfactionSubject;
import nl.regie.rules.ExamPart;
import nl.regie.rules.HourNorms;
import nl.regie.rules.IntegrationRules;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

import static nl.regie.monitoring.Figures.Cell;
import static nl.regie.monitoring.Figures.Row;
import static nl.regie.monitoring.Figures.Table;

/**
 * The dashboard's figures (issue 6; seed 004 "valide cijfers t.b.v. de maand-, kwartaal-, sturings- en
 * verantwoordingsrapportages", seed 002 "een bruikbaar dashboard"): every KPI per cohort, computed by
 * {@link KpiStore} from what the dossiers record, suppressed by {@link Figures}, with the municipality's targets.
 * For policy officers and team leads of a municipality; never a person.
 */
@Service
public class Monitoring {

    static final int TREND_HALF_YEARS = 6;

    private final KpiStore store;
    private final Targets targets;
    private final Municipalities municipalities;
    private final Clock clock;

    Monitoring(KpiStore store, Targets targets, Municipalities municipalities, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    static void requireFiguresRole(RegieUser user) {
        if (!user.is(Role.POLICY_OFFICER) && !user.is(Role.TEAM_LEAD)) {
            throw new RegieProblem.Forbidden("Cijfers zijn er voor beleidsmedewerkers en teamleiders.");
        }
    }

    /** Today's date and the default cohort: the last whole half year before it. */
    public MonitoringFilter defaultFilter() {
        LocalDate today = LocalDate.now(clock);
        return new MonitoringFilter(Period.halfYearOf(today).previousHalfYear(), today, Scope.OWN_MUNICIPALITY, null, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    List<String> codes(RegieUser user, Scope scope) {
        return scope == Scope.INSTALLATION ? store.allMunicipalities() : List.of(user.municipalityCode());
    }

    public String scopeName(RegieUser user, Scope scope) {
        return scope == Scope.INSTALLATION ? Scope.INSTALLATION.dutch()
                : municipalities.find(user.municipalityCode()).map(m -> m.name()).orElse(user.municipalityCode());
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(RegieUser user, MonitoringFilter f) {
        requireFiguresRole(user);
        store.planKpiQueries();
        List<String> codes = codes(user, f.scope());
        boolean inline = store.inlineCohort(codes);
        KpiStore.Cohort cohort = new KpiStore.Cohort(codes, f.period().from(), f.period().until(), f.peildatum(), f.targetGroup(),
                f.route(), inline);
        Trend trend = trend(codes, inline, f);
        // The trend's cohorts are half years with the same filters and peildatum: when the chosen period is one of them,
        // its figures are already counted (the ratios query is the dashboard's heaviest, see DashboardBenchmark).
        KpiStore.Ratios r;
        int n = Period.halfYearNumber(f.period().from());
        if (f.period().equals(Period.ofHalfYearNumber(n)) && n >= trend.first() && n <= trend.last()) {
            r = trend.ratios().get(n);
        } else {
            Map<Integer, KpiStore.Ratios> grouped = store.ratios(cohort, false);
            r = grouped.isEmpty() ? null : grouped.values().iterator().next();
        }
        Map<Kpi, Target> inForce = f.scope() == Scope.OWN_MUNICIPALITY ? targets.inForce(user.municipalityCode(), f.peildatum()) : Map.of();

        List<Table> tables = new ArrayList<>();
        tables.add(kpiTable(r, inForce));
        tables.add(inflowTable(store.inflow(cohort)));
        tables.add(planTable(store.daysToPlan(cohort), r));
        tables.add(routeTable(store.routeMix(cohort)));
        tables.add(hoursTable(store.hourNorms(cohort, HourNorms.PARTICIPATION_STATEMENT_PROGRAMME.hours(),
                HourNorms.LABOUR_MARKET_MODULE_PRACTICAL.hours(), HourNorms.SELF_RELIANCE_LANGUAGE.hours(),
                HourNorms.SELF_RELIANCE_PARTICIPATION.hours())));
        tables.add(examTable(store.exams(cohort)));
        tables.add(completionTable(store.daysToCompletion(cohort)));
        tables.add(participationTable(r));
        tables.add(measurementTable(store.baselineFinal(cohort)));
        Map<String, KpiStore.EnforcementCount> enforcement = store.enforcement(cohort);
        tables.add(enforcementTable(enforcement));
        tables.add(duoTable(enforcement));
        tables.add(reliefTable(store.relief(cohort)));
        tables.add(satisfactionTable(store.satisfaction(cohort), store.partnerSurveys(cohort), f.scope()));
        tables.add(stateTable(store.statesOn(codes(user, f.scope()), f.peildatum(), f.targetGroup())));
        return new Dashboard(f, scopeName(user, f.scope()), tables, trendTables(user, f, trend));
    }

    private static long[] zero() {
        return new long[] {0, 0};
    }

    private static long[] share(KpiStore.Ratios r, Kpi k) {
        return r == null ? zero() : r.shares().get(k);
    }

    private static Table kpiTable(KpiStore.Ratios r, Map<Kpi, Target> inForce) {
        List<Row> rows = new ArrayList<>();
        for (Kpi k : Kpi.values()) {
            long[] s = share(r, k);
            Target t = inForce.get(k);
            long without = r == null || r.withoutData().get(k) == null ? 0 : r.withoutData().get(k);
            rows.add(new Row(k.dutch(), List.of(Figures.share(s[0], s[1]), Figures.count(s[1]),
                    r != null && r.withoutData().containsKey(k) ? Figures.count(without) : Cell.label("n.v.t."),
                    t == null ? Cell.label("geen") : new Cell(Figures.percent(t.percent().doubleValue()), t.percent().doubleValue(), false))));
        }
        StringBuilder def = new StringBuilder("Per indicator het aandeel van het cohort, het aantal dossiers waarop het aandeel is berekend, "
                + "hoeveel dossiers geen gegevens hebben (alleen waar dat kan ontbreken) en de streefwaarde van de gemeente op de peildatum. Definities: ");
        for (Kpi k : Kpi.values()) {
            def.append(k.dutch()).append(": ").append(k.definition()).append(' ');
        }
        return new Table("indicatoren", "Indicatoren en streefwaarden", def.toString().trim(),
                List.of("Indicator", "Realisatie", "Dossiers (n)", "Zonder gegevens", "Streefwaarde"), rows, List.of(0, 3), "%", "bar");
    }

    private static Table inflowTable(Map<TargetGroup, Long> raw) {
        Map<TargetGroup, Cell> cells = Figures.counts(raw);
        List<Row> rows = new ArrayList<>();
        cells.forEach((g, c) -> rows.add(new Row(g.dutch(), List.of(c))));
        rows.add(new Row("Totaal", List.of(Figures.total(raw))));
        return new Table("instroom", "Instroom per doelgroep",
                "Dossiers van het cohort (gehuisvest in de periode, of bij gezins- en overige migranten ingeschreven in de BRP in de periode, "
                        + "op of vóór de peildatum) per doelgroep.",
                List.of("Doelgroep", "Dossiers"), rows, List.of(0), "aantal", "bar");
    }

    private static Table planTable(KpiStore.Median days, KpiStore.Ratios r) {
        long[] stat = share(r, Kpi.PIP_WITHIN_STATUTORY_DEADLINE);
        long[] mun = share(r, Kpi.PIP_WITHIN_MUNICIPAL_DEADLINE);
        List<Row> rows = List.of(
                new Row("Mediaan dagen van BRP-inschrijving tot PIP", List.of(Figures.measure(days.value(), days.n(), "dagen"), Figures.count(days.n()))),
                new Row(Kpi.PIP_WITHIN_STATUTORY_DEADLINE.dutch(), List.of(Figures.share(stat[0], stat[1]), Figures.count(stat[1]))),
                new Row(Kpi.PIP_WITHIN_MUNICIPAL_DEADLINE.dutch(), List.of(Figures.share(mun[0], mun[1]), Figures.count(mun[1]))));
        return new Table("pip", "Van BRP-inschrijving tot PIP",
                "De mediaan van het aantal dagen tussen BRP-inschrijving en de dagtekening van de eerste PIP, over de dossiers van het cohort "
                        + "met beide datums op of vóór de peildatum; en het aandeel binnen de opgeslagen uiterste datums (wettelijk: Wi 2021 art. 16; "
                        + "gemeentelijk: het beleid van de gemeente).",
                List.of("Indicator", "Waarde", "Dossiers (n)"), rows, List.of(), "", "bar");
    }

    private static Table routeTable(Map<LearningRoute, Long> raw) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (LearningRoute lr : LearningRoute.values()) {
            ordered.put(lr.dutch(), raw.getOrDefault(lr, 0L));
        }
        ordered.put("Nog geen PIP vastgesteld", raw.getOrDefault(null, 0L));
        long total = ordered.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Cell> cells = Figures.counts(ordered);
        List<Row> rows = new ArrayList<>();
        cells.forEach((k, c) -> rows.add(new Row(k, List.of(c, c.suppressed() ? new Cell(Figures.HIDDEN, null, true)
                : Figures.share(ordered.get(k), total)))));
        return new Table("routes", "Routemix",
                "Dossiers van het cohort naar de leerroute van de laatste PIP die op de peildatum was vastgesteld.",
                List.of("Leerroute", "Dossiers", "Aandeel"), rows, List.of(0), "aantal", "bar");
    }

    private static Table hoursTable(KpiStore.HourNormCounts h) {
        List<Row> rows = List.of(
                normRow("PVT: " + HourNorms.PARTICIPATION_STATEMENT_PROGRAMME.hours() + " uur", h.pvtReached(), h.withPlan()),
                normRow("MAP praktijkdeel: " + HourNorms.LABOUR_MARKET_MODULE_PRACTICAL.hours() + " uur", h.mapReached(), h.withPlan()),
                normRow("Z-route taal incl. KNM: " + HourNorms.SELF_RELIANCE_LANGUAGE.hours() + " uur", h.selfRelianceLanguageReached(), h.selfReliance()),
                normRow("Z-route participatie (asielstatushouders): " + HourNorms.SELF_RELIANCE_PARTICIPATION.hours() + " uur",
                        h.selfRelianceParticipationReached(), h.selfRelianceAsylum()));
        return new Table("uren", "Urenvoortgang tegen de normen",
                "Aandeel dossiers dat de urennorm (Besluit inburgering 2021, zie de regels) heeft bereikt met aanwezige uren in perioden die op of vóór "
                        + "de peildatum eindigden; PVT en MAP over alle dossiers met een vastgestelde PIP, de Z-route-normen over de dossiers in de Z-route.",
                List.of("Norm", "Norm bereikt", "Dossiers (n)"), rows, List.of(0), "%", "bar");
    }

    private static Row normRow(String label, long reached, long n) {
        return new Row(label, List.of(Figures.share(reached, n), Figures.count(n)));
    }

    private static Table examTable(Map<LearningRoute, Map<String, KpiStore.ExamCounts>> raw) {
        List<Row> rows = new ArrayList<>();
        for (ExamPart part : ExamPart.values()) {
            long took = 0, passed = 0, attempts = 0;
            for (Map<String, KpiStore.ExamCounts> perPart : raw.values()) {
                KpiStore.ExamCounts c = perPart.get(part.name());
                if (c != null) {
                    took += c.candidates();
                    passed += c.passed();
                    attempts += c.attempts();
                }
            }
            rows.add(examRow("Alle routes — " + part.dutch(), took, passed, attempts));
        }
        for (LearningRoute lr : LearningRoute.values()) {
            Map<String, KpiStore.ExamCounts> perPart = raw.get(lr);
            if (perPart == null) {
                continue;
            }
            for (ExamPart part : ExamPart.values()) {
                KpiStore.ExamCounts c = perPart.get(part.name());
                if (c != null) {
                    rows.add(examRow(lr.dutch() + " — " + part.dutch(), c.candidates(), c.passed(), c.attempts()));
                }
            }
        }
        return new Table("examens", "Slagingspercentages per examenonderdeel",
                "Per examenonderdeel (en per leerroute van de laatste PIP): het aandeel van de kandidaten uit het cohort dat het onderdeel "
                        + "op of vóór de peildatum heeft behaald, het aantal kandidaten (dossiers met minstens één poging) en het aantal pogingen.",
                List.of("Onderdeel", "Geslaagd", "Kandidaten (n)", "Pogingen"), rows, List.of(0), "%", "bar");
    }

    private static Row examRow(String label, long took, long passed, long attempts) {
        return new Row(label, List.of(Figures.share(passed, took), Figures.count(took),
                took < nl.regie.dossier.DossierCounts.SUPPRESS_BELOW ? Figures.count(took) : Figures.count(attempts)));
    }

    private static Table completionTable(Map<LearningRoute, KpiStore.Median> raw) {
        List<Row> rows = new ArrayList<>();
        for (LearningRoute lr : LearningRoute.values()) {
            KpiStore.Median m = raw.getOrDefault(lr, new KpiStore.Median(null, 0));
            rows.add(new Row(lr.dutch(), List.of(Figures.measure(m.value() == null ? null : m.value() / 30.4375, m.n(), "maanden"),
                    Figures.count(m.n()))));
        }
        return new Table("doorlooptijd", "Doorlooptijd tot afronding per leerroute",
                "De mediaan van het aantal maanden (dagen gedeeld door 30,44) van het begin van de inburgeringstermijn tot de afronding "
                        + "(examen, taalschakeltraject, eindgesprek Z-route of vrijstelling), over de dossiers van het cohort die op of vóór de peildatum zijn afgerond.",
                List.of("Leerroute", "Mediaan", "Afgerond (n)"), rows, List.of(0), "maanden", "bar");
    }

    private static final Map<String, String> CATEGORY = Map.of("PAID_WORK", "Betaald werk", "STUDY", "Opleiding",
            "VOLUNTEERING", "Vrijwilligerswerk of onbetaald werk", "NONE", "Nog geen participatie");

    private static Table participationTable(KpiStore.Ratios r) {
        Kpi[] kpis = {Kpi.PARTICIPATING_AT_12_MONTHS, Kpi.PARTICIPATING_AT_24_MONTHS, Kpi.PARTICIPATING_AT_36_MONTHS};
        List<Map<String, Cell>> columns = new ArrayList<>();
        for (int h : KpiStore.HORIZONS) {
            Map<String, Long> raw = r == null ? Map.of() : r.participation().get(h);
            Map<String, Long> ordered = new LinkedHashMap<>();
            for (String cat : KpiStore.CATEGORIES) {
                ordered.put(cat, raw.getOrDefault(cat, 0L));
            }
            columns.add(Figures.counts(ordered));
        }
        List<Row> rows = new ArrayList<>();
        for (String cat : KpiStore.CATEGORIES) {
            rows.add(new Row(CATEGORY.get(cat), columns.stream().map(c -> c.get(cat)).toList()));
        }
        List<Cell> share = new ArrayList<>();
        List<Cell> n = new ArrayList<>();
        List<Cell> without = new ArrayList<>();
        for (Kpi k : kpis) {
            long[] s = share(r, k);
            share.add(Figures.share(s[0], s[1]));
            n.add(Figures.count(s[1]));
            without.add(Figures.count(r == null ? 0 : r.withoutData().get(k)));
        }
        rows.add(new Row("Participeert (aandeel)", share));
        rows.add(new Row("Dossiers met gegevens (n)", n));
        rows.add(new Row("Dossiers zonder gegevens", without));
        return new Table("participatie", "Participatie na 12 maanden, 2 en 3 jaar",
                "Per dossier de laatste vastlegging over participatie vóór 12, 24 of 36 maanden na huisvesting (of BRP-inschrijving): "
                        + "de trede van de participatieladder bij nulmeting of eindmeting (5–6 betaald werk, 4 onbetaald werk), de uitkomst van het "
                        + "nazorgcontact, of een inkomenssituatie ‘eigen inkomen of werk’. Alleen dossiers waarvoor die termijn op de peildatum voorbij is; "
                        + "zonder vastlegging telt een dossier als ‘zonder gegevens’, niet als ‘nog geen participatie’.",
                List.of("Situatie", "Na 12 maanden", "Na 2 jaar", "Na 3 jaar"), rows, List.of(), "", "bar");
    }

    private static Table measurementTable(KpiStore.BaselineFinal b) {
        List<Row> rows = List.of(
                new Row("Participatieladder (gemiddelde trede, 1–6)", List.of(Figures.measure(b.ladderBaseline(), b.n(), ""),
                        Figures.measure(b.ladderFinal(), b.n(), ""), Figures.count(b.n()))),
                new Row("Zelfredzaamheidsmatrix (gemiddelde score, 1–5)", List.of(Figures.measure(b.zrmBaseline(), b.n(), ""),
                        Figures.measure(b.zrmFinal(), b.n(), ""), Figures.count(b.n()))),
                new Row("Gestegen op de participatieladder", List.of(Cell.label(""), Figures.share(b.ladderRose(), b.n()), Figures.count(b.n()))));
        return new Table("metingen", "Nulmeting en eindmeting",
                "Dossiers van het cohort met zowel een nulmeting als een eindmeting (laatste versie, gemeten op of vóór de peildatum): gemiddelde "
                        + "trede op de participatieladder en gemiddelde ZRM-score zonder de leefgebieden met bijzondere persoonsgegevens (gezondheid, verslaving), "
                        + "en het aandeel dat bij de eindmeting hoger staat dan bij de nulmeting.",
                List.of("Meting", "Nulmeting", "Eindmeting", "Dossiers (n)"), rows, List.of(0, 1), "", "bar");
    }

    /** A share next to a count cell: hidden when the count is (so a percentage never gives a suppressed count away). */
    private static Cell shareBeside(Cell count, long numerator, long denominator) {
        return count.suppressed() ? new Cell(Figures.HIDDEN, null, true) : Figures.share(numerator, denominator);
    }

    private static final String[][] ENFORCEMENT_ROWS = {
            {"BREACH", "Overtredingen vastgelegd (inburgeraar gehoord)"},
            {"BREACH_CULPABLE", "waarvan zonder geldige reden (verwijtbaar)"},
            {"BREACH_EXCUSED", "waarvan met geldige reden (niet verwijtbaar)"},
            {"NONE", "Besluit: geen sanctie"},
            {"WARNING", "Besluit: schriftelijke waarschuwing"},
            {"FINE_AWAITING_APPROVAL", "Boete: wacht op goedkeuring door een tweede teamleider"},
            {"FINE_REJECTED", "Boete: afgewezen door de teamleider (vier ogen)"},
            {"FINE_APPROVED", "Boetebesluit: goedgekeurd en verzonden"},
            {"OBJECTION", "Bezwaar ontvangen tegen een boete"},
            {"OBJECTION_UPHELD", "waarvan gegrond: boete ingetrokken"},
            {"OBJECTION_PARTLY_UPHELD", "waarvan deels gegrond: bedrag verlaagd"},
            {"OBJECTION_DISMISSED", "waarvan ongegrond: boete blijft"},
            {"OBJECTION_INADMISSIBLE", "waarvan niet-ontvankelijk"},
            {"OBJECTION_RUNNING", "waarvan nog geen beslissing op bezwaar"},
            {"FINE_STANDING", "Boetes die staan na bezwaar"},
            {"PW_MEASURE", "Maatregel Participatiewet in plaats van een boete"}};

    /** Rows whose amount column means something: the sum of the fines' amounts. */
    private static final java.util.Set<String> WITH_AMOUNT = java.util.Set.of("FINE_AWAITING_APPROVAL", "FINE_REJECTED", "FINE_APPROVED",
            "OBJECTION_UPHELD", "FINE_STANDING");

    private static Table enforcementTable(Map<String, KpiStore.EnforcementCount> raw) {
        // Rows that split one total (breaches by culpability, objections by outcome) get secondary suppression in both
        // columns of counts: a dossier mostly has one breach or objection, so the total less the shown rows would give a
        // hidden one away.
        Map<String, Cell> splitDossiers = new LinkedHashMap<>();
        Map<String, Cell> splitRecords = new LinkedHashMap<>();
        for (List<String> part : List.of(List.of("BREACH_CULPABLE", "BREACH_EXCUSED"), List.of("OBJECTION_UPHELD",
                "OBJECTION_PARTLY_UPHELD", "OBJECTION_DISMISSED", "OBJECTION_INADMISSIBLE", "OBJECTION_RUNNING"))) {
            Map<String, Long> dossiers = new LinkedHashMap<>();
            Map<String, Long> records = new LinkedHashMap<>();
            for (String k : part) {
                KpiStore.EnforcementCount c = raw.getOrDefault(k, KpiStore.EnforcementCount.NONE);
                dossiers.put(k, c.dossiers());
                records.put(k, c.records());
            }
            splitDossiers.putAll(Figures.counts(dossiers));
            splitRecords.putAll(Figures.counts(records));
        }
        List<Row> rows = new ArrayList<>();
        for (String[] r : ENFORCEMENT_ROWS) {
            KpiStore.EnforcementCount c = raw.getOrDefault(r[0], KpiStore.EnforcementCount.NONE);
            Cell dossiers = splitDossiers.getOrDefault(r[0], Figures.count(c.dossiers()));
            Cell records = Figures.records(c.records(), c.dossiers());
            if (!records.suppressed() && splitRecords.containsKey(r[0])) {
                records = splitRecords.get(r[0]);
            }
            Cell amount = WITH_AMOUNT.contains(r[0]) ? Figures.amount(c.amount(), c.dossiers()) : Cell.label("");
            if (dossiers.suppressed() && c.dossiers() >= nl.regie.dossier.DossierCounts.SUPPRESS_BELOW) {
                // Hidden only to protect another row: the number of records or their sum (often a multiple of one fine)
                // would still tell how many dossiers this row has.
                records = new Cell(Figures.HIDDEN, null, true);
                amount = WITH_AMOUNT.contains(r[0]) ? new Cell(Figures.HIDDEN, null, true) : amount;
            }
            rows.add(new Row(r[1], List.of(dossiers, records, amount)));
        }
        return new Table("handhaving", "Handhaving",
                "Handhaving door de gemeente (Wet inburgering 2021) bij de dossiers van het cohort, zoals die er op de peildatum voor stond. "
                        + "Overtredingen waarvan de inburgeraar op of vóór de peildatum is gehoord, met het oordeel of er een geldige reden was; "
                        + "besluiten genomen op of vóór de peildatum. Een boete is een boetebesluit vanaf de dagtekening na goedkeuring door een "
                        + "tweede teamleider (vier ogen), een afwijzing telt vanaf het moment waarop die is vastgelegd; tot dan wacht de boete. "
                        + "Bezwaren ontvangen op of vóór de peildatum, met de beslissing als die toen al was genomen. Boetes die staan: goedgekeurd "
                        + "en niet op bezwaar ingetrokken, met het bedrag na een verlaging. Een maatregel in de Participatiewet voor dezelfde "
                        + "gedraging sluit een boete uit (nooit allebei). Per regel het aantal dossiers en het aantal overtredingen, besluiten of "
                        + "bezwaren; aantallen en bedragen alleen bij 5 of meer dossiers. Besluiten van DUO staan in de tabel daaronder.",
                List.of("Handhaving", "Dossiers", "Aantal", "Bedrag boetes"), rows, List.of(), "", "bar");
    }

    /**
     * DUO's own decisions (seeds 001, 003: DUO fines the term, MAP and PVT; it extends the term, Wi art. 12, and grants
     * exemptions), keyed as {@link KpiStore#enforcement} returns them. The labels follow the enforcement module's
     * {@code DuoDecisionKind}, which monitoring does not depend on.
     */
    private static final String[][] DUO_ROWS = {
            {"DUO_FINE_TERM", "Boete: inburgeringstermijn niet gehaald"},
            {"DUO_FINE_MAP", "Boete: MAP niet afgerond"},
            {"DUO_FINE_PVT", "Boete: PVT niet afgerond"},
            {"DUO_TERM_EXTENDED", "Verlenging van de inburgeringstermijn"},
            {"DUO_EXEMPTION", "Ontheffing"},
            {"DUO_OTHER", "Ander besluit"}};

    private static Table duoTable(Map<String, KpiStore.EnforcementCount> raw) {
        // Each row stands on its own (no total it splits), so primary suppression per row is enough.
        List<Row> rows = new ArrayList<>();
        for (String[] r : DUO_ROWS) {
            KpiStore.EnforcementCount c = raw.getOrDefault(r[0], KpiStore.EnforcementCount.NONE);
            Cell amount = r[0].startsWith("DUO_FINE_") ? Figures.amount(c.amount(), c.dossiers()) : Cell.label("");
            rows.add(new Row(r[1], List.of(Figures.count(c.dossiers()), Figures.records(c.records(), c.dossiers()), amount)));
        }
        return new Table("duo", "Besluiten van DUO",
                "Besluiten die DUO zelf neemt over de dossiers van het cohort (boetes voor de inburgeringstermijn, de MAP en de PVT, "
                        + "verlenging van de termijn, ontheffing), zoals de gemeente ze heeft vastgelegd, geteld vanaf de datum van het besluit "
                        + "van DUO tot en met de peildatum. Regie berekent deze besluiten niet; een besluit dat nog niet is vastgelegd, telt niet mee. "
                        + "Per regel het aantal dossiers en het aantal besluiten; aantallen en bedragen alleen bij 5 of meer dossiers.",
                List.of("Besluit van DUO", "Dossiers", "Aantal", "Bedrag boetes"), rows, List.of(), "", "bar");
    }

    private static Table reliefTable(KpiStore.ReliefCounts r) {
        // Running and over split the started arrangements, six months or shorter split those over: each pair is a column of counts.
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put("active", r.active());
        byState.put("ended", r.ended());
        Map<String, Cell> state = Figures.counts(byState);
        long shorter = r.ended() - r.endedAfterSixMonths();
        Map<String, Long> byLength = new LinkedHashMap<>();
        byLength.put("six", r.endedAfterSixMonths());
        byLength.put("short", shorter);
        Map<String, Cell> length = Figures.counts(byLength);
        Cell started = Figures.count(r.started());
        Cell extended = Figures.count(r.extended());
        Cell early = Figures.count(r.endedEarly());
        Cell paid = Figures.count(r.paidDossiers());
        String ofStarted = "van de gestarte arrangementen";
        String ofEnded = "van de afgelopen arrangementen";
        List<Row> rows = List.of(
                new Row("Asielstatushouders in het cohort", List.of(Figures.count(r.asylumPermitHolders()), Cell.label(""), Cell.label(""))),
                new Row("Ontzorgen gestart", List.of(started, shareBeside(started, r.started(), r.asylumPermitHolders()),
                        Cell.label("van de asielstatushouders"))),
                new Row("Loopt op de peildatum", List.of(state.get("active"), shareBeside(state.get("active"), r.active(), r.started()),
                        Cell.label(ofStarted))),
                new Row("Afgelopen vóór de peildatum", List.of(state.get("ended"), shareBeside(state.get("ended"), r.ended(), r.started()),
                        Cell.label(ofStarted))),
                new Row("waarvan ten minste 6 maanden (wettelijke minimumduur)", List.of(length.get("six"),
                        shareBeside(length.get("six"), r.endedAfterSixMonths(), r.ended()), Cell.label(ofEnded))),
                new Row("waarvan korter dan 6 maanden", List.of(length.get("short"), shareBeside(length.get("short"), shorter, r.ended()),
                        Cell.label(ofEnded))),
                new Row("Verlengd", List.of(extended, shareBeside(extended, r.extended(), r.started()), Cell.label(ofStarted))),
                new Row("Eerder beëindigd (vóór de geplande einddatum)", List.of(early, shareBeside(early, r.endedEarly(), r.started()),
                        Cell.label(ofStarted))),
                new Row("Dossiers met een betaling via ontzorgen", List.of(paid, shareBeside(paid, r.paidDossiers(), r.started()),
                        Cell.label(ofStarted))),
                new Row("Overboekingen (vaste lasten en restant)", List.of(Figures.records(r.transfers(), r.paidDossiers()), Cell.label(""),
                        Cell.label(""))),
                new Row("Betaald bedrag", List.of(Figures.amount(r.paid(), r.paidDossiers()), Cell.label(""), Cell.label(""))));
        return new Table("ontzorgen", "Financieel ontzorgen",
                "Financieel ontzorgen (Participatiewet art. 56a) bij de asielstatushouders van het cohort, zoals het er op de peildatum voor "
                        + "stond: arrangementen gestart op of vóór de peildatum (bij de start van de bijstand), met de einddatum die toen gold "
                        + "(een verlenging of eerdere beëindiging telt vanaf het moment waarop die is vastgelegd). Loopt: de peildatum ligt tussen "
                        + "start en laatste dag. Afgelopen: de laatste dag ligt vóór de peildatum; ten minste 6 maanden betekent dat de wettelijke "
                        + "minimumduur (art. 56a lid 1) is gehaald. Betalingen: overboekingen uit de betaalruns met een uitvoeringsdatum op of "
                        + "vóór de peildatum, aan de schuldeisers van de vaste lasten en het restant aan de inburgeraar; aantal en bedrag alleen "
                        + "bij 5 of meer dossiers.",
                List.of("Financieel ontzorgen", "Aantal", "Aandeel", "Aandeel van"), rows, List.of(), "", "bar");
    }

    private static Table satisfactionTable(Map<String, KpiStore.Scores> raw, List<PartnerSurvey> partners, Scope scope) {
        List<Row> rows = new ArrayList<>();
        for (SatisfactionSubject s : SatisfactionSubject.values()) {
            KpiStore.Scores sc = raw.getOrDefault(s.name(), new KpiStore.Scores(0, null, 0));
            rows.add(new Row("Inburgeraars: " + s.dutch(), List.of(Figures.measure(sc.average(), sc.respondents(), "", "respondenten"),
                    Figures.count(sc.respondents()), Figures.share(sc.sevenOrMore(), sc.respondents()))));
        }
        if (partners.isEmpty()) {
            rows.add(new Row("Ketenpartners: geen onderzoek in de periode", List.of(Figures.measure(null, 0, ""), Figures.count(0),
                    Cell.label("n.v.t."))));
        } else if (scope == Scope.INSTALLATION) {
            // Never one municipality on its own at installation level: all surveys together, weighted by respondents.
            long respondents = partners.stream().mapToLong(PartnerSurvey::respondents).sum();
            double weighted = partners.stream().mapToDouble(p -> p.averageScore().doubleValue() * p.respondents()).sum() / respondents;
            rows.add(new Row("Ketenpartners, alle gemeenten (" + partners.size() + (partners.size() == 1 ? " onderzoek)" : " onderzoeken)"),
                    List.of(Figures.measure(weighted, respondents, "", "respondenten"), Figures.count(respondents), Cell.label("n.v.t."))));
        } else {
            for (PartnerSurvey p : partners) {
                rows.add(new Row("Ketenpartners, " + DutchDates.show(p.heldOn()) + ": " + p.description(),
                        List.of(Figures.measure(p.averageScore().doubleValue(), p.respondents(), "", "respondenten"), Figures.count(p.respondents()),
                                Cell.label("n.v.t."))));
            }
        }
        return new Table("tevredenheid", "Tevredenheid",
                "Het tevredenheidsonderzoek onder inburgeraars: per onderwerp het gemiddelde van het laatste cijfer (1–10) dat elke "
                        + "inburgeraar van het cohort op of vóór de peildatum gaf, het aantal inburgeraars dat antwoordde en het aandeel dat een "
                        + "7 of hoger gaf (een norm als ‘gemiddeld minimaal een 7,0’). Een gemiddelde tonen we vanaf 5 respondenten. Daaronder "
                        + "de tevredenheidsonderzoeken onder ketenpartners die in de periode (en op of vóór de peildatum) zijn gehouden, met het "
                        + "gemiddelde cijfer en het aantal respondenten zoals de beleidsmedewerker ze heeft vastgelegd; bij alle gemeenten samen "
                        + "het naar respondenten gewogen gemiddelde.",
                List.of("Onderwerp", "Gemiddeld cijfer", "Respondenten", "Cijfer 7 of hoger"), rows, List.of(0), "cijfer", "bar");
    }

    private static Table stateTable(Map<String, Long> raw) {
        Map<DossierState, Long> ordered = new EnumMap<>(DossierState.class);
        for (DossierState s : DossierState.values()) {
            ordered.put(s, raw.getOrDefault(s.name(), 0L));
        }
        List<Row> rows = new ArrayList<>();
        Figures.counts(ordered).forEach((s, c) -> rows.add(new Row(s.dutch(), List.of(c))));
        rows.add(new Row("Totaal", List.of(Figures.total(ordered))));
        return new Table("status", "Dossiers per status op de peildatum",
                "Alle dossiers (niet alleen het cohort) naar de stap waarin ze op de peildatum stonden, afgeleid uit de datums van de stappen "
                        + "op of vóór die dag.",
                List.of("Status", "Dossiers"), rows, List.of(0), "aantal", "bar");
    }

    /**
     * Per KPI with a target in force (or, without any target, the two the seeds name most), realisation per half-year
     * cohort over the {@value #TREND_HALF_YEARS} half years up to the chosen period (or the peildatum, if earlier), next to the target that applied
     * at the end of that half year.
     */
    /** Per half-year cohort number, the ratios of the half years {@code first} to {@code last}. */
    private record Trend(int first, int last, Map<Integer, KpiStore.Ratios> ratios) {
    }

    private Trend trend(List<String> codes, boolean inline, MonitoringFilter f) {
        LocalDate lastDay = f.period().until().minusDays(1);
        Period last = Period.halfYearOf(lastDay.isAfter(f.peildatum()) ? f.peildatum() : lastDay);
        int lastNo = Period.halfYearNumber(last.from());
        // Not before the Wet inburgering 2021 took effect (1 January 2022).
        int firstNo = Math.min(Math.max(lastNo - TREND_HALF_YEARS + 1, Period.halfYearNumber(IntegrationRules.LAW_IN_FORCE)), lastNo);
        Period first = Period.ofHalfYearNumber(firstNo);
        KpiStore.Cohort cohort = new KpiStore.Cohort(codes, first.from(), last.until(), f.peildatum(), f.targetGroup(), f.route(),
                inline);
        return new Trend(firstNo, lastNo, store.ratios(cohort, true));
    }

    private List<Table> trendTables(RegieUser user, MonitoringFilter f, Trend trend) {
        Map<Integer, KpiStore.Ratios> per = trend.ratios();
        int lastNo = trend.last();
        Period first = Period.ofHalfYearNumber(trend.first());
        List<Kpi> kpis = new ArrayList<>(targets.inForce(user.municipalityCode(), f.peildatum()).keySet());
        if (kpis.isEmpty()) {
            kpis = List.of(Kpi.STARTED_WITHIN_3_MONTHS, Kpi.COMPLETED_WITHIN_TERM);
        }
        List<Table> out = new ArrayList<>();
        for (Kpi k : kpis) {
            List<Row> rows = new ArrayList<>();
            for (int n = Period.halfYearNumber(first.from()); n <= lastNo; n++) {
                Period p = Period.ofHalfYearNumber(n);
                KpiStore.Ratios r = per.get(n);
                long[] s = share(r, k);
                LocalDate end = p.until().minusDays(1).isAfter(f.peildatum()) ? f.peildatum() : p.until().minusDays(1);
                Target t = f.scope() == Scope.OWN_MUNICIPALITY ? targets.inForce(user.municipalityCode(), k, end).orElse(null) : null;
                BigDecimal pct = t == null ? null : t.percent();
                rows.add(new Row(p.dutch(), List.of(Figures.share(s[0], s[1]),
                        pct == null ? Cell.label("geen") : new Cell(Figures.percent(pct.doubleValue()), pct.doubleValue(), false),
                        Figures.count(s[1]))));
            }
            out.add(new Table("trend-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Trend: " + k.dutch(), k.definition() + " Per cohort van een half jaar, met de streefwaarde die aan het eind van dat half jaar gold.",
                    List.of("Cohort", "Realisatie", "Streefwaarde", "Dossiers (n)"), rows, List.of(0, 1), "%", "line"));
        }
        return out;
    }
}
