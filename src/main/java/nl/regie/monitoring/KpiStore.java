package nl.regie.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.regie.rules.LearningRoute;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.TimeConfig;

/**
 * All KPI SQL. Every figure is one aggregate query over a cohort (a common table expression {@code c}), so the
 * database does the counting at national scale and Java only shapes the answer. Each query sees a dossier as it
 * was on the peildatum: step dates after it are treated as not yet reached, records dated after it are left out.
 * Portable SQL for H2 and PostgreSQL: {@code CAST(d2 - d1 AS INTEGER)} for days, {@code CAST(d + INTERVAL 'n'
 * MONTH AS DATE)} for windows, {@code PERCENTILE_CONT} for medians.
 */
@Repository
class KpiStore {

    /** Outcomes that meet the duty (Wi 2021 art. 7); an ontheffing ends it without meeting it. */
    static final String MET = "('EXAM', 'LANGUAGE_SWITCH_PROGRAMME', 'FINAL_INTERVIEW', 'EXEMPTION')";
    /** Closed before completing for a reason that takes the newcomer out of the municipality's hands. */
    static final String LEFT = "('MOVED', 'EMIGRATED', 'DECEASED')";
    static final List<String> CATEGORIES = List.of("PAID_WORK", "STUDY", "VOLUNTEERING", "NONE");
    static final int[] HORIZONS = {12, 24, 36};

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean postgres;

    KpiStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Called at the start of a read-only transaction that runs KPI queries; on PostgreSQL it sets two planner settings
     * for that transaction only (SET LOCAL; outside a transaction it would do nothing, so callers are transactional).
     * JIT off: the planner's estimates for these common table expressions are far too high (billions of rows for a
     * cohort of thousands), so it JIT-compiled every dashboard query, which took 1.7–4.3 s per query in
     * DashboardBenchmark. More work_mem: at national scale the hash joins and sorts over 300,000 cohort dossiers spilled
     * to disk in batches with the default 4 MB. random_page_cost 1.1 instead of the default 4 (which assumes spinning
     * disks): the KPI queries look up a cohort's records by dossier in indexes that are in memory or on SSD, and with
     * the default the planner read all 3.8 million hour records to find a half year's 2,886 dossiers' (0.24–0.39 s
     * instead of 0.07 s) and the trend of a municipality of 7,148 dossiers took 1.9 s instead of 0.28 s.
     */
    void planKpiQueries() {
        if (onPostgres()) {
            jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
            jdbc.getJdbcTemplate().execute("SET LOCAL work_mem = '64MB'");
            jdbc.getJdbcTemplate().execute("SET LOCAL random_page_cost = 1.1");
        }
    }

    /** Whether the database is PostgreSQL (asked once; H2 in PostgreSQL mode answers "H2"). */
    boolean onPostgres() {
        if (postgres == null) {
            postgres = jdbc.getJdbcTemplate().execute((java.sql.Connection c) ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }

    /**
     * From this many dossiers in the chosen municipalities, KPI queries on PostgreSQL let the planner inline the cohort
     * instead of computing it once (see {@link #inlineCohort}). The trend query with {@link #planKpiQueries}' settings,
     * computed once → inlined, on DashboardBenchmark's data set (2026-12-05, two or three runs each): 721 dossiers
     * 29 → 36–49 ms; 1,691: 62 → 76–113 ms; 7,148: 0.28 s → 0.31–0.32 s; 11,627: 0.45–0.47 s → 0.53–0.57 s; 18,569:
     * 0.91–0.93 s → 0.85–0.87 s; 30,465: 1.33–1.45 s → 1.17–1.19 s; the whole country, 500,000: 10.9–11.7 s → 9.2–9.8 s.
     */
    static final long INLINE_COHORT_FROM = 15_000;

    /**
     * Whether KPI queries over these municipalities should inline the cohort: only on PostgreSQL (H2 has no
     * {@code NOT MATERIALIZED}) and only for many dossiers. Computed once, the cohort is a black box to PostgreSQL's
     * planner: it guesses the size of anything grouped from it and picks sort-merge joins over the whole cohort.
     * Inlined, it estimates from the dossier table's statistics and can join by hashing and in parallel, at the price
     * of reading the dossier table once per use of the cohort, which costs more than it saves for a small municipality.
     */
    boolean inlineCohort(List<String> municipalities) {
        if (!onPostgres()) {
            return false;
        }
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM dossier WHERE municipality_code IN (:codes)",
                new MapSqlParameterSource("codes", municipalities), Long.class);
        return n != null && n >= INLINE_COHORT_FROM;
    }

    /**
     * The cohort: whose dossiers, which period (by date of housing, else of BRP registration), which filters;
     * {@code inline}: whether PostgreSQL may inline it into each query ({@link #inlineCohort}).
     */
    record Cohort(List<String> municipalities, LocalDate from, LocalDate until, LocalDate peildatum,
                  TargetGroup targetGroup, LearningRoute route, boolean inline) {

        Cohort(List<String> municipalities, LocalDate from, LocalDate until, LocalDate peildatum, TargetGroup targetGroup,
               LearningRoute route) {
            this(municipalities, from, until, peildatum, targetGroup, route, false);
        }

        /** Housed or registered on or before the peildatum only. */
        LocalDate effectiveUntil() {
            LocalDate dayAfter = peildatum.plusDays(1);
            return until.isBefore(dayAfter) ? until : dayAfter;
        }

        MapSqlParameterSource params() {
            MapSqlParameterSource p = new MapSqlParameterSource()
                    .addValue("codes", municipalities).addValue("from", from).addValue("until", effectiveUntil())
                    .addValue("p", peildatum).addValue("p1", peildatum.plusDays(1))
                    // For records that carry only a recording moment (a relief change, a fine's rejection): recorded
                    // before the day after the peildatum began, in Dutch time.
                    .addValue("p1at", Timestamp.from(peildatum.plusDays(1).atStartOfDay(TimeConfig.AMSTERDAM).toInstant()));
            if (targetGroup != null) {
                p.addValue("tg", targetGroup.name());
            }
            if (route != null) {
                p.addValue("route", route.name());
            }
            return p;
        }

        String cte() {
            String as = inline ? "AS NOT MATERIALIZED (" : "AS (";
            return """
                    WITH c0 %s
                      SELECT d.id, d.target_group, COALESCE(d.housed_on, d.brp_registered_on) AS cohort_on,
                             CASE WHEN d.brp_registered_on <= :p THEN d.brp_registered_on END AS brp_on,
                             CASE WHEN d.plan_established_on <= :p THEN d.plan_established_on END AS plan_on,
                             CASE WHEN d.route_started_on <= :p THEN d.route_started_on END AS route_on,
                             CASE WHEN d.completed_on <= :p THEN d.completed_on END AS completed_on,
                             CASE WHEN d.completed_on <= :p THEN d.completion_type END AS completion_type,
                             CASE WHEN d.closed_on <= :p AND d.completed_on IS NULL AND d.closure_reason IN %s
                                  THEN 1 ELSE 0 END AS left_early,
                             d.term_extended_until,
                             (SELECT ip.learning_route FROM integration_plan ip
                               WHERE ip.dossier_id = d.id AND ip.status = 'ESTABLISHED' AND ip.dated_on <= :p
                               ORDER BY ip.version_no DESC FETCH FIRST 1 ROWS ONLY) AS route
                        FROM dossier d
                       WHERE d.municipality_code IN (:codes)
                         AND ((d.housed_on >= :from AND d.housed_on < :until)
                              OR (d.housed_on IS NULL AND d.brp_registered_on >= :from AND d.brp_registered_on < :until))
                         %s
                    ), c %s SELECT * FROM c0 %s)
                    """.formatted(as, LEFT, targetGroup == null ? "" : "AND d.target_group = :tg", as,
                    route == null ? "" : "WHERE route = :route");
        }
    }

    /** Per half year of the cohort date (or one group, number 0), the numerator and denominator of every {@link Kpi}. */
    record Ratios(Map<Kpi, long[]> shares, Map<Kpi, Long> withoutData, Map<Integer, Map<String, Long>> participation) {
        long numerator(Kpi k) {
            return shares.get(k)[0];
        }

        long denominator(Kpi k) {
            return shares.get(k)[1];
        }
    }

    Map<Integer, Ratios> ratios(Cohort cohort, boolean perHalfYear) {
        String grp = perHalfYear
                ? "EXTRACT(YEAR FROM c.cohort_on) * 2 + CASE WHEN EXTRACT(MONTH FROM c.cohort_on) <= 6 THEN 0 ELSE 1 END"
                : "0";
        StringBuilder sums = new StringBuilder();
        sum(sums, "pip_n", "pip_due IS NOT NULL AND (pip_due <= :p OR plan_on IS NOT NULL)");
        sum(sums, "pip_k", "pip_due IS NOT NULL AND plan_on <= pip_due");
        sum(sums, "pipm_n", "pipm_due IS NOT NULL AND (pipm_due <= :p OR plan_on IS NOT NULL)");
        sum(sums, "pipm_k", "pipm_due IS NOT NULL AND plan_on <= pipm_due");
        for (int m : new int[] {3, 6}) {
            sum(sums, "s" + m + "_n", "w" + m + " <= :p1");
            sum(sums, "s" + m + "_k", "w" + m + " <= :p1 AND started_on < w" + m);
        }
        sum(sums, "plan_n", "route IS NOT NULL");
        sum(sums, "pvt_k", "route IS NOT NULL AND pvt_on <= :p");
        sum(sums, "map_k", "route IS NOT NULL AND map_on <= :p");
        String termDue = "left_early = 0 AND term_end IS NOT NULL";
        sum(sums, "ct_n", termDue + " AND (term_end < :p1 OR completed_on IS NOT NULL)");
        sum(sums, "ct_k", termDue + " AND completed_on <= term_end AND completion_type IN " + MET);
        sum(sums, "pw_n", termDue + " AND term_end < :p1 AND data_term = 1");
        sum(sums, "pw_k", termDue + " AND term_end < :p1 AND data_term = 1 AND paid_term = 1");
        sum(sums, "pw_x", termDue + " AND term_end < :p1 AND data_term = 0");
        for (int h : HORIZONS) {
            for (String cat : CATEGORIES) {
                sum(sums, "p" + h + "_" + cat, "w" + h + " <= :p1 AND cat" + h + " = '" + cat + "'");
            }
            sum(sums, "p" + h + "_x", "w" + h + " <= :p1 AND cat" + h + " IS NULL");
        }
        // Per horizon, the last participation record before it: one window-function pass over the records, not a
        // correlated subquery per dossier (which made the trend query quadratic in the cohort's size; see DashboardBenchmark).
        StringBuilder horizonCtes = new StringBuilder();
        StringBuilder horizonCats = new StringBuilder();
        StringBuilder horizonJoins = new StringBuilder();
        for (int h : HORIZONS) {
            horizonCtes.append(("""
                    , p%1$d AS (
                      SELECT dossier_id, cat FROM (
                        SELECT pr.dossier_id, pr.cat,
                               ROW_NUMBER() OVER (PARTITION BY pr.dossier_id ORDER BY pr.on_date DESC, pr.prio) AS rn
                          FROM pr JOIN c ON c.id = pr.dossier_id
                         WHERE pr.on_date < CAST(c.cohort_on + INTERVAL '%1$d' MONTH AS DATE)
                      ) x WHERE rn = 1
                    )
                    """).formatted(h));
            horizonCats.append(", p").append(h).append(".cat AS cat").append(h);
            horizonJoins.append("\n LEFT JOIN p").append(h).append(" ON p").append(h).append(".dossier_id = c.id");
        }
        String sql = cohort.cte() + ", " + participationRecords() + """
                , dd AS (
                  SELECT dl.dossier_id,
                         MAX(CASE WHEN dl.code = 'INTEGRATION_PLAN_DUE' THEN dl.due_date END) AS pip_due,
                         MAX(CASE WHEN dl.code = 'INTEGRATION_PLAN_DUE_MUNICIPAL' THEN dl.due_date END) AS pipm_due,
                         MAX(CASE WHEN dl.code = 'TERM_END' THEN dl.due_date END) AS term_due
                    FROM dossier_deadline dl JOIN c ON c.id = dl.dossier_id
                   WHERE dl.code IN ('INTEGRATION_PLAN_DUE', 'INTEGRATION_PLAN_DUE_MUNICIPAL', 'TERM_END')
                   GROUP BY dl.dossier_id
                ), hs AS (
                  SELECT h.dossier_id, MIN(h.period_from) AS first_from
                    FROM route_hours h JOIN c ON c.id = h.dossier_id
                   WHERE h.attended_hours > 0 AND h.period_from <= :p
                   GROUP BY h.dossier_id
                ), pt AS (
                  SELECT pr.dossier_id, MAX(CASE WHEN pr.cat = 'PAID_WORK' THEN 1 ELSE 0 END) AS paid
                    FROM pr JOIN c ON c.id = pr.dossier_id
                    LEFT JOIN dd ON dd.dossier_id = c.id
                   WHERE pr.on_date <= COALESCE(c.term_extended_until, dd.term_due)
                   GROUP BY pr.dossier_id
                )
                %s
                , s AS (
                  SELECT c.*, %s AS grp,
                         CAST(c.cohort_on + INTERVAL '3' MONTH AS DATE) AS w3,
                         CAST(c.cohort_on + INTERVAL '6' MONTH AS DATE) AS w6,
                         CAST(c.cohort_on + INTERVAL '12' MONTH AS DATE) AS w12,
                         CAST(c.cohort_on + INTERVAL '24' MONTH AS DATE) AS w24,
                         CAST(c.cohort_on + INTERVAL '36' MONTH AS DATE) AS w36,
                         LEAST(c.route_on, hs.first_from) AS started_on,
                         dd.pip_due, dd.pipm_due,
                         COALESCE(c.term_extended_until, dd.term_due) AS term_end,
                         pvt.signed_on AS pvt_on, lmm.completed_on AS map_on,
                         CASE WHEN pt.dossier_id IS NOT NULL THEN 1 ELSE 0 END AS data_term,
                         COALESCE(pt.paid, 0) AS paid_term
                         %s
                    FROM c
                    LEFT JOIN dd ON dd.dossier_id = c.id
                    LEFT JOIN participation_statement_progress pvt ON pvt.dossier_id = c.id
                    LEFT JOIN labour_market_module_progress lmm ON lmm.dossier_id = c.id
                    LEFT JOIN hs ON hs.dossier_id = c.id
                    LEFT JOIN pt ON pt.dossier_id = c.id
                    %s
                )
                SELECT grp%s FROM s GROUP BY grp
                """.formatted(horizonCtes, grp, horizonCats, horizonJoins, sums);
        Map<Integer, Ratios> out = new TreeMap<>();
        jdbc.query(sql, cohort.params(), (ResultSet rs) -> {
            Map<Kpi, long[]> shares = new EnumMap<>(Kpi.class);
            shares.put(Kpi.PIP_WITHIN_STATUTORY_DEADLINE, pair(rs, "pip_k", "pip_n"));
            shares.put(Kpi.PIP_WITHIN_MUNICIPAL_DEADLINE, pair(rs, "pipm_k", "pipm_n"));
            shares.put(Kpi.STARTED_WITHIN_3_MONTHS, pair(rs, "s3_k", "s3_n"));
            shares.put(Kpi.STARTED_WITHIN_6_MONTHS, pair(rs, "s6_k", "s6_n"));
            shares.put(Kpi.PVT_COMPLETED, pair(rs, "pvt_k", "plan_n"));
            shares.put(Kpi.MAP_COMPLETED, pair(rs, "map_k", "plan_n"));
            shares.put(Kpi.COMPLETED_WITHIN_TERM, pair(rs, "ct_k", "ct_n"));
            shares.put(Kpi.PAID_WORK_WITHIN_TERM, pair(rs, "pw_k", "pw_n"));
            Map<Kpi, Long> without = new EnumMap<>(Kpi.class);
            without.put(Kpi.PAID_WORK_WITHIN_TERM, rs.getLong("pw_x"));
            Map<Integer, Map<String, Long>> participation = new LinkedHashMap<>();
            Kpi[] kpis = {Kpi.PARTICIPATING_AT_12_MONTHS, Kpi.PARTICIPATING_AT_24_MONTHS, Kpi.PARTICIPATING_AT_36_MONTHS};
            for (int i = 0; i < HORIZONS.length; i++) {
                int h = HORIZONS[i];
                Map<String, Long> cats = new LinkedHashMap<>();
                long all = 0;
                for (String cat : CATEGORIES) {
                    long n = rs.getLong("p" + h + "_" + cat);
                    cats.put(cat, n);
                    all += n;
                }
                participation.put(h, cats);
                shares.put(kpis[i], new long[] {all - cats.get("NONE"), all});
                without.put(kpis[i], rs.getLong("p" + h + "_x"));
            }
            out.put(rs.getInt("grp"), new Ratios(shares, without, participation));
        });
        return out;
    }

    private static void sum(StringBuilder sb, String alias, String condition) {
        sb.append(",\n SUM(CASE WHEN ").append(condition).append(" THEN 1 ELSE 0 END) AS ").append(alias);
    }

    private static long[] pair(ResultSet rs, String numerator, String denominator) throws SQLException {
        return new long[] {rs.getLong(numerator), rs.getLong(denominator)};
    }

    /**
     * Everything recorded about how a newcomer participates, as one list of (dossier, date, category): the
     * participatieladder of each nulmeting/eindmeting (latest version; trede 5–6 paid work, 4 unpaid work counted as
     * volunteering, 1–3 not participating), the nazorg contact's outcome, and an income situation "eigen inkomen of
     * werk" (counted as paid work). {@code prio} breaks ties on one day in favour of the strongest participation.
     */
    private static String participationRecords() {
        return """
                pr AS (
                  SELECT m.dossier_id, m.measured_on AS on_date,
                         CASE WHEN m.ladder_step >= 5 THEN 'PAID_WORK' WHEN m.ladder_step = 4 THEN 'VOLUNTEERING' ELSE 'NONE' END AS cat,
                         CASE WHEN m.ladder_step >= 5 THEN 1 WHEN m.ladder_step = 4 THEN 3 ELSE 4 END AS prio
                    FROM intake_measurement m JOIN c ON c.id = m.dossier_id
                   WHERE m.measured_on <= :p
                     AND NOT EXISTS (SELECT 1 FROM intake_measurement m2 WHERE m2.dossier_id = m.dossier_id AND m2.kind = m.kind
                                      AND m2.version_no > m.version_no AND m2.measured_on <= :p)
                  UNION ALL
                  SELECT a.dossier_id, a.contacted_on,
                         CASE a.outcome WHEN 'WORK' THEN 'PAID_WORK' WHEN 'EDUCATION' THEN 'STUDY'
                                        WHEN 'VOLUNTEERING' THEN 'VOLUNTEERING' ELSE 'NONE' END,
                         CASE a.outcome WHEN 'WORK' THEN 1 WHEN 'EDUCATION' THEN 2 WHEN 'VOLUNTEERING' THEN 3 ELSE 4 END
                    FROM aftercare_contact a JOIN c ON c.id = a.dossier_id
                   WHERE a.contacted_on <= :p
                  UNION ALL
                  SELECT i.dossier_id, i.valid_from, 'PAID_WORK', 1
                    FROM income_situation i JOIN c ON c.id = i.dossier_id
                   WHERE i.situation = 'OWN_INCOME' AND i.valid_from <= :p
                )
                """;
    }

    /** Inflow: dossiers of the cohort per target group. */
    Map<TargetGroup, Long> inflow(Cohort cohort) {
        Map<TargetGroup, Long> out = new EnumMap<>(TargetGroup.class);
        for (TargetGroup g : TargetGroup.values()) {
            out.put(g, 0L);
        }
        jdbc.query(cohort.cte() + " SELECT target_group, COUNT(*) AS n FROM c GROUP BY target_group", cohort.params(),
                (ResultSet rs) -> {
                    out.put(TargetGroup.valueOf(rs.getString("target_group")), rs.getLong("n"));
                });
        return out;
    }

    /** Route mix: dossiers of the cohort per learning route of their latest PIP; {@code null} = no PIP yet. */
    Map<LearningRoute, Long> routeMix(Cohort cohort) {
        Map<LearningRoute, Long> out = new HashMap<>();
        jdbc.query(cohort.cte() + " SELECT route, COUNT(*) AS n FROM c GROUP BY route", cohort.params(), (ResultSet rs) -> {
            String r = rs.getString("route");
            out.put(r == null ? null : LearningRoute.valueOf(r), rs.getLong("n"));
        });
        return out;
    }

    record Median(Double value, long n) {
    }

    /** Median days from BRP registration to the first PIP's dagtekening, over the cohort's dossiers with a PIP. */
    Median daysToPlan(Cohort cohort) {
        return jdbc.queryForObject(cohort.cte() + """
                SELECT COUNT(*) AS n, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(plan_on - brp_on AS INTEGER)) AS med
                  FROM c WHERE plan_on IS NOT NULL AND brp_on IS NOT NULL
                """, cohort.params(), (rs, i) -> new Median(number(rs, "med"), rs.getLong("n")));
    }

    /**
     * Per learning route: completed dossiers (duty met) and the median days from the start of the term (the stored
     * term start, else BRP registration) to completion.
     */
    Map<LearningRoute, Median> daysToCompletion(Cohort cohort) {
        Map<LearningRoute, Median> out = new HashMap<>();
        jdbc.query(cohort.cte() + """
                SELECT route, COUNT(*) AS n,
                       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(completed_on - COALESCE(ts.due_date, brp_on) AS INTEGER)) AS med
                  FROM c LEFT JOIN dossier_deadline ts ON ts.dossier_id = c.id AND ts.code = 'TERM_START'
                 WHERE completed_on IS NOT NULL AND completion_type IN %s AND COALESCE(ts.due_date, brp_on) IS NOT NULL
                 GROUP BY route
                """.formatted(MET), cohort.params(), (ResultSet rs) -> {
            String r = rs.getString("route");
            out.put(r == null ? null : LearningRoute.valueOf(r), new Median(number(rs, "med"), rs.getLong("n")));
        });
        return out;
    }

    record ExamCounts(long candidates, long passed, long attempts) {
    }

    /** Per learning route and exam part: dossiers that took the part, dossiers that passed it, attempts. */
    Map<LearningRoute, Map<String, ExamCounts>> exams(Cohort cohort) {
        Map<LearningRoute, Map<String, ExamCounts>> out = new HashMap<>();
        jdbc.query(cohort.cte() + """
                SELECT c.route, e.part, COUNT(DISTINCT e.dossier_id) AS took,
                       COUNT(DISTINCT CASE WHEN e.passed THEN e.dossier_id END) AS passed, COUNT(*) AS attempts
                  FROM c JOIN exam_result e ON e.dossier_id = c.id AND e.taken_on <= :p
                 GROUP BY c.route, e.part
                """, cohort.params(), (ResultSet rs) -> {
            String r = rs.getString("route");
            out.computeIfAbsent(r == null ? null : LearningRoute.valueOf(r), k -> new HashMap<>())
                    .put(rs.getString("part"), new ExamCounts(rs.getLong("took"), rs.getLong("passed"), rs.getLong("attempts")));
        });
        return out;
    }

    record HourNormCounts(long withPlan, long pvtReached, long mapReached, long selfReliance, long selfRelianceLanguageReached,
                          long selfRelianceAsylum, long selfRelianceParticipationReached) {
    }

    /** Hours attended (periods ended on or before the peildatum) against the norms of {@link nl.regie.rules.HourNorms}. */
    HourNormCounts hourNorms(Cohort cohort, int pvt, int mapPractical, int zLanguage, int zParticipation) {
        MapSqlParameterSource p = cohort.params().addValue("pvt", pvt).addValue("map", mapPractical)
                .addValue("zl", zLanguage).addValue("zp", zParticipation);
        return jdbc.queryForObject(cohort.cte() + """
                , hh AS (
                  SELECT h.dossier_id,
                         SUM(CASE WHEN h.component = 'PARTICIPATION_STATEMENT_PROGRAMME' THEN h.attended_hours ELSE 0 END) AS pvt,
                         SUM(CASE WHEN h.component = 'LABOUR_MARKET_MODULE_PRACTICAL' THEN h.attended_hours ELSE 0 END) AS map,
                         SUM(CASE WHEN h.component IN ('LANGUAGE', 'KNM') THEN h.attended_hours ELSE 0 END) AS lang,
                         SUM(CASE WHEN h.component = 'PARTICIPATION' THEN h.attended_hours ELSE 0 END) AS part
                    FROM route_hours h JOIN c ON c.id = h.dossier_id
                   WHERE h.period_to <= :p
                   GROUP BY h.dossier_id
                )
                SELECT SUM(CASE WHEN c.route IS NOT NULL THEN 1 ELSE 0 END) AS with_plan,
                       SUM(CASE WHEN c.route IS NOT NULL AND hh.pvt >= :pvt THEN 1 ELSE 0 END) AS pvt_ok,
                       SUM(CASE WHEN c.route IS NOT NULL AND hh.map >= :map THEN 1 ELSE 0 END) AS map_ok,
                       SUM(CASE WHEN c.route = 'SELF_RELIANCE' THEN 1 ELSE 0 END) AS z,
                       SUM(CASE WHEN c.route = 'SELF_RELIANCE' AND hh.lang >= :zl THEN 1 ELSE 0 END) AS z_lang,
                       SUM(CASE WHEN c.route = 'SELF_RELIANCE' AND c.target_group = 'ASYLUM_PERMIT_HOLDER' THEN 1 ELSE 0 END) AS za,
                       SUM(CASE WHEN c.route = 'SELF_RELIANCE' AND c.target_group = 'ASYLUM_PERMIT_HOLDER' AND hh.part >= :zp THEN 1 ELSE 0 END) AS za_part
                  FROM c LEFT JOIN hh ON hh.dossier_id = c.id
                """, p, (rs, i) -> new HourNormCounts(rs.getLong("with_plan"), rs.getLong("pvt_ok"), rs.getLong("map_ok"),
                rs.getLong("z"), rs.getLong("z_lang"), rs.getLong("za"), rs.getLong("za_part")));
    }

    record BaselineFinal(long n, Double ladderBaseline, Double ladderFinal, long ladderRose, Double zrmBaseline, Double zrmFinal) {
    }

    /**
     * Dossiers with both a nulmeting and an eindmeting (latest versions measured on or before the peildatum): average
     * participatieladder step and average ZRM score of each, and how many rose on the ladder. ZRM domains that are
     * special categories (health, addiction) are left out of the averages.
     */
    BaselineFinal baselineFinal(Cohort cohort) {
        return jdbc.queryForObject(cohort.cte() + """
                , lm AS (
                  SELECT m.id, m.dossier_id, m.kind, m.ladder_step,
                         (SELECT AVG(CAST(s.score AS DECIMAL(6,3))) FROM intake_measurement_score s
                           WHERE s.measurement_id = m.id AND s.special_category = FALSE) AS zrm
                    FROM intake_measurement m JOIN c ON c.id = m.dossier_id
                   WHERE m.measured_on <= :p
                     AND NOT EXISTS (SELECT 1 FROM intake_measurement m2 WHERE m2.dossier_id = m.dossier_id AND m2.kind = m.kind
                                      AND m2.version_no > m.version_no AND m2.measured_on <= :p)
                )
                SELECT COUNT(*) AS n, AVG(CAST(b.ladder_step AS DECIMAL(6,3))) AS lb, AVG(CAST(f.ladder_step AS DECIMAL(6,3))) AS lf,
                       SUM(CASE WHEN f.ladder_step > b.ladder_step THEN 1 ELSE 0 END) AS rose, AVG(b.zrm) AS zb, AVG(f.zrm) AS zf
                  FROM lm b JOIN lm f ON f.dossier_id = b.dossier_id AND f.kind = 'FINAL'
                 WHERE b.kind = 'BASELINE'
                """, cohort.params(), (rs, i) -> new BaselineFinal(rs.getLong("n"), number(rs, "lb"), number(rs, "lf"),
                rs.getLong("rose"), number(rs, "zb"), number(rs, "zf")));
    }

    /**
     * The stock on the peildatum (not a cohort): every dossier of the scope per state it was in on that day,
     * derived from the step dates on or before it (a dossier without any step by then did not exist yet).
     */
    Map<String, Long> statesOn(List<String> municipalities, LocalDate peildatum, TargetGroup targetGroup) {
        Map<String, Long> out = new LinkedHashMap<>();
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("codes", municipalities).addValue("p", peildatum);
        if (targetGroup != null) {
            p.addValue("tg", targetGroup.name());
        }
        jdbc.query("""
                SELECT st, COUNT(*) AS n FROM (
                  SELECT CASE WHEN closed_on <= :p THEN 'CLOSED' WHEN aftercare_started_on <= :p THEN 'AFTERCARE'
                              WHEN completed_on <= :p THEN 'COMPLETED' WHEN route_started_on <= :p THEN 'IN_ROUTE'
                              WHEN plan_established_on <= :p THEN 'PLAN_ESTABLISHED' WHEN intake_started_on <= :p THEN 'INTAKE_IN_PROGRESS'
                              WHEN brp_registered_on <= :p THEN 'BRP_REGISTERED' WHEN housed_on <= :p THEN 'HOUSED'
                              WHEN warm_handover_on <= :p THEN 'WARM_HANDOVER_HELD' WHEN linked_on <= :p THEN 'LINKED' END AS st
                    FROM dossier WHERE municipality_code IN (:codes) %s
                ) x WHERE st IS NOT NULL GROUP BY st
                """.formatted(targetGroup == null ? "" : "AND target_group = :tg"), p, (ResultSet rs) -> {
            out.put(rs.getString("st"), rs.getLong("n"));
        });
        return out;
    }

    /** Dossiers and records of one enforcement figure, and the sum of their amounts where the figure has one. */
    record EnforcementCount(long dossiers, long records, BigDecimal amount) {
        static final EnforcementCount NONE = new EnforcementCount(0, 0, null);
    }

    /**
     * Handhaving for the cohort's dossiers as it stood on the peildatum (V13; see the enforcement module), one row per
     * key: breaches heard on or before it (with or without a valid reason), decisions taken on or before it by kind, a
     * fine's status on that day (awaiting the team lead until it was approved — dated — or rejected), objections
     * received and their outcome if decided by then, the fines that still stand after objection with their amount, and
     * Participatiewet measures decided instead of a Wi fine. A rejection carries only its recording moment, so it counts
     * from the day it was recorded. DUO's own decisions as the municipality recorded them (keys {@code DUO_} + kind),
     * counted from the date DUO decided.
     */
    Map<String, EnforcementCount> enforcement(Cohort cohort) {
        Map<String, EnforcementCount> out = new HashMap<>();
        jdbc.query(cohort.cte() + """
                , b AS (
                  SELECT eb.id, eb.dossier_id, eb.valid_reason FROM enforcement_breach eb JOIN c ON c.id = eb.dossier_id
                   WHERE eb.heard_on <= :p
                ), dp AS (
                  SELECT d.id, d.dossier_id, d.kind, d.amount,
                         CASE WHEN d.kind <> 'FINE' THEN 'FINAL'
                              WHEN d.status = 'APPROVED' AND d.dated_on <= :p THEN 'APPROVED'
                              WHEN d.status = 'REJECTED' AND d.reviewed_at < :p1at THEN 'REJECTED'
                              ELSE 'AWAITING_APPROVAL' END AS st
                    FROM enforcement_decision d JOIN c ON c.id = d.dossier_id
                   WHERE d.decided_on <= :p
                ), ob AS (
                  SELECT o.decision_id, dp.dossier_id, dp.amount,
                         CASE WHEN r.decided_on <= :p THEN r.outcome ELSE 'RUNNING' END AS outcome,
                         CASE WHEN r.decided_on <= :p THEN r.new_amount END AS new_amount
                    FROM enforcement_objection o JOIN dp ON dp.id = o.decision_id AND dp.st = 'APPROVED'
                    LEFT JOIN enforcement_objection_outcome r ON r.decision_id = o.decision_id
                   WHERE o.received_on <= :p
                ), x AS (
                  SELECT 'BREACH' AS k, dossier_id, CAST(NULL AS DECIMAL(12,2)) AS amount FROM b
                  UNION ALL
                  SELECT CASE WHEN valid_reason THEN 'BREACH_EXCUSED' ELSE 'BREACH_CULPABLE' END, dossier_id, NULL FROM b
                  UNION ALL
                  SELECT CASE WHEN kind = 'FINE' THEN 'FINE_' || st ELSE kind END, dossier_id, amount FROM dp
                  UNION ALL
                  SELECT 'OBJECTION', dossier_id, NULL FROM ob
                  UNION ALL
                  SELECT 'OBJECTION_' || outcome, dossier_id, CASE WHEN outcome = 'UPHELD' THEN amount END FROM ob
                  UNION ALL
                  SELECT 'FINE_STANDING', dp.dossier_id, CASE WHEN ob.outcome = 'PARTLY_UPHELD' THEN ob.new_amount ELSE dp.amount END
                    FROM dp LEFT JOIN ob ON ob.decision_id = dp.id
                   WHERE dp.st = 'APPROVED' AND (ob.outcome IS NULL OR ob.outcome <> 'UPHELD')
                  UNION ALL
                  SELECT 'PW_MEASURE', b.dossier_id, NULL FROM enforcement_pw_measure m JOIN b ON b.id = m.breach_id
                   WHERE m.decided_on <= :p
                  UNION ALL
                  SELECT 'DUO_' || dd.kind, dd.dossier_id, dd.amount FROM duo_decision dd JOIN c ON c.id = dd.dossier_id
                   WHERE dd.decided_on <= :p
                )
                SELECT k, COUNT(DISTINCT dossier_id) AS dossiers, COUNT(*) AS n, SUM(amount) AS amount FROM x GROUP BY k
                """, cohort.params(), (ResultSet rs) -> {
            out.put(rs.getString("k"), new EnforcementCount(rs.getLong("dossiers"), rs.getLong("n"), rs.getBigDecimal("amount")));
        });
        return out;
    }

    record ReliefCounts(long asylumPermitHolders, long started, long active, long extended, long endedEarly, long ended,
                        long endedAfterSixMonths, long paidDossiers, long transfers, BigDecimal paid) {
    }

    /**
     * Financieel ontzorgen (V14, Pw art. 56a) for the cohort's asylum permit holders as it stood on the peildatum:
     * arrangements started on or before it; the last day as it was agreed then — an extension or early end counts from
     * the moment it was recorded ({@code financial_relief_change} keeps the previous end), since neither has a date of
     * its own; running on the peildatum or over before it, and of those over, whether they ran the law's six months
     * (the last day on or after the end of six months, as {@code FinancialReliefRules.endDate} counts it); payments
     * executed on or before the peildatum.
     */
    ReliefCounts relief(Cohort cohort) {
        return jdbc.queryForObject(cohort.cte() + """
                , r0 AS (
                  SELECT fr.id, fr.dossier_id, fr.starts_on,
                         COALESCE((SELECT ch.new_end FROM financial_relief_change ch WHERE ch.relief_id = fr.id AND ch.recorded_at < :p1at
                                    ORDER BY ch.recorded_at DESC, ch.id DESC FETCH FIRST 1 ROWS ONLY),
                                  (SELECT ch.previous_end FROM financial_relief_change ch WHERE ch.relief_id = fr.id
                                    ORDER BY ch.recorded_at, ch.id FETCH FIRST 1 ROWS ONLY),
                                  fr.ends_on) AS end_p,
                         CASE WHEN EXISTS (SELECT 1 FROM financial_relief_change ch WHERE ch.relief_id = fr.id AND ch.kind = 'EXTENDED'
                                            AND ch.recorded_at < :p1at) THEN 1 ELSE 0 END AS extended,
                         CASE WHEN EXISTS (SELECT 1 FROM financial_relief_change ch WHERE ch.relief_id = fr.id AND ch.kind = 'ENDED_EARLY'
                                            AND ch.recorded_at < :p1at) THEN 1 ELSE 0 END AS ended_early,
                         CAST(fr.starts_on + INTERVAL '6' MONTH AS DATE) AS s6
                    FROM financial_relief fr JOIN c ON c.id = fr.dossier_id
                   WHERE c.target_group = 'ASYLUM_PERMIT_HOLDER' AND fr.starts_on <= :p
                ), r AS (
                  SELECT r0.*,
                         CASE WHEN (EXTRACT(DAY FROM s6) <> EXTRACT(DAY FROM starts_on) AND end_p >= s6)
                                OR (EXTRACT(DAY FROM s6) = EXTRACT(DAY FROM starts_on) AND end_p >= CAST(s6 - INTERVAL '1' DAY AS DATE))
                              THEN 1 ELSE 0 END AS six_months
                    FROM r0
                ), pay AS (
                  SELECT rp.dossier_id, COUNT(*) AS n, SUM(rp.amount) AS amount
                    FROM relief_payment rp JOIN r ON r.id = rp.relief_id
                   WHERE rp.execution_date <= :p
                   GROUP BY rp.dossier_id
                )
                SELECT (SELECT COUNT(*) FROM c WHERE c.target_group = 'ASYLUM_PERMIT_HOLDER') AS asylum,
                       (SELECT COUNT(*) FROM r) AS started,
                       (SELECT COUNT(*) FROM r WHERE end_p >= :p) AS active,
                       (SELECT COUNT(*) FROM r WHERE extended = 1) AS extended,
                       (SELECT COUNT(*) FROM r WHERE ended_early = 1) AS ended_early,
                       (SELECT COUNT(*) FROM r WHERE end_p < :p) AS ended,
                       (SELECT COUNT(*) FROM r WHERE end_p < :p AND six_months = 1) AS ended_six,
                       (SELECT COUNT(*) FROM pay) AS paid_dossiers,
                       (SELECT SUM(n) FROM pay) AS transfers,
                       (SELECT SUM(amount) FROM pay) AS paid
                """, cohort.params(), (rs, i) -> new ReliefCounts(rs.getLong("asylum"), rs.getLong("started"), rs.getLong("active"),
                rs.getLong("extended"), rs.getLong("ended_early"), rs.getLong("ended"), rs.getLong("ended_six"),
                rs.getLong("paid_dossiers"), rs.getLong("transfers"), rs.getBigDecimal("paid")));
    }

    record Scores(long respondents, Double average, long sevenOrMore) {
    }

    /**
     * Per subject of the satisfaction survey (V17): the cohort's newcomers who answered on or before the peildatum, the
     * average of each one's latest answer by then, and how many gave a 7 or more (seed 004's norm: "gemiddeld minimaal
     * een 7,0").
     */
    Map<String, Scores> satisfaction(Cohort cohort) {
        Map<String, Scores> out = new HashMap<>();
        jdbc.query(cohort.cte() + """
                , sa AS (
                  SELECT a.dossier_id, a.subject, a.score FROM satisfaction_answer a JOIN c ON c.id = a.dossier_id
                   WHERE a.answered_on <= :p
                     AND NOT EXISTS (SELECT 1 FROM satisfaction_answer a2 WHERE a2.dossier_id = a.dossier_id AND a2.subject = a.subject
                                      AND a2.answered_on > a.answered_on AND a2.answered_on <= :p)
                )
                SELECT subject, COUNT(*) AS n, AVG(CAST(score AS DECIMAL(6,3))) AS avg_score,
                       SUM(CASE WHEN score >= 7 THEN 1 ELSE 0 END) AS seven
                  FROM sa GROUP BY subject
                """, cohort.params(), (ResultSet rs) -> {
            out.put(rs.getString("subject"), new Scores(rs.getLong("n"), number(rs, "avg_score"), rs.getLong("seven")));
        });
        return out;
    }

    /** The chain partners' surveys of the scope held in the cohort's period, on or before the peildatum, oldest first. */
    List<PartnerSurvey> partnerSurveys(Cohort cohort) {
        return jdbc.query("""
                SELECT * FROM partner_satisfaction_survey
                 WHERE municipality_code IN (:codes) AND held_on >= :from AND held_on < :until
                 ORDER BY held_on, id
                """, cohort.params(), (rs, i) -> PartnerSurveys.survey(rs));
    }

    private static Double number(ResultSet rs, String col) throws SQLException {
        BigDecimal v = rs.getBigDecimal(col);
        return v == null ? null : v.doubleValue();
    }

    /** A count per key ({@code k}) for the yearly overview: dossiers of the municipalities, events dated in the year. */
    Map<String, Long> yearCounts(String sql, List<String> municipalities, int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("codes", municipalities)
                .addValue("from", LocalDate.of(year, 1, 1)).addValue("until", LocalDate.of(year + 1, 1, 1))
                .addValue("end", LocalDate.of(year, 12, 31));
        jdbc.query(sql, p, (ResultSet rs) -> {
            String k = rs.getString("k");
            out.put(k == null ? "" : k, rs.getLong("n"));
        });
        return out;
    }

    List<String> allMunicipalities() {
        return jdbc.getJdbcTemplate().queryForList("SELECT code FROM municipality ORDER BY code", String.class);
    }
}
