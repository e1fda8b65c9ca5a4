package nl.regie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.TargetGroup;

/**
 * Every KPI on the hand-built {@link CohortFixture}, the expected values worked out here from the fixture's dates
 * (never copied from the output). Peildatum 30-06-2026: every window of cohort 2022-H1 has passed.
 */
class KpiComputationTest extends IntegrationTest {

    @Autowired
    Monitoring monitoring;

    static final LocalDate PEIL = LocalDate.of(2026, 6, 30);

    private Dashboard dashboard(CohortFixture f, LocalDate peil, TargetGroup group, LearningRoute route) {
        RegieUser officer = new RegieUser("t-beleid-" + f.municipality, "Beleid", Role.POLICY_OFFICER, f.municipality, null, true);
        return monitoring.dashboard(officer, new MonitoringFilter(Period.parse("2022-H1").orElseThrow(), peil,
                Scope.OWN_MUNICIPALITY, group, route));
    }

    private CohortFixture fixture() {
        return new CohortFixture(jdbc, CohortFixture.freshMunicipality(jdbc)).build();
    }

    static String cell(Dashboard d, String table, String row, int column) {
        return cell(d.table(table), row, column);
    }

    static String cell(Figures.Table table, String row, int column) {
        return table.rows().stream().filter(r -> r.label().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError("geen rij " + row + " in " + table.id())).cells().get(column).text();
    }

