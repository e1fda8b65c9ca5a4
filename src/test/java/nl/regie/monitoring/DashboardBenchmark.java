package nl.regie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import nl.regie.IntegrationTest;
import nl.regie.demo.SyntheticDataSet;
import nl.regie.demo.SyntheticDossiers;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.municipality.Municipalities;

/**
 * National-scale benchmark of the {@code /cijfers} dashboard (issue 6): 342 municipalities (the seven of the seeds
 * plus 335 synthetic ones, sized like Dutch municipalities: the share of rank r is proportional to r^-0.7, so the
 * largest holds about 6% and the smallest about 0.1%), filled through the demo generator with dossiers and everything
 * the KPIs read. Measures the server time of the dashboard for the whole country (scope "all municipalities of this
 * installation" on an installation that holds them all) and for single municipalities, through the whole HTTP request
 * (MockMvc: controller, queries, template), and writes each KPI query's EXPLAIN ANALYZE to
 * {@code target/benchmark/}.
 *
 * <p>Not part of the normal suite. Run it against PostgreSQL:
 * <pre>
 * createdb -h 127.0.0.1 -U postgres regie_bench
 * SPRING_DATASOURCE_URL='jdbc:postgresql://127.0.0.1:5432/regie_bench?reWriteBatchedInserts=true' \
 * SPRING_DATASOURCE_USERNAME=postgres ./mvnw test -Dtest=DashboardBenchmark -Dregie.benchmark=true \
 *   -Dregie.benchmark.size=500000
 * </pre>
 * The data set is generated once: a second run on the same database measures again without generating (so a new
 * index migration can be measured on the same data).
 */
@EnabledIfSystemProperty(named = "regie.benchmark", matches = "true")
class DashboardBenchmark extends IntegrationTest {

    static final int MUNICIPALITIES = 342;
    static final int RUNS = 5;
    /** Ranks (by size) of the seed municipalities among Dutch municipalities, roughly by population. */
    static final Map<String, Integer> SEED_RANKS = Map.of("1916", 50, "1734", 100, "0299", 110, "1509", 120,
            "0629", 200, "0626", 215, "0437", 290);

    @Autowired
    SyntheticDataSet dataSet;

    @Autowired
    Monitoring monitoring;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    Targets targets;

    @Autowired
    Municipalities municipalities;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void dashboardOverANationalScaleDataSet() throws Exception {
        int size = Integer.getInteger("regie.benchmark.size", 500_000);
        long seed = Long.getLong("regie.benchmark.seed", 2026L);
        boolean postgres = new KpiStore(named).onPostgres();
        List<SyntheticDossiers.Target> country = country();

        long present = jdbc.sql("SELECT COUNT(*) FROM dossier WHERE municipality_code LIKE 'B%'").query(Long.class).single();
        if (present == 0) {
            long t0 = System.nanoTime();
            dataSet.load(seed, size, 5000, country, "benchmark");
            System.out.printf("BENCHMARK generated %d dossiers with their history in %d s%n", size, (System.nanoTime() - t0) / 1_000_000_000);
        }
        if (postgres) {
            // What an operator does after a bulk load; autovacuum would get there too, later.
            jdbc.sql("ANALYZE").update();
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("dossier", "dossier_deadline", "integration_plan", "route_hours", "exam_result",
                "intake_measurement", "intake_measurement_score", "participation_statement_progress",
                "labour_market_module_progress", "aftercare_contact", "income_situation", "financial_relief", "financial_relief_change",
                "satisfaction_answer", "enforcement_breach", "enforcement_decision", "dossier_event")) {
            rows.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        System.out.println("BENCHMARK rows " + rows);
        String largest = country.get(0).municipalityCode();
        Map<String, Long> perMunicipality = new LinkedHashMap<>();
        for (String code : List.of(largest, "0629")) {
            perMunicipality.put(code, jdbc.sql("SELECT COUNT(*) FROM dossier WHERE municipality_code = ?").param(code).query(Long.class).single());
        }
        System.out.println("BENCHMARK dossiers per measured municipality " + perMunicipality);

        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        List<String> report = new ArrayList<>();
        report.add("rows " + rows);
        report.add("dossiers per measured municipality " + perMunicipality);
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("land (alle " + MUNICIPALITIES + " gemeenten)", "installatie:" + largest);
        scopes.put("grootste gemeente " + largest, "eigen:" + largest);
        scopes.put("Wassenaar 0629", "eigen:0629");
        for (Map.Entry<String, String> s : scopes.entrySet()) {
            String[] parts = s.getValue().split(":");
            String officer = officer(parts[1]);
            String url = "/cijfers?bereik=" + parts[0];
            long[] ms = new long[RUNS];
            mvc.perform(get(url).with(user(officer).roles("POLICY_OFFICER"))).andReturn(); // warm-up
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                int status = mvc.perform(get(url).with(user(officer).roles("POLICY_OFFICER"))).andReturn().getResponse().getStatus();
                ms[i] = (System.nanoTime() - t) / 1_000_000;
                assertThat(status).isEqualTo(200);
            }
            Arrays.sort(ms);
            String line = String.format("dashboard %s: GET %s, %d runs: min %d ms, median %d ms, max %d ms", s.getKey(), url, RUNS,
                    ms[0], ms[RUNS / 2], ms[RUNS - 1]);
            System.out.println("BENCHMARK " + line);
            report.add(line);
            report.addAll(explain(s.getKey(), parts[0].equals("installatie") ? Scope.INSTALLATION : Scope.OWN_MUNICIPALITY,
                    parts[1], postgres, out.resolve("plans-" + parts[0] + "-" + parts[1] + ".txt")));
        }
        Files.write(out.resolve("dashboard.txt"), report);
    }

