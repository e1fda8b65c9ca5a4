package nl.regie.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.ClosureReason;
import nl.regie.dossier.CompletionType;
import nl.regie.identity.RegieUser;
import nl.regie.rules.ExamPart;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.TargetGroup;

import static nl.regie.monitoring.Figures.Row;
import static nl.regie.monitoring.Figures.Table;

/**
 * Jaarverantwoording: the figures a SiSa-style statement and the Ministry ask for over one calendar year (seed 004:
 * "verantwoordingsrapportages"; "geautomatiseerd aanleveren van gegevens aan derden (Ministerie, CBS …)"): new
 * inburgeringsplichtigen per target group, PIPs established per route, routes started, completions per outcome,
 * closures, exam parts passed, PVT and MAP, enforcement (breaches, decisions, fines, objections, Participatiewet
 * measures), financial relief (arrangements started, payments), and the dossiers still running on 31 December. Counted
 * by the date of each event within the year, suppressed like every other aggregate. Satisfaction is left out: neither
 * SiSa nor the Ministry asks for it, and the dashboard's Tevredenheid table shows it per cohort.
 */
@Service
public class Accountability {

    private final KpiStore store;
    private final Monitoring monitoring;

    Accountability(KpiStore store, Monitoring monitoring) {
        this.store = store;
        this.monitoring = monitoring;
    }

    private static final String IN = "FROM dossier d WHERE d.municipality_code IN (:codes) ";

