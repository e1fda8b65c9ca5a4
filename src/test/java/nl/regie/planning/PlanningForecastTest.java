package nl.regie.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.regie.planning.PlanningForecast.Forecast;
import nl.regie.planning.PlanningForecast.HalfYearInput;
import nl.regie.planning.PlanningForecast.Range;
import nl.regie.rules.LearningRoute;

/**
 * The forecast arithmetic, every expected value worked out by hand in the comments. Unit costs in the tests are in
 * euros × 100 (cents), as stored.
 */
class PlanningForecastTest {

    private static final double EPS = 1e-6;
    private static final HalfYear H2_2026 = new HalfYear(2026, 2);

    /** B1 €10.000, onderwijsroute €13.000, Z €9.000, MAP €1.000, PVT €400, MB €2.370, tolk €300, consulent €80.000/jaar. */
    static Map<BudgetLine, Long> costs() {
        Map<BudgetLine, Long> c = new EnumMap<>(BudgetLine.class);
        c.put(BudgetLine.ROUTE_B1, 1_000_000L);
        c.put(BudgetLine.ROUTE_EDUCATION, 1_300_000L);
        c.put(BudgetLine.ROUTE_SELF_RELIANCE, 900_000L);
        c.put(BudgetLine.LABOUR_MARKET_MODULE, 100_000L);
        c.put(BudgetLine.PARTICIPATION_STATEMENT, 40_000L);
        c.put(BudgetLine.SOCIAL_GUIDANCE, 237_000L);
        c.put(BudgetLine.INTERPRETERS, 30_000L);
        c.put(BudgetLine.CONSULTANTS, 8_000_000L);
        return c;
    }

    static PlanningParameters params(String share, String margin, String rLow, String rExp, String rHigh, RouteMix mix,
                                     int caseload, int months) {
        return new PlanningParameters(1, LocalDate.of(2022, 1, 1), new BigDecimal(share), new BigDecimal(margin),
                new BigDecimal(rLow), new BigDecimal(rExp), new BigDecimal(rHigh), mix, caseload, months, costs(), List.of(), "test");
    }

    /** Share 60 % ± 10, realisation 80/90/100 %, local mix 55/20/25 (seed 003), 40 dossiers per fte, 30 months open. */
    static PlanningParameters standard() {
        return params("60", "10", "80", "90", "100", new RouteMix(55, 20, 25), 40, 30);
    }

