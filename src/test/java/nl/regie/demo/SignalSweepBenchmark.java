package nl.regie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import nl.regie.dossier.DossierBulkWriter;
import nl.regie.dossier.SignalSweep;
import nl.regie.identity.Users;
import nl.regie.progress.ImportingProgressMeetings;

/**
 * National-scale benchmark of the signal sweep (issue 3): about 200,000 open synthetic dossiers, generated with
 * the seeded generator, then swept twice. Not part of the normal suite; run it with
 * {@code ./mvnw test -Dtest=SignalSweepBenchmark -Dregie.benchmark=true -Dregie.benchmark.size=235000}
 * against PostgreSQL (SPRING_DATASOURCE_URL=jdbc:postgresql://…/regie_bench) or a file H2 database
 * (SPRING_DATASOURCE_URL=jdbc:h2:file:/tmp/regie-bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH). Add
 * {@code -DargLine=-Xmx384m} to show the sweep does not need the data set in memory (the default in-memory H2 of
 * the test profile keeps the whole database on the heap, so it cannot show that). Prints its figures to the test output.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "regie.benchmark", matches = "true")
class SignalSweepBenchmark {

    @Autowired
    DossierBulkWriter writer;

    @Autowired
    SignalSweep sweep;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportingProgressMeetings meetings;

    @Autowired
    Clock clock;

    @Test
    void sweepOverANationalScaleDataSet() {
        int size = Integer.getInteger("regie.benchmark.size", 235_000);
        long seed = Long.getLong("regie.benchmark.seed", 7L);
        DemoData.ACCOUNTS.forEach(users::ensure);
        LocalDate today = LocalDate.now(clock);

        long t0 = System.nanoTime();
        new SyntheticDossiers(seed, today, DemoData.targets())
                .generate(size, 5000, batch -> {
                    writer.write(batch, "benchmark", clock.instant());
                    meetings.importHeld(batch.stream().filter(g -> g.lastProgressMeeting() != null)
                            .map(g -> new ImportingProgressMeetings.Held(g.id(), g.municipalityCode(), g.lastProgressMeeting(),
                                    "Voortgangsgesprek (benchmark)")).toList(), "benchmark", clock.instant());
                });
        long generateMs = (System.nanoTime() - t0) / 1_000_000;
        long open = jdbc.sql("SELECT COUNT(*) FROM dossier WHERE state <> 'CLOSED'").query(Long.class).single();

        SignalSweep.Result first = sweep.sweep(today);
        SignalSweep.Result second = sweep.sweep(today);
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);

        System.out.printf("BENCHMARK generated=%d in %d ms; open dossiers=%d%n", size, generateMs, open);
        System.out.printf("BENCHMARK sweep 1: %d dossiers, %d signals, %d ms (%.0f dossiers/s)%n", first.dossiers(),
                first.signals(), first.millis(), first.dossiers() * 1000.0 / Math.max(1, first.millis()));
        System.out.printf("BENCHMARK sweep 2: %d dossiers, %d signals, %d ms (%.0f dossiers/s); heap used %d MB of max %d MB%n",
                second.dossiers(), second.signals(), second.millis(),
                second.dossiers() * 1000.0 / Math.max(1, second.millis()), usedMb, rt.maxMemory() / (1024 * 1024));
        assertThat(first.dossiers()).isEqualTo((int) open);
        assertThat(second.signals()).isEqualTo(first.signals());
    }
}
