package nl.regie.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regie.rules.LearningRoute;

/**
 * The forecast from the taakstelling (seed 003, bijlage 1 and "Risico's: onvoorspelbaarheid instroom"): pure
 * arithmetic, no Spring, no clock. Every figure is a {@link Range} — low, expected, high — because the instroom
 * "is zeer onderhevig aan exogene ontwikkelingen" (seed 003) and a single number would pretend a certainty nobody
 * has. The ranges are built from three explicit uncertainties:
 * <ol>
 *   <li>realisation: not every permit holder of the taakstelling is housed in that half year (or more are, seed 002);</li>
 *   <li>the share inburgeringsplichtig (minors and pensioners are in the taakstelling; seed 003 "circa 2/3", seed 001
 *       "circa 65%") plus or minus a margin;</li>
 *   <li>the route mix: the municipality's own estimate is the expected value, the national estimate 65/20/15
 *       (seed 003 footnote 33) the alternative; a route's low and high take the lower and higher of the two.</li>
 * </ol>
 * Consultant capacity follows the open dossiers: each half year a share {@code 6 / dossierMonths} of them leaves
 * (three-year term plus nazorg), and the half year's inburgeringsplichtigen come in.
 */
public final class PlanningForecast {

    private PlanningForecast() {
    }

    /** Low, expected and high value of one figure. */
    public record Range(double low, double expected, double high) {

        public static final Range ZERO = new Range(0, 0, 0);

        public Range plus(Range o) {
            return new Range(low + o.low, expected + o.expected, high + o.high);
        }

        public Range times(double f) {
            return new Range(low * f, expected * f, high * f);
        }
    }

    /** One half year to forecast: its taakstelling ({@code null} when not yet known) and the parameters in force. */
    public record HalfYearInput(HalfYear half, Integer quota, PlanningParameters parameters) {
    }

    public record HalfYearForecast(HalfYear half, Integer quota, PlanningParameters parameters, Range housed,
                                   Range obliged, Map<LearningRoute, Range> routes, Range openDossiers, Range fte,
                                   Map<BudgetLine, Range> costCents, Range totalCostCents) {
        public boolean quotaKnown() {
            return quota != null;
        }
    }

    /** A budget line (or the total, {@code line == null}) of one year against the budget share of the forecast halves. */
    public record LineVsBudget(BudgetLine line, Range costCents, Long yearBudgetCents, Double comparedBudgetCents,
                               BudgetStatus status) {
    }

    /**
     * One calendar year as far as the forecast covers it. When only one half year is in the forecast, its cost is
     * compared with half of the year's budget (an even spread over the year).
     */
    public record YearForecast(int year, List<HalfYear> halves, List<LineVsBudget> lines, LineVsBudget total) {
        public boolean wholeYear() {
            return halves.size() == 2;
        }
    }

    public record Forecast(long openDossiersNow, List<HalfYearForecast> halves, List<YearForecast> years) {
    }

    /**
     * @param openDossiersNow dossiers of the municipality that are not closed, today (an aggregate)
     * @param halves          consecutive half years, the first one the current
     * @param budgets         year → budget line → budget in cents (lines without a budget are absent)
     */
    public static Forecast forecast(long openDossiersNow, List<HalfYearInput> halves,
                                    Map<Integer, Map<BudgetLine, Long>> budgets) {
        List<HalfYearForecast> out = new ArrayList<>();
        Range stock = new Range(openDossiersNow, openDossiersNow, openDossiersNow);
        for (HalfYearInput in : halves) {
            PlanningParameters p = in.parameters();
            int quota = in.quota() == null ? 0 : in.quota();
            Range housed = new Range(
                    quota * pct(p.realisationLowPct().doubleValue()),
                    quota * pct(p.realisationExpectedPct().doubleValue()),
                    quota * pct(p.realisationHighPct().doubleValue()));
            double share = p.shareObligedPct().doubleValue();
            double margin = p.shareMarginPct().doubleValue();
            Range obliged = new Range(
                    housed.low() * pct(Math.max(0, share - margin)),
                    housed.expected() * pct(share),
                    housed.high() * pct(Math.min(100, share + margin)));

            Map<LearningRoute, Range> routes = new EnumMap<>(LearningRoute.class);
            for (LearningRoute r : LearningRoute.values()) {
                routes.put(r, spread(obliged, p.localMix(), mix -> pct(mix.percent(r))));
            }

            double leaves = 6.0 / p.dossierMonths();
            stock = stock.times(1 - leaves).plus(obliged);
            Range fte = stock.times(1.0 / p.caseloadPerFte());

            Map<BudgetLine, Range> costs = new EnumMap<>(BudgetLine.class);
            for (BudgetLine line : BudgetLine.values()) {
                costs.put(line, line == BudgetLine.CONSULTANTS
                        ? fte.times(p.unitCost(line) / 2.0)
                        : spread(obliged, p.localMix(), mix -> persons(line, mix)).times(p.unitCost(line)));
            }
            out.add(new HalfYearForecast(in.half(), in.quota(), p, housed, obliged, routes, stock, fte, costs,
                    totalCost(obliged, p, costs.get(BudgetLine.CONSULTANTS))));
        }
        return new Forecast(openDossiersNow, out, years(out, budgets));
    }