    /**
     * Runs the dashboard once more through a {@link KpiStore} that records its queries, then runs each query again
     * with EXPLAIN ANALYZE and writes the plans to {@code file}. Returns one line per query with its execution time.
     */
    private List<String> explain(String label, Scope scope, String code, boolean postgres, Path file) throws IOException {
        List<Object[]> recorded = new ArrayList<>();
        NamedParameterJdbcTemplate recording = new NamedParameterJdbcTemplate(named.getJdbcTemplate()) {
            @Override
            public void query(String sql, SqlParameterSource params, RowCallbackHandler rch) throws DataAccessException {
                recorded.add(new Object[] {sql, params});
                super.query(sql, params, rch);
            }

            @Override
            public <T> T queryForObject(String sql, SqlParameterSource params, RowMapper<T> rowMapper) throws DataAccessException {
                recorded.add(new Object[] {sql, params});
                return super.queryForObject(sql, params, rowMapper);
            }
        };
        Monitoring m = new Monitoring(new KpiStore(recording), targets, municipalities, clock);
        RegieUser officer = new RegieUser(officer(code), "Benchmark", Role.POLICY_OFFICER, code, null, true);
        MonitoringFilter f = monitoring.defaultFilter();
        m.dashboard(officer, new MonitoringFilter(f.period(), f.peildatum(), scope, null, null));

        List<String> plans = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        KpiStore plain = new KpiStore(named);
        for (Object[] q : recorded) {
            String sql = (String) q[0];
            SqlParameterSource params = (SqlParameterSource) q[1];
            // As the dashboard runs it (KpiStore.planKpiQueries: JIT off, more work_mem, random_page_cost 1.1), and, for
            // comparison, with PostgreSQL's default settings.
            String plan = tx.execute(status -> {
                plain.planKpiQueries();
                return explain(sql, params, postgres);
            });
            String name = queryName(sql);
            String ms = executionTime(plan);
            String withDefaults = postgres ? executionTime(tx.execute(status -> explain(sql, params, true))) : "n.v.t.";
            lines.add("  query " + name + ": " + ms + " (met de standaardinstellingen van PostgreSQL: " + withDefaults + ")");
            plans.add("=== " + label + " — " + name + " — " + ms);
            plans.add(sql);
            plans.add(plan);
        }
        Files.write(file, plans);
        lines.forEach(l -> System.out.println("BENCHMARK " + l));
        return lines;
    }

