package nl.regie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;

/**
 * A report for a past peildatum can be made again later with the same figures: whatever happens after the peildatum
 * (new dossiers, steps, exams, measurements, completions) leaves it unchanged.
 */
class PeildatumReproducibilityTest extends IntegrationTest {

    @Autowired
    Monitoring monitoring;

    @Autowired
    Accountability accountability;

    @Test
    void figuresForAPastPeildatumDoNotChangeWhenLaterEventsAreRecorded() {
        CohortFixture f = new CohortFixture(jdbc, CohortFixture.freshMunicipality(jdbc));
        RegieUser officer = new RegieUser("t-beleid-" + f.municipality, "Beleid", Role.POLICY_OFFICER, f.municipality, null, true);
        LocalDate peil = LocalDate.of(2023, 6, 30);
        MonitoringFilter filter = new MonitoringFilter(Period.parse("2022-H1").orElseThrow(), peil, Scope.OWN_MUNICIPALITY, null, null);
        // The whole fixture already holds events after 30-06-2023 (completions, eindmetingen, aftercare in 2023–2024).
        f.build();
        Dashboard before = monitoring.dashboard(officer, filter);
        List<Figures.Table> yearBefore = accountability.overview(officer, Scope.OWN_MUNICIPALITY, 2022);

        // Later: a new dossier housed in the same half year but recorded now, exams, a measurement and a completion — all
        // dated after the peildatum.
        f.dossier("ASYLUM_PERMIT_HOLDER", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 2), null, null, null, null, null, null);
        for (UUID id : f.b) {
            f.exam(id, "KNM", 1, LocalDate.of(2023, 7, 15), true);
            f.measurement(id, "FINAL", LocalDate.of(2023, 9, 1), 6);
        }
        jdbc.sql("UPDATE dossier SET completed_on = DATE '2023-10-01', completion_type = 'FINAL_INTERVIEW', state = 'COMPLETED' WHERE id = ?")
                .param(f.b.get(0)).update();

        Dashboard after = monitoring.dashboard(officer, filter);
        assertThat(after.tables()).isEqualTo(before.tables());
        assertThat(after.trends()).isEqualTo(before.trends());
        assertThat(accountability.overview(officer, Scope.OWN_MUNICIPALITY, 2022)).isEqualTo(yearBefore);

        // On 30-06-2023 no term had ended and no dossier had completed: "geen gegevens", not 0%.
        assertThat(KpiComputationTest.cell(before, "indicatoren", Kpi.COMPLETED_WITHIN_TERM.dutch(), 0)).isEqualTo(Figures.NO_DATA);
        // A's reading exams of 01-05-2023 count (6 candidates, nobody passed yet: 0 / 6); the pass of 01-09-2023 does not.
        assertThat(KpiComputationTest.cell(before, "examens", "Alle routes — Lezen", 0)).isEqualTo("0,0%");
        // The later date does see them: the new KNM passes of B (5 / 5).
        Dashboard later = monitoring.dashboard(officer, new MonitoringFilter(filter.period(), LocalDate.of(2024, 1, 1), Scope.OWN_MUNICIPALITY, null, null));
        assertThat(KpiComputationTest.cell(later, "examens", "Alle routes — Kennis van de Nederlandse Maatschappij (KNM)", 0)).isEqualTo("100,0%");
    }
}