    /**
     * The total of one half year. Its low is the lower of the two route mixes' totals in the low scenario (not the
     * sum of every line's own low: the lows of the routes come from different mixes and would undercount).
     */
    static Range totalCost(Range obliged, PlanningParameters p, Range consultants) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (RouteMix mix : List.of(p.localMix(), RouteMix.NATIONAL)) {
            low = Math.min(low, servicesCost(obliged.low(), mix, p));
            high = Math.max(high, servicesCost(obliged.high(), mix, p));
        }
        return new Range(low, servicesCost(obliged.expected(), p.localMix(), p), high).plus(consultants);
    }

    private static double servicesCost(double obliged, RouteMix mix, PlanningParameters p) {
        double sum = 0;
        for (BudgetLine line : BudgetLine.values()) {
            if (line != BudgetLine.CONSULTANTS) {
                sum += obliged * persons(line, mix) * p.unitCost(line);
            }
        }
        return sum;
    }

    /** The share of the inburgeringsplichtigen a budget line counts, under a route mix. */
    static double persons(BudgetLine line, RouteMix mix) {
        return switch (line) {
            case ROUTE_B1 -> pct(mix.b1());
            case ROUTE_EDUCATION -> pct(mix.education());
            case ROUTE_SELF_RELIANCE -> pct(mix.selfReliance());
            case LABOUR_MARKET_MODULE -> pct(mix.b1() + mix.selfReliance());
            case PARTICIPATION_STATEMENT, SOCIAL_GUIDANCE, INTERPRETERS -> 1.0;
            case CONSULTANTS -> throw new IllegalArgumentException("consultants are counted in fte");
        };
    }

    /** Expected: the local mix on the expected count; low/high: the lower/higher of local and national mix. */
    private static Range spread(Range obliged, RouteMix local, java.util.function.ToDoubleFunction<RouteMix> share) {
        double l = share.applyAsDouble(local);
        double n = share.applyAsDouble(RouteMix.NATIONAL);
        return new Range(obliged.low() * Math.min(l, n), obliged.expected() * l, obliged.high() * Math.max(l, n));
    }

    private static List<YearForecast> years(List<HalfYearForecast> halves, Map<Integer, Map<BudgetLine, Long>> budgets) {
        Map<Integer, List<HalfYearForecast>> byYear = new TreeMap<>();
        for (HalfYearForecast h : halves) {
            byYear.computeIfAbsent(h.half().year(), y -> new ArrayList<>()).add(h);
        }
        List<YearForecast> years = new ArrayList<>();
        byYear.forEach((year, hs) -> {
            double part = hs.size() / 2.0;
            Map<BudgetLine, Long> budget = budgets.getOrDefault(year, Map.of());
            List<LineVsBudget> lines = new ArrayList<>();
            Range total = Range.ZERO;
            for (BudgetLine line : BudgetLine.values()) {
                Range cost = Range.ZERO;
                for (HalfYearForecast h : hs) {
                    cost = cost.plus(h.costCents().get(line));
                }
                Long b = budget.get(line);
                Double compared = b == null ? null : b * part;
                lines.add(new LineVsBudget(line, cost, b, compared, BudgetStatus.of(cost, compared)));
            }
            for (HalfYearForecast h : hs) {
                total = total.plus(h.totalCostCents());
            }
            boolean allBudgeted = budget.keySet().containsAll(List.of(BudgetLine.values()));
            Long yearBudget = allBudgeted ? budget.values().stream().mapToLong(Long::longValue).sum() : null;
            Double compared = yearBudget == null ? null : yearBudget * part;
            years.add(new YearForecast(year, hs.stream().map(HalfYearForecast::half).toList(), lines,
                    new LineVsBudget(null, total, yearBudget, compared, BudgetStatus.of(total, compared))));
        });
        return years;
    }

    private static double pct(double percent) {
        return percent / 100.0;
    }
}
