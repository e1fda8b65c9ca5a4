package nl.regie.planning;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.DossierCounts;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.planning.PlanningForecast.Forecast;
import nl.regie.planning.PlanningForecast.HalfYearForecast;
import nl.regie.planning.PlanningForecast.HalfYearInput;
import nl.regie.planning.PlanningForecast.LineVsBudget;
import nl.regie.planning.PlanningForecast.Range;
import nl.regie.rules.LearningRoute;

/**
 * The planning of the own municipality and its forecast. Reads no person: the only dossier figure is the number
 * of open dossiers from {@link DossierCounts}. Viewing and downloading are not written to the access log, which is
 * for personal data (see DEVELOPMENT.md "Planning"); changes are, by {@link EditingPlanning}.
 */
@Service
public class PlanningOverview {

    /** How far ahead the forecast reaches at most: five years of half years. */
    static final int MAX_HALVES = 10;

    private final PlanningStore store;
    private final DossierCounts counts;
    private final Clock clock;

    PlanningOverview(PlanningStore store, DossierCounts counts, Clock clock) {
        this.store = store;
        this.counts = counts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlanningView view(RegieUser user) {
        String municipality = PlanningAccess.municipalityOf(user);
        LocalDate today = LocalDate.now(clock);
        HalfYear current = HalfYear.containing(today);
        List<HousingQuota> quotas = store.quotas(municipality);
        List<PlanningParameters> history = store.parameterHistory(municipality);

        HalfYear last = quotas.stream().map(HousingQuota::half).max(Comparator.naturalOrder())
                .filter(h -> h.compareTo(current.next()) > 0).orElse(current.next());
        List<HalfYearInput> inputs = new ArrayList<>();
        List<HalfYear> without = new ArrayList<>();
        HalfYear h = current;
        for (int i = 0; i < MAX_HALVES && h.compareTo(last) <= 0; i++, h = h.next()) {
            HalfYear half = h;
            // The current half year uses today's parameters, so a new version shows at once.
            LocalDate on = half.equals(current) ? today : half.firstDay();
            Optional<PlanningParameters> p = inForce(history, on);
            Integer quota = quotas.stream().filter(q -> q.half().equals(half)).map(HousingQuota::persons).findFirst().orElse(null);
            if (p.isPresent()) {
                inputs.add(new HalfYearInput(half, quota, p.get()));
            } else {
                without.add(half);
            }
        }
        var byState = counts.byState(user);
        long open = 0;
        for (var e : byState.entrySet()) {
            if (e.getKey() != DossierState.CLOSED) {
                open += e.getValue().value();
            }
        }
        boolean small = open > 0 && open < DossierCounts.SUPPRESS_BELOW;
        Forecast forecast = PlanningForecast.forecast(open, inputs, store.budgetsByYear(municipality));
        List<PlanningParameters> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        return new PlanningView(municipality, today, current, quotas, newestFirst, inForce(history, today),
                store.budgets(municipality), small ? "minder dan 5" : String.valueOf(open), forecast, without);
    }

    /** The forecast as CSV (semicolon, Dutch decimal comma, UTF-8 with BOM so spreadsheet programs read it). */
    @Transactional(readOnly = true)
    public byte[] csv(RegieUser user) {
        PlanningView v = view(user);
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("periode;onderdeel;eenheid;laag;verwacht;hoog;begroting;vergeleken met;oordeel\r\n");
        for (HalfYearForecast h : v.forecast().halves()) {
            String p = h.half().dutch();
            row(out, p, "Taakstelling", "personen", h.quotaKnown() ? String.valueOf(h.quota()) : "onbekend", null, null);
            row(out, p, "Gehuisvest", "personen", h.housed(), PlanningFigures::plain);
            row(out, p, "Inburgeringsplichtig", "personen", h.obliged(), PlanningFigures::plain);
            for (LearningRoute r : LearningRoute.values()) {
                row(out, p, r.dutch(), "personen", h.routes().get(r), PlanningFigures::plain);
            }
            row(out, p, "Dossiers in behandeling eind halfjaar", "dossiers", h.openDossiers(), PlanningFigures::persons);
            row(out, p, "Consulenten", "fte", h.fte(), PlanningFigures::fte);
            for (BudgetLine l : BudgetLine.values()) {
                row(out, p, l.dutch(), "euro", h.costCents().get(l), c -> PlanningFigures.plain(Math.round(c) / 100.0));
            }
            row(out, p, "Totaal kosten", "euro", h.totalCostCents(), c -> PlanningFigures.plain(Math.round(c) / 100.0));
        }
        for (var y : v.forecast().years()) {
            String p = y.year() + (y.wholeYear() ? "" : " (alleen " + y.halves().get(0).dutch() + ")");
            for (LineVsBudget l : y.lines()) {
                budgetRow(out, p, l.line().dutch(), l);
            }
            budgetRow(out, p, "Totaal", y.total());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void budgetRow(StringBuilder out, String period, String what, LineVsBudget l) {
        DoubleFunction<String> euros = c -> PlanningFigures.plain(Math.round(c) / 100.0);
        out.append(String.join(";", cell(period), cell("Kosten " + what), "euro",
                euros.apply(l.costCents().low()), euros.apply(l.costCents().expected()), euros.apply(l.costCents().high()),
                l.yearBudgetCents() == null ? "" : euros.apply(l.yearBudgetCents()),
                l.comparedBudgetCents() == null ? "" : euros.apply(l.comparedBudgetCents()),
                cell(l.status().dutch()))).append("\r\n");
    }

    private static void row(StringBuilder out, String period, String what, String unit, Range r, DoubleFunction<String> f) {
        row(out, period, what, unit, f.apply(r.low()), f.apply(r.expected()), f.apply(r.high()));
    }

    private static void row(StringBuilder out, String period, String what, String unit, String low, String exp, String high) {
        out.append(String.join(";", cell(period), cell(what), unit, low, exp == null ? low : exp, high == null ? low : high,
                "", "", "")).append("\r\n");
    }

    private static String cell(String s) {
        return s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The version with the latest valid-from on or before {@code on}. */
    static Optional<PlanningParameters> inForce(List<PlanningParameters> oldestFirst, LocalDate on) {
        PlanningParameters found = null;
        for (PlanningParameters p : oldestFirst) {
            if (!p.validFrom().isAfter(on)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }
}
