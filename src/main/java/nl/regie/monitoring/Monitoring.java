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
import nl.regie.rules.ExamPart;
import nl.regie.rules.HourNorms;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.TargetGroup;
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
    static final LocalDate LAW_IN_FORCE = LocalDate.of(2022, 1, 1);

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
        KpiStore.Cohort cohort = new KpiStore.Cohort(codes(user, f.scope()), f.period().from(), f.period().until(),
                f.peildatum(), f.targetGroup(), f.route());
        Map<Integer, KpiStore.Ratios> grouped = store.ratios(cohort, false);
        KpiStore.Ratios r = grouped.isEmpty() ? null : grouped.values().iterator().next();
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
        tables.add(stateTable(store.statesOn(codes(user, f.scope()), f.peildatum(), f.targetGroup())));
        return new Dashboard(f, scopeName(user, f.scope()), tables, trends(user, f));
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
    private List<Table> trends(RegieUser user, MonitoringFilter f) {
        LocalDate lastDay = f.period().until().minusDays(1);
        Period last = Period.halfYearOf(lastDay.isAfter(f.peildatum()) ? f.peildatum() : lastDay);
        int lastNo = Period.halfYearNumber(last.from());
        // Not before the Wet inburgering 2021 took effect (1 January 2022).
        int firstNo = Math.max(lastNo - TREND_HALF_YEARS + 1, Period.halfYearNumber(LAW_IN_FORCE));
        Period first = Period.ofHalfYearNumber(Math.min(firstNo, lastNo));
        KpiStore.Cohort cohort = new KpiStore.Cohort(codes(user, f.scope()), first.from(), last.until(), f.peildatum(),
                f.targetGroup(), f.route());
        Map<Integer, KpiStore.Ratios> per = store.ratios(cohort, true);
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