    private static void assertRange(Range r, double low, double expected, double high) {
        assertThat(r.low()).as("laag").isCloseTo(low, within(EPS));
        assertThat(r.expected()).as("verwacht").isCloseTo(expected, within(EPS));
        assertThat(r.high()).as("hoog").isCloseTo(high, within(EPS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # housed = quota × realisation; obliged = housed × (share − margin | share | share + margin)
            # 20 × 80% = 16 × 50% = 8;  20 × 90% = 18 × 60% = 10,8;  20 × 100% = 20 × 70% = 14
            standard scenario                        | 20 | 80  | 90  | 100 | 60    | 10 | 8       | 10.8    | 14
            # seed 003: 42 a year at about 2/3 → 42 × 66,67% = 28,0014 (the seed's table rounds to 27–28)
            seed 003 Wassenaar 2021, no uncertainty  | 42 | 100 | 100 | 100 | 66.67 | 0  | 28.0014 | 28.0014 | 28.0014
            # seed 001: 65% inburgeringsplichtig; 14 × 65% = 9,1 (the seed's table shows 18 for a whole year of 28: 28 × 65% = 18,2)
            seed 001 Zevenaar first half 2020        | 14 | 100 | 100 | 100 | 65    | 0  | 9.1     | 9.1     | 9.1
            # margin is clamped at 0% and 100%: share 95 ± 10 → 85% and 100%; 10 × 110% = 11 × 100% = 11
            margin clamped above 100%                | 10 | 100 | 100 | 110 | 95    | 10 | 8.5     | 9.5     | 11
            # no taakstelling: nobody comes in
            quota zero                               | 0  | 80  | 90  | 100 | 60    | 10 | 0       | 0       | 0
            """)
    void inburgeringsplichtigenFromTheTaakstelling(String behaviour, int quota, String rLow, String rExp, String rHigh,
                                                    String share, String margin, double low, double expected, double high) {
        var p = params(share, margin, rLow, rExp, rHigh, RouteMix.NATIONAL, 40, 30);
        Forecast f = PlanningForecast.forecast(0, List.of(new HalfYearInput(H2_2026, quota, p)), Map.of());
        assertRange(f.halves().get(0).obliged(), low, expected, high);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # obliged 8 / 10,8 / 14; local 55/20/25 against national 65/20/15
            # B1: low 8 × min(55,65)% = 4,4; expected 10,8 × 55% = 5,94; high 14 × max(55,65)% = 9,1
            B1 local below national          | B1            | 4.4 | 5.94 | 9.1
            # onderwijsroute 20% in both: 8 × 20% = 1,6; 10,8 × 20% = 2,16; 14 × 20% = 2,8
            onderwijsroute same in both      | EDUCATION     | 1.6 | 2.16 | 2.8
            # Z: low 8 × min(25,15)% = 1,2; expected 10,8 × 25% = 2,7; high 14 × max(25,15)% = 3,5
            Z-route local above national     | SELF_RELIANCE | 1.2 | 2.7  | 3.5
            """)
    void routeMixRangesTakeTheLowerAndHigherOfLocalAndNational(String behaviour, LearningRoute route, double low,
                                                                 double expected, double high) {
        Forecast f = PlanningForecast.forecast(0, List.of(new HalfYearInput(H2_2026, 20, standard())), Map.of());
        assertRange(f.halves().get(0).routes().get(route), low, expected, high);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # obliged 8 / 10,8 / 14, in cents
            # B1 at €10.000: 4,4 × 10.000 = 44.000; 5,94 × 10.000 = 59.400; 9,1 × 10.000 = 91.000
            leerroute B1                     | ROUTE_B1                | 4400000  | 5940000  | 9100000
            # MAP counts B1 + Z (not the onderwijsroute): 80% in both mixes; 6,4 / 8,64 / 11,2 × €1.000
            MAP only in B1- and Z-route      | LABOUR_MARKET_MODULE    | 640000   | 864000   | 1120000
            # PVT for everyone: 8 / 10,8 / 14 × €400 = 3.200 / 4.320 / 5.600
            PVT every inburgeringsplichtige  | PARTICIPATION_STATEMENT | 320000   | 432000   | 560000
            # MB at €2.370 (seed 000): 8 × 2.370 = 18.960; 10,8 × 2.370 = 25.596; 14 × 2.370 = 33.180
            maatschappelijke begeleiding     | SOCIAL_GUIDANCE         | 1896000  | 2559600  | 3318000
            # consultants: fte (2,2 / 2,27 / 2,35, see the capacity test) × half of €80.000 = 88.000 / 90.800 / 94.000
            consultants half a year          | CONSULTANTS             | 8800000  | 9080000  | 9400000
            """)
    void costPerBudgetLine(String behaviour, BudgetLine line, double low, double expected, double high) {
        Forecast f = PlanningForecast.forecast(100, List.of(new HalfYearInput(H2_2026, 20, standard())), Map.of());
        assertRange(f.halves().get(0).costCents().get(line), low, expected, high);
    }

    @Test
    void capacityFollowsTheOpenDossiersMinusOutflowPlusInflow() {
        // Half 1: 100 open dossiers, 30 months open → 6/30 = 20% leave a half year → 80; plus obliged 8 / 10,8 / 14
        //         = 88 / 90,8 / 94 dossiers; at 40 per fte: 2,2 / 2,27 / 2,35 fte.
        // Half 2: no taakstelling known → nobody comes in; 88 × 0,8 = 70,4; 90,8 × 0,8 = 72,64; 94 × 0,8 = 75,2
        //         → 1,76 / 1,816 / 1,88 fte.
        Forecast f = PlanningForecast.forecast(100, List.of(
                new HalfYearInput(H2_2026, 20, standard()),
                new HalfYearInput(H2_2026.next(), null, standard())), Map.of());
        assertRange(f.halves().get(0).openDossiers(), 88, 90.8, 94);
        assertRange(f.halves().get(0).fte(), 2.2, 2.27, 2.35);
        assertThat(f.halves().get(1).quotaKnown()).isFalse();
        assertRange(f.halves().get(1).openDossiers(), 70.4, 72.64, 75.2);
        assertRange(f.halves().get(1).fte(), 1.76, 1.816, 1.88);
    }

    @Test
    void theTotalTakesTheWholeMixNotTheSumOfEachLinesExtreme() {
        // Per inburgeringsplichtige, local mix 55/20/25:
        //   0,55 × 10.000 + 0,20 × 13.000 + 0,25 × 9.000 + 0,80 × 1.000 + 400 + 2.370 + 300 = 14.220
        // national 65/20/15:
        //   0,65 × 10.000 + 0,20 × 13.000 + 0,15 × 9.000 + 0,80 × 1.000 + 400 + 2.370 + 300 = 14.320
        // low  = min(8 × 14.220, 8 × 14.320) = 113.760, plus consultants 88.000 = 201.760
        // exp  = 10,8 × 14.220 = 153.576, plus 90.800 = 244.376
        // high = max(14 × 14.220, 14 × 14.320) = 200.480, plus 94.000 = 294.480
        Forecast f = PlanningForecast.forecast(100, List.of(new HalfYearInput(H2_2026, 20, standard())), Map.of());
        assertRange(f.halves().get(0).totalCostCents(), 20_176_000, 24_437_600, 29_448_000);
    }

    @Test
    void aYearWithOneForecastHalfIsComparedWithHalfItsBudget() {
        // Only the second half of 2026 is forecast; B1 budget 2026 €100.000 → compared with €50.000.
        // B1 cost 44.000 / 59.400 / 91.000: expected above 50.000, low below → expected over budget.
        // PVT 3.200 / 4.320 / 5.600 against half of €20.000 = 10.000 → within.
        Forecast f = PlanningForecast.forecast(100, List.of(new HalfYearInput(H2_2026, 20, standard())),
                Map.of(2026, Map.of(BudgetLine.ROUTE_B1, 10_000_000L, BudgetLine.PARTICIPATION_STATEMENT, 2_000_000L)));
        var year = f.years().get(0);
        assertThat(year.year()).isEqualTo(2026);
        assertThat(year.wholeYear()).isFalse();
        var b1 = year.lines().get(BudgetLine.ROUTE_B1.ordinal());
        assertThat(b1.comparedBudgetCents()).isCloseTo(5_000_000, within(EPS));
        assertThat(b1.status()).isEqualTo(BudgetStatus.EXPECTED_OVER);
        assertThat(year.lines().get(BudgetLine.PARTICIPATION_STATEMENT.ordinal()).status()).isEqualTo(BudgetStatus.WITHIN);
        assertThat(year.lines().get(BudgetLine.INTERPRETERS.ordinal()).status()).isEqualTo(BudgetStatus.NO_BUDGET);
        // not every line has a budget, so the total is not compared
        assertThat(year.total().status()).isEqualTo(BudgetStatus.NO_BUDGET);
    }

    @Test
    void aWholeYearSumsBothHalvesAgainstTheWholeBudget() {
        // 2027-1 and 2027-2, each 20 persons: B1 2 × (44.000 / 59.400 / 91.000) = 88.000 / 118.800 / 182.000
        // against €200.000 → within; against €150.000 → at risk (expected fits, high does not).
        var halves = List.of(new HalfYearInput(new HalfYear(2027, 1), 20, standard()),
                new HalfYearInput(new HalfYear(2027, 2), 20, standard()));
        var within = PlanningForecast.forecast(0, halves, Map.of(2027, Map.of(BudgetLine.ROUTE_B1, 20_000_000L))).years().get(0);
        assertThat(within.wholeYear()).isTrue();
        assertRange(within.lines().get(0).costCents(), 8_800_000, 11_880_000, 18_200_000);
        assertThat(within.lines().get(0).status()).isEqualTo(BudgetStatus.WITHIN);
        var atRisk = PlanningForecast.forecast(0, halves, Map.of(2027, Map.of(BudgetLine.ROUTE_B1, 15_000_000L))).years().get(0);
        assertThat(atRisk.lines().get(0).status()).isEqualTo(BudgetStatus.AT_RISK);
    }

    @ParameterizedTest(name = "cost {0}/{1}/{2} against budget {3} → {4}")
    @CsvSource(textBlock = """
            # high ≤ budget: within, also exactly on the budget
            10, 20, 30, 30, WITHIN
            10, 20, 30, 100, WITHIN
            # expected ≤ budget < high: at risk
            10, 20, 30, 20, AT_RISK
            # low ≤ budget < expected
            10, 20, 30, 15, EXPECTED_OVER
            # even the low scenario is above
            10, 20, 30, 9, OVER
            """)
    void budgetStatus(double low, double expected, double high, double budget, BudgetStatus status) {
        assertThat(BudgetStatus.of(new Range(low, expected, high), budget)).isEqualTo(status);
    }

    @Test
    void noBudgetIsNoBudget() {
        assertThat(BudgetStatus.of(new Range(1, 2, 3), null)).isEqualTo(BudgetStatus.NO_BUDGET);
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01, 2026, 1", "2026-06-30, 2026, 1", "2026-07-01, 2026, 2", "2026-12-31, 2026, 2"})
    void halfYearOfADate(LocalDate date, int year, int half) {
        assertThat(HalfYear.containing(date)).isEqualTo(new HalfYear(year, half));
    }
}
