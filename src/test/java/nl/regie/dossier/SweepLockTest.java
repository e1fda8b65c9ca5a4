package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import nl.regie.TestData;

/**
 * With scheduling on, the sweep takes a ShedLock lock in the shared database: while another instance holds it,
 * this instance's sweep does nothing; once it is released, the sweep runs.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"regie.scheduling.enabled=true", "regie.signals.sweep-cron=-"})
class SweepLockTest {

    @Autowired
    SignalSweep sweep;

    @Autowired
    LockProvider locks;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSweepHeldByAnotherInstanceIsSkipped() {
        UUID id = data.wassenaarDossierLinkedOn(LocalDate.now().minusYears(1));
        // Make the dossier overdue behind the app's back, as time passing would: its PIP deadline lies in the past.
        jdbc.sql("INSERT INTO dossier_deadline (dossier_id, code, due_date, basis, explanation) VALUES (?, 'INTEGRATION_PLAN_DUE', ?, 'Bi art. 5.3', 'test')")
                .params(id, LocalDate.now().minusDays(5)).update();

        Optional<SimpleLock> otherInstance = locks.lock(new LockConfiguration(Instant.now(), "signal-sweep",
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherInstance).isPresent();
        sweep.scheduled();
        assertThat(signalCount(id)).isZero();

        otherInstance.get().unlock();
        sweep.scheduled();
        assertThat(signalCount(id)).isEqualTo(1);
    }

    private long signalCount(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_signal WHERE dossier_id = ? AND kind = 'DEADLINE_PASSED'")
                .param(id).query(Long.class).single();
    }
}