    private String explain(String sql, SqlParameterSource params, boolean postgres) {
        return String.join("\n", named.query((postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ") + sql, params,
                (rs, i) -> rs.getString(1)));
    }

    private static String executionTime(String plan) {
        Matcher m = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
        return m.find() ? m.group(1) + " ms" : "(zie plan)";
    }

    /** A name for a KPI query: what it selects after its common table expressions. */
    private static String queryName(String sql) {
        String[] markers = {"pip_k", "target_group, COUNT", "SELECT route, COUNT(*) AS n FROM c", "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(plan_on",
                "completed_on - COALESCE", "exam_result", "hh AS", "lm AS", "SELECT st, COUNT", "enforcement_breach", "financial_relief fr",
                "satisfaction_answer", "partner_satisfaction_survey", "SELECT COUNT(*) FROM dossier WHERE"};
        String[] names = {"indicatoren (ratios)", "instroom", "routemix", "dagen tot PIP", "doorlooptijd", "examens", "urennormen",
                "nulmeting/eindmeting", "status op peildatum", "handhaving", "financieel ontzorgen", "tevredenheid inburgeraars",
                "tevredenheid ketenpartners", "omvang (cohort inlinen?)"};
        for (int i = 0; i < markers.length; i++) {
            if (sql.contains(markers[i])) {
                return names[i] + (i == 0 && sql.contains("EXTRACT(YEAR") ? " per half jaar (trend)" : "");
            }
        }
        return sql.length() > 60 ? sql.substring(0, 60) : sql;
    }

    /** 342 municipalities by size: the seeds' seven at their rank, synthetic ones (codes B001…) elsewhere. */
    private List<SyntheticDossiers.Target> country() {
        Map<Integer, String> byRank = new LinkedHashMap<>();
        SEED_RANKS.forEach((code, rank) -> byRank.put(rank, code));
        int synthetic = 0;
        List<SyntheticDossiers.Target> out = new ArrayList<>();
        for (int rank = 1; rank <= MUNICIPALITIES; rank++) {
            String code = byRank.get(rank);
            if (code == null) {
                code = String.format("B%03d", ++synthetic);
                ensureMunicipality(code, "Benchmarkgemeente " + synthetic);
            }
            String consultant = "bench-consulent-" + code;
            ensureUser(consultant, Role.CONSULTANT, code);
            ensureUser(officer(code), Role.POLICY_OFFICER, code);
            out.add(new SyntheticDossiers.Target(code, Math.pow(rank, -0.7), List.of(consultant)));
        }
        return out;
    }

    private static String officer(String code) {
        return "bench-beleid-" + code;
    }

    private void ensureMunicipality(String code, String name) {
        if (jdbc.sql("SELECT COUNT(*) FROM municipality WHERE code = ?").param(code).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO municipality (code, name) VALUES (?, ?)").params(code, name).update();
            jdbc.sql("""
                    INSERT INTO municipal_policy (municipality_code, valid_from, pip_deadline_weeks, pip_deadline_start,
                        planned_progress_meetings, financial_relief_months, reason, recorded_by, recorded_at)
                    SELECT ?, valid_from, pip_deadline_weeks, pip_deadline_start, planned_progress_meetings,
                           financial_relief_months, 'Benchmark', recorded_by, recorded_at
                      FROM municipal_policy WHERE municipality_code = '0629' AND valid_from = DATE '2022-01-01'""")
                    .param(code).update();
            // The seeded fine policy too (V13), so the generator's enforcement decisions have a policy to refer to.
            jdbc.sql("""
                    INSERT INTO enforcement_policy (municipality_code, valid_from, warning_first, fine_step_1, fine_step_2, fine_step_3,
                        second_chance_months, reduction_culpability_pct, reduction_means_pct, reduction_restored_pct, max_reduction_pct,
                        pw_measure_pct, pw_measure_months, pw_and_wi_both_allowed, source)
                    SELECT ?, valid_from, warning_first, fine_step_1, fine_step_2, fine_step_3, second_chance_months,
                           reduction_culpability_pct, reduction_means_pct, reduction_restored_pct, max_reduction_pct, pw_measure_pct,
                           pw_measure_months, pw_and_wi_both_allowed, 'Benchmark'
                      FROM enforcement_policy WHERE municipality_code = '0629' AND valid_from = DATE '2022-01-01'""")
                    .param(code).update();
        }
    }

    private void ensureUser(String username, Role role, String code) {
        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() == 0) {
            // Nobody logs in as these accounts (MockMvc supplies the user), so no usable password.
            jdbc.sql("""
                    INSERT INTO app_user (username, display_name, password_hash, role, municipality_code, active, version)
                    VALUES (?, ?, 'x', ?, ?, TRUE, 0)""").params(username, username, role.name(), code).update();
        }
    }
}
