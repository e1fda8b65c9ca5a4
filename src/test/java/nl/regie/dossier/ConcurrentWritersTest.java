package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** Two people record a step on the same dossier at the same moment: one wins, the other is told; nothing is lost. */
class ConcurrentWritersTest extends IntegrationTest {

    @Autowired
    RecordingLifecycleStep recording;

    @RepeatedTest(3)
    void secondWriterGetsAConflictInsteadOfOverwriting() throws Exception {
        UUID id = data.wassenaarDossier();
        RegieUser consultant = data.user(TestData.CONSULTANT_WASSENAAR);
        RegieUser teamLead = data.user(TestData.TEAM_LEAD_WASSENAAR);
        LocalDate today = LocalDate.now();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        results.add(pool.submit(() -> {
            start.await();
            return attempt(() -> recording.record(consultant, id, 0,
                    new DossierLifecycle.StepRequest(DossierState.WARM_HANDOVER_HELD, today, null, null), "consulent"));
        }));
        results.add(pool.submit(() -> {
            start.await();
            return attempt(() -> recording.record(teamLead, id, 0,
                    new DossierLifecycle.StepRequest(DossierState.CLOSED, today, null, ClosureReason.MOVED), "teamleider"));
        }));
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("ok");
        assertThat(outcomes).anyMatch(o -> o.startsWith("conflict: Dit dossier is intussen gewijzigd"));
        assertThat(jdbc.sql("SELECT version FROM dossier WHERE id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = 'STEP_RECORDED'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    private static String attempt(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (RegieProblem.Conflict e) {
            return "conflict: " + e.getMessage();
        }
    }
}