    @Transactional(readOnly = true)
    public List<Table> overview(RegieUser user, Scope scope, int year) {
        Monitoring.requireFiguresRole(user);
        store.planKpiQueries();
        List<String> codes = monitoring.codes(user, scope);
        List<Table> out = new ArrayList<>();
        out.add(table("nieuw", "Nieuwe inburgeringsplichtigen per doelgroep",
                "Dossiers met een BRP-inschrijving in de gemeente in " + year + " (begin van de wettelijke termijnen).",
                "Doelgroep", enumKeys(TargetGroup.values(), TargetGroup::dutch),
                store.yearCounts("SELECT d.target_group AS k, COUNT(*) AS n " + IN
                        + "AND d.brp_registered_on >= :from AND d.brp_registered_on < :until GROUP BY d.target_group", codes, year)));
        out.add(table("gekoppeld", "Gekoppeld door het COA (taakstelling)",
                "Dossiers met een koppeling in " + year + ", per doelgroep.", "Doelgroep", enumKeys(TargetGroup.values(), TargetGroup::dutch),
                store.yearCounts("SELECT d.target_group AS k, COUNT(*) AS n " + IN
                        + "AND d.linked_on >= :from AND d.linked_on < :until GROUP BY d.target_group", codes, year)));
        Map<String, String> routes = enumKeys(LearningRoute.values(), LearningRoute::dutch);
        out.add(table("pip", "Eerste PIP’s vastgesteld, per leerroute",
                "Eerste vastgestelde PIP (beschikking) met een dagtekening in " + year + ", naar de leerroute in die PIP. Herzieningen tellen niet mee.",
                "Leerroute", routes,
                store.yearCounts("""
                        SELECT ip.learning_route AS k, COUNT(*) AS n
                          FROM integration_plan ip JOIN dossier d ON d.id = ip.dossier_id
                         WHERE d.municipality_code IN (:codes) AND ip.status = 'ESTABLISHED'
                           AND ip.dated_on >= :from AND ip.dated_on < :until
                           AND ip.version_no = (SELECT MIN(p2.version_no) FROM integration_plan p2
                                                 WHERE p2.dossier_id = ip.dossier_id AND p2.status = 'ESTABLISHED')
                         GROUP BY ip.learning_route""", codes, year)));
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("PLAN", "PIP vastgesteld (stap in het dossier)");
        steps.put("ROUTE", "Gestart met de leerroute");
        steps.put("AFTERCARE", "Nazorg gestart");
        out.add(table("stappen", "Stappen in de klantreis",
                "Dossiers die in " + year + " de stap bereikten, naar de datum van de stap.", "Stap", steps,
                store.yearCounts("""
                        SELECT 'PLAN' AS k, COUNT(*) AS n FROM dossier d WHERE d.municipality_code IN (:codes)
                           AND d.plan_established_on >= :from AND d.plan_established_on < :until
                        UNION ALL
                        SELECT 'ROUTE', COUNT(*) FROM dossier d WHERE d.municipality_code IN (:codes)
                           AND d.route_started_on >= :from AND d.route_started_on < :until
                        UNION ALL
                        SELECT 'AFTERCARE', COUNT(*) FROM dossier d WHERE d.municipality_code IN (:codes)
                           AND d.aftercare_started_on >= :from AND d.aftercare_started_on < :until""", codes, year), false));
        out.add(table("afgerond", "Afgerond, per wijze van afronding",
                "Dossiers met een afronding in " + year + " (Wi 2021 art. 7), naar de wijze van afronding.", "Wijze",
                enumKeys(CompletionType.values(), CompletionType::dutch),
                store.yearCounts("SELECT d.completion_type AS k, COUNT(*) AS n " + IN
                        + "AND d.completed_on >= :from AND d.completed_on < :until GROUP BY d.completion_type", codes, year)));
        out.add(table("gesloten", "Gesloten, per reden", "Dossiers gesloten in " + year + ", naar reden.", "Reden",
                enumKeys(ClosureReason.values(), ClosureReason::dutch),
                store.yearCounts("SELECT d.closure_reason AS k, COUNT(*) AS n " + IN
                        + "AND d.closed_on >= :from AND d.closed_on < :until GROUP BY d.closure_reason", codes, year)));
        out.add(table("examens", "Examenonderdelen behaald",
                "Dossiers die in " + year + " een examenonderdeel behaalden (een dossier telt één keer per onderdeel).", "Onderdeel",
                enumKeys(ExamPart.values(), ExamPart::dutch),
                store.yearCounts("""
                        SELECT e.part AS k, COUNT(DISTINCT e.dossier_id) AS n
                          FROM exam_result e JOIN dossier d ON d.id = e.dossier_id
                         WHERE d.municipality_code IN (:codes) AND e.passed = TRUE AND e.taken_on >= :from AND e.taken_on < :until
                         GROUP BY e.part""", codes, year), false));
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put("PVT", "Participatieverklaring ondertekend (PVT)");
        modules.put("MAP", "Module arbeidsmarkt en participatie afgerond (MAP)");
        out.add(table("modules", "PVT en MAP", "Dossiers die in " + year + " de PVT of MAP afrondden.", "Module", modules,
                store.yearCounts("""
                        SELECT 'PVT' AS k, COUNT(*) AS n FROM participation_statement_progress x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.signed_on >= :from AND x.signed_on < :until
                        UNION ALL
                        SELECT 'MAP', COUNT(*) FROM labour_market_module_progress x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.completed_on >= :from AND x.completed_on < :until""", codes, year), false));
        Map<String, String> enforcement = new LinkedHashMap<>();
        enforcement.put("BREACH", "Overtredingen vastgelegd (inburgeraar gehoord)");
        enforcement.put("NONE", "Besluit: geen sanctie");
        enforcement.put("WARNING", "Besluit: schriftelijke waarschuwing");
        enforcement.put("FINE", "Boetes opgelegd (goedgekeurd en verzonden)");
        enforcement.put("OBJECTION", "Bezwaren ontvangen tegen een boete");
        enforcement.put("PW_MEASURE", "Maatregelen Participatiewet in plaats van een boete");
        out.add(table("handhaving", "Handhaving", "Overtredingen met een hoorgesprek in " + year + "; besluiten genomen in " + year
                        + " (een boete, Wi 2021 art. 22, telt op haar dagtekening, na goedkeuring door een tweede teamleider); bezwaren "
                        + "ontvangen in " + year + "; maatregelen Participatiewet besloten in " + year + ". Aantallen besluiten, geen personen.",
                "Onderdeel", enforcement,
                store.yearCounts("""
                        SELECT 'BREACH' AS k, COUNT(*) AS n FROM enforcement_breach x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.heard_on >= :from AND x.heard_on < :until
                        UNION ALL
                        SELECT x.kind, COUNT(*) FROM enforcement_decision x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.kind <> 'FINE' AND x.decided_on >= :from AND x.decided_on < :until
                         GROUP BY x.kind
                        UNION ALL
                        SELECT 'FINE', COUNT(*) FROM enforcement_decision x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.kind = 'FINE' AND x.status = 'APPROVED'
                           AND x.dated_on >= :from AND x.dated_on < :until
                        UNION ALL
                        SELECT 'OBJECTION', COUNT(*) FROM enforcement_objection x JOIN enforcement_decision e ON e.id = x.decision_id
                          JOIN dossier d ON d.id = e.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.received_on >= :from AND x.received_on < :until
                        UNION ALL
                        SELECT 'PW_MEASURE', COUNT(*) FROM enforcement_pw_measure x JOIN enforcement_breach b ON b.id = x.breach_id
                          JOIN dossier d ON d.id = b.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.decided_on >= :from AND x.decided_on < :until""", codes, year), false));
        Map<String, String> duo = new LinkedHashMap<>();
        duo.put("FINE_TERM", "Boetes van DUO: inburgeringstermijn niet gehaald");
        duo.put("FINE_MAP", "Boetes van DUO: MAP niet afgerond");
        duo.put("FINE_PVT", "Boetes van DUO: PVT niet afgerond");
        duo.put("TERM_EXTENDED", "Verlengingen van de inburgeringstermijn");
        duo.put("EXEMPTION", "Ontheffingen");
        duo.put("OTHER", "Andere besluiten");
        out.add(table("duo", "Besluiten van DUO", "Besluiten die DUO in " + year + " nam, zoals de gemeente ze heeft vastgelegd (DUO "
                        + "berekent en neemt ze; Regie legt ze alleen vast). Aantallen besluiten, geen personen.",
                "Besluit", duo,
                store.yearCounts("""
                        SELECT x.kind AS k, COUNT(*) AS n FROM duo_decision x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.decided_on >= :from AND x.decided_on < :until
                         GROUP BY x.kind""", codes, year), false));
        Map<String, String> relief = new LinkedHashMap<>();
        relief.put("STARTED", "Ontzorgen gestart (asielstatushouders)");
        relief.put("PAID", "Inburgeraars voor wie vaste lasten zijn betaald");
        relief.put("TRANSFERS", "Betalingen van vaste lasten uitgevoerd");
        out.add(table("ontzorgen", "Financieel ontzorgen",
                "Ontzorgen (Participatiewet art. 56a) met een eerste dag in " + year + "; betalingen met een uitvoeringsdatum in "
                        + year + ", geteld per inburgeraar en per overboeking.",
                "Onderdeel", relief,
                store.yearCounts("""
                        SELECT 'STARTED' AS k, COUNT(*) AS n FROM financial_relief x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.starts_on >= :from AND x.starts_on < :until
                        UNION ALL
                        SELECT 'PAID', COUNT(DISTINCT x.dossier_id) FROM relief_payment x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.execution_date >= :from AND x.execution_date < :until
                        UNION ALL
                        SELECT 'TRANSFERS', COUNT(*) FROM relief_payment x JOIN dossier d ON d.id = x.dossier_id
                         WHERE d.municipality_code IN (:codes) AND x.execution_date >= :from AND x.execution_date < :until""",
                        codes, year), false));
        out.add(table("lopend", "Lopende dossiers op 31 december",
                "Dossiers met een eerste stap op of vóór 31 december " + year + " die op die dag niet gesloten waren, per doelgroep.",
                "Doelgroep", enumKeys(TargetGroup.values(), TargetGroup::dutch),
                store.yearCounts("SELECT d.target_group AS k, COUNT(*) AS n " + IN
                        + "AND COALESCE(d.linked_on, d.warm_handover_on, d.housed_on, d.brp_registered_on) <= :end "
                        + "AND (d.closed_on IS NULL OR d.closed_on > :end) GROUP BY d.target_group", codes, year)));
        return out;
    }

    private static <E extends Enum<E>> Map<String, String> enumKeys(E[] values, Function<E, String> dutch) {
        Map<String, String> out = new LinkedHashMap<>();
        for (E e : values) {
            out.put(e.name(), dutch.apply(e));
        }
        return out;
    }

    private static Table table(String id, String title, String definition, String firstColumn, Map<String, String> keys, Map<String, Long> raw) {
        return table(id, title, definition, firstColumn, keys, raw, true);
    }

    /** A column of counts; the total only where the rows are parts of one whole. */
    private static Table table(String id, String title, String definition, String firstColumn, Map<String, String> keys,
                               Map<String, Long> raw, boolean withTotal) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        keys.keySet().forEach(k -> ordered.put(k, raw.getOrDefault(k, 0L)));
        List<Row> rows = new ArrayList<>();
        Figures.counts(ordered).forEach((k, c) -> rows.add(new Row(keys.get(k), List.of(c))));
        if (withTotal) {
            rows.add(new Row("Totaal", List.of(Figures.total(ordered))));
        }
        return new Table(id, title, definition, List.of(firstColumn, "Aantal"), rows, List.of(), "aantal", "bar");
    }
}
