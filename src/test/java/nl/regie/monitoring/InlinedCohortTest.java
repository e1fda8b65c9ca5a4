package nl.regie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.IntegrationTest;

/**
 * On PostgreSQL a large scope lets the planner inline the cohort ({@link KpiStore#inlineCohort}); that changes how the
 * figures are computed, never what they are. Every cohort query runs both ways on {@link CohortFixture} with its
 * enforcement, relief and satisfaction records, per half year and as one group. H2 has no {@code NOT MATERIALIZED}, so
 * there the test is skipped (and the cohort is never inlined).
 */
class InlinedCohortTest extends IntegrationTest {

    @Autowired
    KpiStore store;

    @Autowired
    TransactionTemplate tx;

    @Test
    void inliningTheCohortGivesTheSameFigures() {
        assumeTrue(store.onPostgres(), "alleen PostgreSQL kent NOT MATERIALIZED");
        CohortFixture f = new CohortFixture(jdbc, CohortFixture.freshMunicipality(jdbc)).build().withEnforcementReliefAndSatisfaction();
        for (LocalDate peil : List.of(LocalDate.of(2022, 9, 15), LocalDate.of(2026, 6, 30))) {
            KpiStore.Cohort once = new KpiStore.Cohort(List.of(f.municipality), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1),
                    peil, null, null, false);
            KpiStore.Cohort inlined = new KpiStore.Cohort(once.municipalities(), once.from(), once.until(), peil, null, null, true);
            assertThat(inlined.cte()).contains("NOT MATERIALIZED");
            assertThat(once.cte()).doesNotContain("MATERIALIZED");
            for (Function<KpiStore.Cohort, Object> query : List.<Function<KpiStore.Cohort, Object>>of(
                    c -> ratios(store.ratios(c, true)), c -> ratios(store.ratios(c, false)), store::inflow, store::routeMix,
                    store::daysToPlan, store::daysToCompletion, store::exams, c -> store.hourNorms(c, 12, 40, 800, 800),
                    store::baselineFinal, store::enforcement, store::relief, store::satisfaction)) {
                Object expected = tx.execute(s -> {
                    store.planKpiQueries();
                    return query.apply(once);
                });
                Object actual = tx.execute(s -> {
                    store.planKpiQueries();
                    return query.apply(inlined);
                });
                assertThat(actual).as(peil + " " + expected).isEqualTo(expected);
            }
        }
    }

    /** Ratios hold arrays, which records compare by reference: compared as text instead. */
    private static String ratios(Map<Integer, KpiStore.Ratios> byGroup) {
        Map<Integer, String> out = new TreeMap<>();
        byGroup.forEach((g, r) -> {
            StringBuilder sb = new StringBuilder();
            r.shares().forEach((k, v) -> sb.append(k).append('=').append(Arrays.toString(v)).append(' '));
            sb.append(r.withoutData()).append(' ').append(r.participation());
            out.put(g, sb.toString());
        });
        assertThat(out).isNotEmpty();
        return out.toString();
    }
}