    @Test
    void inflowCountsTheCohortByTargetGroupAndLeavesOutDossiersHousedOutsideThePeriod() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // A (6) + B (5) asylum permit holders; C (5) family migrants join by BRP date 01-04-2022; 31-12-2021 and 01-07-2022 are outside.
        assertThat(cell(d, "instroom", "Asielstatushouder", 0)).isEqualTo("11");
        assertThat(cell(d, "instroom", "Gezinsmigrant", 0)).isEqualTo("5");
        assertThat(cell(d, "instroom", "Overige migrant", 0)).isEqualTo("0");
        assertThat(cell(d, "instroom", "Totaal", 0)).isEqualTo("16");
    }

    @Test
    void medianDaysToPlanAndSharesWithinTheStoredDeadlines() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // Days BRP → PIP: C 5 × 30, A 6 × 40 (20-01 → 01-03-2022: 11 + 28 + 1), B 5 × 118 (12-02 → 10-06: 16 + 31 + 30 + 31 + 10).
        // Sorted, the 8th and 9th of 16 values are both 40.
        assertThat(cell(d, "pip", "Mediaan dagen van BRP-inschrijving tot PIP", 0)).isEqualTo("40,0 dagen");
        assertThat(cell(d, "pip", "Mediaan dagen van BRP-inschrijving tot PIP", 1)).isEqualTo("16");
        // Statutory: A (01-03 ≤ 30-03) and C (01-05 ≤ 10-06) in time, B (10-06 > 22-04) late: 11 / 16 = 68.75%.
        assertThat(cell(d, "indicatoren", Kpi.PIP_WITHIN_STATUTORY_DEADLINE.dutch(), 0)).isEqualTo("68,8%");
        // Municipal deadline only for A, and A was late (01-03 > 25-02): 0 / 6 — a real zero, not "geen gegevens".
        assertThat(cell(d, "indicatoren", Kpi.PIP_WITHIN_MUNICIPAL_DEADLINE.dutch(), 0)).isEqualTo("0,0%");
        assertThat(cell(d, "indicatoren", Kpi.PIP_WITHIN_MUNICIPAL_DEADLINE.dutch(), 1)).isEqualTo("6");
    }

    @Test
    void startedWithinThreeAndSixMonthsOfHousing() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // A: housed 15-01, started 15-03 < 15-04 → within 3. B: housed 10-02, started 20-06: after 10-05, before 10-08 → within 6.
        // C: BRP 01-04, started 01-11: after 01-10 → neither. 3 months: 6 / 16 = 37.5%; 6 months: 11 / 16 = 68.75%.
        assertThat(cell(d, "indicatoren", Kpi.STARTED_WITHIN_3_MONTHS.dutch(), 0)).isEqualTo("37,5%");
        assertThat(cell(d, "indicatoren", Kpi.STARTED_WITHIN_6_MONTHS.dutch(), 0)).isEqualTo("68,8%");
        assertThat(cell(d, "indicatoren", Kpi.STARTED_WITHIN_6_MONTHS.dutch(), 1)).isEqualTo("16");
    }

    @Test
    void aWholeYearIsCountedOnItsOwnNotFromTheHalfYearTrend() {
        CohortFixture f = fixture();
        RegieUser officer = new RegieUser("t-beleid-" + f.municipality, "Beleid", Role.POLICY_OFFICER, f.municipality, null, true);
        Dashboard year = monitoring.dashboard(officer, new MonitoringFilter(Period.parse("2022").orElseThrow(), PEIL,
                Scope.OWN_MUNICIPALITY, null, null));
        // 2022 adds the dossier housed 01-07-2022 that never started: 3 months 6 / 17 = 35.29%, 6 months 11 / 17 = 64.71%.
        assertThat(cell(year, "indicatoren", Kpi.STARTED_WITHIN_3_MONTHS.dutch(), 0)).isEqualTo("35,3%");
        assertThat(cell(year, "indicatoren", Kpi.STARTED_WITHIN_6_MONTHS.dutch(), 0)).isEqualTo("64,7%");
        assertThat(cell(year, "indicatoren", Kpi.STARTED_WITHIN_6_MONTHS.dutch(), 1)).isEqualTo("17");
        // The trend still shows the half years apart: 2022-H1 as in the test above; 2022-H2 has the one dossier (suppressed).
        assertThat(cell(year, "trend-started-within-3-months", "1e halfjaar 2022", 0)).isEqualTo("37,5%");
    }

    @Test
    void routeMixHoursAgainstNormsPvtAndMap() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        assertThat(cell(d, "routes", "B1-route", 0)).isEqualTo("6");
        assertThat(cell(d, "routes", "Zelfredzaamheidsroute (Z-route)", 0)).isEqualTo("5");
        assertThat(cell(d, "routes", "Onderwijsroute", 0)).isEqualTo("5");
        // 6 of 16 = 37.5%.
        assertThat(cell(d, "routes", "B1-route", 1)).isEqualTo("37,5%");
        // PVT: A's 12 hours reach the norm of 12: 6 / 16. MAP practical: nobody: 0 / 16.
        assertThat(cell(d, "uren", "PVT: 12 uur", 0)).isEqualTo("37,5%");
        assertThat(cell(d, "uren", "MAP praktijkdeel: 40 uur", 0)).isEqualTo("0,0%");
        // Z-route: all five B have 850 ≥ 800 language hours (5 / 5), and 400 < 800 participation hours (0 / 5).
        assertThat(cell(d, "uren", "Z-route taal incl. KNM: 800 uur", 0)).isEqualTo("100,0%");
        assertThat(cell(d, "uren", "Z-route participatie (asielstatushouders): 800 uur", 0)).isEqualTo("0,0%");
        // PVT signed by A: 6 / 16; MAP completed by nobody: 0 / 16.
        assertThat(cell(d, "indicatoren", Kpi.PVT_COMPLETED.dutch(), 0)).isEqualTo("37,5%");
        assertThat(cell(d, "indicatoren", Kpi.MAP_COMPLETED.dutch(), 0)).isEqualTo("0,0%");
    }

    @Test
    void examPassRatesPerPartAndRoute() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // Reading: six B1 candidates, five passed at the second attempt: 5 / 6 = 83.3%; attempts 6 + 5 = 11.
        assertThat(cell(d, "examens", "Alle routes — Lezen", 0)).isEqualTo("83,3%");
        assertThat(cell(d, "examens", "Alle routes — Lezen", 1)).isEqualTo("6");
        assertThat(cell(d, "examens", "Alle routes — Lezen", 2)).isEqualTo("11");
        assertThat(cell(d, "examens", "B1-route — Lezen", 0)).isEqualTo("83,3%");
        assertThat(cell(d, "examens", "Alle routes — Schrijven", 0)).isEqualTo(Figures.NO_DATA);
    }

    @Test
    void monthsToCompletionAndCompletedWithinTheTerm() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // B1: term start 01-03-2022 → exam 01-06-2024 = 365 + 366 + 92 = 823 days; 823 / 30.4375 = 27.04 → 27,0.
        assertThat(cell(d, "doorlooptijd", "B1-route", 0)).isEqualTo("27,0 maanden");
        // Onderwijsroute: 01-05-2022 → 01-12-2023 = 365 + 214 = 579 days; 579 / 30.4375 = 19.02 → 19,0.
        assertThat(cell(d, "doorlooptijd", "Onderwijsroute", 0)).isEqualTo("19,0 maanden");
        assertThat(cell(d, "doorlooptijd", "Zelfredzaamheidsroute (Z-route)", 0)).isEqualTo(Figures.NO_DATA);
        // Within term: A (6) and C (5) completed before their term ended; B1–B4 not; B5 moved away and does not count:
        // 11 / 15 = 73.33%.
        assertThat(cell(d, "indicatoren", Kpi.COMPLETED_WITHIN_TERM.dutch(), 0)).isEqualTo("73,3%");
        assertThat(cell(d, "indicatoren", Kpi.COMPLETED_WITHIN_TERM.dutch(), 1)).isEqualTo("15");
    }

    @Test
    void participationAtTwelveMonthsTwoAndThreeYearsSaysWhereDataIsMissing() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // 12 months: only A has a record before then (nulmeting, trede 2: not participating): 0 / 6; B and C: no data (10).
        assertThat(cell(d, "participatie", "Participeert (aandeel)", 0)).isEqualTo("0,0%");
        assertThat(cell(d, "participatie", "Dossiers zonder gegevens", 0)).isEqualTo("10");
        // 2 years: A still trede 2, B own income since 01-03-2023 (paid work): 5 / 11 = 45.45%; C no data yet (5).
        assertThat(cell(d, "participatie", "Participeert (aandeel)", 1)).isEqualTo("45,5%");
        assertThat(cell(d, "participatie", "Dossiers zonder gegevens", 1)).isEqualTo("5");
        // 3 years: A eindmeting trede 6 (paid), B paid, C aftercare "opleiding": 16 / 16; 11 in paid work, 5 in education.
        assertThat(cell(d, "participatie", "Participeert (aandeel)", 2)).isEqualTo("100,0%");
        assertThat(cell(d, "participatie", "Betaald werk", 2)).isEqualTo("11");
        assertThat(cell(d, "participatie", "Opleiding", 2)).isEqualTo("5");
        assertThat(cell(d, "indicatoren", Kpi.PARTICIPATING_AT_36_MONTHS.dutch(), 0)).isEqualTo("100,0%");
        // Paid work by the end of the term: A (eindmeting 15-06-2024) and B1–B4 (own income) yes, C (education) no,
        // B5 moved: 10 / 15 = 66.67%.
        assertThat(cell(d, "indicatoren", Kpi.PAID_WORK_WITHIN_TERM.dutch(), 0)).isEqualTo("66,7%");
    }

    @Test
    void baselineAgainstFinalMeasurementWithoutHealthScores() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // Only A has both: ladder 2 → 6; ZRM (finances, housing) (2 + 3) / 2 = 2.5 → (4 + 5) / 2 = 4.5; the health score
        // (1 → 5) would have changed both averages had it counted.
        assertThat(cell(d, "metingen", "Participatieladder (gemiddelde trede, 1–6)", 0)).isEqualTo("2,0");
        assertThat(cell(d, "metingen", "Participatieladder (gemiddelde trede, 1–6)", 1)).isEqualTo("6,0");
        assertThat(cell(d, "metingen", "Zelfredzaamheidsmatrix (gemiddelde score, 1–5)", 0)).isEqualTo("2,5");
        assertThat(cell(d, "metingen", "Zelfredzaamheidsmatrix (gemiddelde score, 1–5)", 1)).isEqualTo("4,5");
        assertThat(cell(d, "metingen", "Gestegen op de participatieladder", 1)).isEqualTo("100,0%");
    }

    @Test
    void statesOnThePeildatumWithSuppressionOfSmallCounts() {
        Dashboard d = dashboard(fixture(), PEIL, null, null);
        // On 30-06-2026: A and C completed (11), B1–B4 in route (4), B5 closed (1), the two outside the cohort housed (2).
        assertThat(cell(d, "status", "Afgerond", 0)).isEqualTo("11");
        assertThat(cell(d, "status", "In leerroute", 0)).isEqualTo("minder dan 5");
        assertThat(cell(d, "status", "Gesloten", 0)).isEqualTo("minder dan 5");
        assertThat(cell(d, "status", "Gehuisvest", 0)).isEqualTo("minder dan 5");
        assertThat(cell(d, "status", "Totaal", 0)).isEqualTo("18");
    }

    @Test
    void filtersNarrowTheCohortAndSmallGroupsAreSuppressed() {
        CohortFixture f = fixture();
        Dashboard family = dashboard(f, PEIL, TargetGroup.FAMILY_MIGRANT, null);
        assertThat(cell(family, "instroom", "Totaal", 0)).isEqualTo("5");
        // C only: started within 6 months 0 / 5.
        assertThat(cell(family, "indicatoren", Kpi.STARTED_WITHIN_6_MONTHS.dutch(), 0)).isEqualTo("0,0%");
        Dashboard b1 = dashboard(f, PEIL, null, LearningRoute.B1);
        assertThat(cell(b1, "instroom", "Totaal", 0)).isEqualTo("6");
        // Route filter on the Z-route, where one of five moved: completed within term has 4 dossiers behind it → suppressed.
        Dashboard z = dashboard(f, PEIL, null, LearningRoute.SELF_RELIANCE);
        assertThat(cell(z, "indicatoren", Kpi.COMPLETED_WITHIN_TERM.dutch(), 0)).isEqualTo("minder dan 5 dossiers");
        assertThat(cell(z, "indicatoren", Kpi.COMPLETED_WITHIN_TERM.dutch(), 1)).isEqualTo("minder dan 5");
    }

    @Test
    void trendShowsTheTargetThatAppliedPerHalfYear() {
        CohortFixture f = fixture();
        jdbc.sql("""
                        INSERT INTO monitoring_target (municipality_code, kpi, valid_from, target_percent, wording, recorded_by, recorded_at)
                        VALUES (?, 'STARTED_WITHIN_6_MONTHS', DATE '2022-01-01', 80, 'test', 'test', CURRENT_TIMESTAMP),
                               (?, 'STARTED_WITHIN_6_MONTHS', DATE '2023-01-01', 85, 'test', 'test', CURRENT_TIMESTAMP)""")
                .params(f.municipality, f.municipality).update();
        // Cohort 2023-H2, peildatum 31-12-2023: trend over 2022-H1 … 2023-H2 (six half years back, but not before the law
        // took effect on 01-01-2022); 2022-H1 holds the fixture
        // (11 / 16) with the 2022 target 80%; 2023-H1 has nobody, under the 2023 target of 85%.
        RegieUser officer = new RegieUser("t-beleid-" + f.municipality, "Beleid", Role.POLICY_OFFICER, f.municipality, null, true);
        Dashboard d = monitoring.dashboard(officer, new MonitoringFilter(Period.parse("2023-H2").orElseThrow(),
                LocalDate.of(2023, 12, 31), Scope.OWN_MUNICIPALITY, null, null));
        Figures.Table trend = d.table("trend-started-within-6-months");
        assertThat(trend.rows()).extracting(Figures.Row::label).containsExactly(
                "1e halfjaar 2022", "2e halfjaar 2022", "1e halfjaar 2023", "2e halfjaar 2023");
        assertThat(trend.rows().get(0).cells().get(0).text()).isEqualTo("68,8%");
        assertThat(trend.rows().get(0).cells().get(1).text()).isEqualTo("80,0%");
        assertThat(trend.rows().get(2).cells().get(0).text()).isEqualTo(Figures.NO_DATA);
        assertThat(trend.rows().get(2).cells().get(1).text()).isEqualTo("85,0%");
        // The housed-01-07-2022 dossier is alone in 2022-H2: one dossier, but its window (to 01-01-2023) has passed and it
        // never started: 0 / 1 → suppressed.
        assertThat(trend.rows().get(1).cells().get(0).text()).isEqualTo("minder dan 5 dossiers");
    }
}
