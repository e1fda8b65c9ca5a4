package nl.regie.monitoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.regie.TestData;

/**
 * A small hand-built cohort with known answers, written straight into the tables the KPIs read (the screens and
 * services that normally write them are tested in their own modules). Cohort 2022-H1 of one municipality:
 * <ul>
 *   <li>A — 6 asylum permit holders, housed 15-01-2022, BRP 20-01-2022, PIP 01-03-2022 (40 days, in time for the
 *   statutory deadline 30-03-2022, late for the municipal one 25-02-2022), B1-route started 15-03-2022, PVT 12 hours
 *   and signed, reading failed once (all six) and passed at the second attempt (five), completed by exam 01-06-2024
 *   (term 01-03-2022 – 01-03-2025); participatieladder 2 at the nulmeting 01-02-2022, 6 at the eindmeting 15-06-2024;
 *   ZRM finances 2, housing 3 → 4, 5 (and a health score that must not count).</li>
 *   <li>B — 5 asylum permit holders, housed 10-02-2022, BRP 12-02-2022, PIP 10-06-2022 (118 days, late for
 *   22-04-2022), Z-route started 20-06-2022, 850 language hours and 400 participation hours, own income from
 *   01-03-2023; not completed (term to 10-06-2025). B5 moved away on 01-01-2023.</li>
 *   <li>C — 5 family migrants, not housed by the municipality, BRP 01-04-2022, PIP 01-05-2022 (30 days, in time for
 *   10-06-2022), onderwijsroute started 01-11-2022, completed by taalschakeltraject 01-12-2023 (term from 01-05-2022 to
 *   01-05-2025), aftercare contact 01-06-2024: in education.</li>
 *   <li>Outside the cohort: one housed 31-12-2021 and one housed 01-07-2022.</li>
 * </ul>
 */
public final class CohortFixture {

    final JdbcClient jdbc;
    final String municipality;
    public final List<UUID> a = new ArrayList<>();
    final List<UUID> b = new ArrayList<>();
    final List<UUID> c = new ArrayList<>();

    public CohortFixture(JdbcClient jdbc, String municipality) {
        this.jdbc = jdbc;
        this.municipality = municipality;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A municipality only this test uses, so other tests' dossiers never end up in its figures. */
    static String freshMunicipality(JdbcClient jdbc) {
        while (true) {
            String code = String.valueOf(9000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
            if (jdbc.sql("SELECT COUNT(*) FROM municipality WHERE code = ?").param(code).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO municipality (code, name) VALUES (?, ?)").params(code, "Testgemeente " + code).update();
                return code;
            }
        }
    }

    public CohortFixture build() {
        for (int i = 0; i < 6; i++) {
            UUID id = dossier("ASYLUM_PERMIT_HOLDER", d("2022-01-15"), d("2022-01-20"), d("2022-03-01"), d("2022-03-15"),
                    d("2024-06-01"), "EXAM", null, null);
            a.add(id);
            deadline(id, "INTEGRATION_PLAN_DUE", d("2022-03-30"));
            deadline(id, "INTEGRATION_PLAN_DUE_MUNICIPAL", d("2022-02-25"));
            deadline(id, "TERM_START", d("2022-03-01"));
            deadline(id, "TERM_END", d("2025-03-01"));
            plan(id, "B1", d("2022-03-01"));
            hours(id, "PARTICIPATION_STATEMENT_PROGRAMME", d("2022-04-01"), d("2022-06-30"), 12);
            jdbc.sql("INSERT INTO participation_statement_progress (dossier_id, signed_on, updated_by, updated_at, version) VALUES (?, ?, 'test', ?, 0)")
                    .params(id, d("2022-07-01"), now()).update();
            exam(id, "READING", 1, d("2023-05-01"), false);
            if (i < 5) {
                exam(id, "READING", 2, d("2023-09-01"), true);
            }
            long base = measurement(id, "BASELINE", d("2022-02-01"), 2);
            score(base, "FINANCES", false, 2);
            score(base, "HOUSING", false, 3);
            score(base, "MENTAL_HEALTH", true, 1);
            long fin = measurement(id, "FINAL", d("2024-06-15"), 6);
            score(fin, "FINANCES", false, 4);
            score(fin, "HOUSING", false, 5);
            score(fin, "MENTAL_HEALTH", true, 5);
        }
        for (int i = 0; i < 5; i++) {
            boolean moved = i == 4;
            UUID id = dossier("ASYLUM_PERMIT_HOLDER", d("2022-02-10"), d("2022-02-12"), d("2022-06-10"), d("2022-06-20"),
                    null, null, moved ? d("2023-01-01") : null, moved ? "MOVED" : null);
            b.add(id);
            deadline(id, "INTEGRATION_PLAN_DUE", d("2022-04-22"));
            deadline(id, "TERM_START", d("2022-06-10"));
            deadline(id, "TERM_END", d("2025-06-10"));
            plan(id, "SELF_RELIANCE", d("2022-06-10"));
            hours(id, "LANGUAGE", d("2022-07-01"), d("2023-06-30"), 850);
            hours(id, "PARTICIPATION", d("2022-07-01"), d("2023-06-30"), 400);
            jdbc.sql("INSERT INTO income_situation (dossier_id, situation, valid_from, recorded_by, recorded_at) VALUES (?, 'OWN_INCOME', ?, 'test', ?)")
                    .params(id, d("2023-03-01"), now()).update();
        }
        for (int i = 0; i < 5; i++) {
            UUID id = dossier("FAMILY_MIGRANT", null, d("2022-04-01"), d("2022-05-01"), d("2022-11-01"), d("2023-12-01"),
                    "LANGUAGE_SWITCH_PROGRAMME", null, null);
            c.add(id);
            deadline(id, "INTEGRATION_PLAN_DUE", d("2022-06-10"));
            deadline(id, "TERM_START", d("2022-05-01"));
            deadline(id, "TERM_END", d("2025-05-01"));
            plan(id, "EDUCATION", d("2022-05-01"));
            jdbc.sql("""
                            INSERT INTO aftercare_contact (dossier_id, planned_on, contacted_on, outcome, recorded_by, recorded_at)
                            VALUES (?, ?, ?, 'EDUCATION', 'test', ?)""")
                    .params(id, d("2024-06-01"), d("2024-06-01"), now()).update();
        }
        dossier("ASYLUM_PERMIT_HOLDER", d("2021-12-31"), null, null, null, null, null, null, null);
        dossier("ASYLUM_PERMIT_HOLDER", d("2022-07-01"), null, null, null, null, null, null, null);
        return this;
    }

    UUID dossier(String targetGroup, LocalDate housed, LocalDate brp, LocalDate plan, LocalDate route, LocalDate completed,
                 String completionType, LocalDate closed, String closureReason) {
        UUID id = UUID.randomUUID();
        String state = closed != null ? "CLOSED" : completed != null ? "COMPLETED" : route != null ? "IN_ROUTE"
                : plan != null ? "PLAN_ESTABLISHED" : brp != null ? "BRP_REGISTERED" : "HOUSED";
        jdbc.sql("""
                        INSERT INTO dossier (id, municipality_code, bsn, given_names, family_name, birth_date, nationality, target_group,
                                             contact_language, interpreter_needed, state, linked_on, housed_on, brp_registered_on,
                                             plan_established_on, route_started_on, completed_on, completion_type, closed_on, closure_reason,
                                             created_at, updated_at, version)
                        VALUES (?, ?, ?, 'Test', 'Cohort', ?, 'SYR', ?, 'ar', FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, municipality, TestData.freshBsn(), d("1990-05-17"), targetGroup, state,
                        housed == null ? null : housed.minusDays(30), housed, brp, plan, route, completed, completionType, closed,
                        closureReason, now(), now())
                .update();
        return id;
    }

    void deadline(UUID id, String code, LocalDate due) {
        jdbc.sql("INSERT INTO dossier_deadline (dossier_id, code, due_date, basis, explanation) VALUES (?, ?, ?, 'test', 'test')")
                .params(id, code, due).update();
    }

    void plan(UUID id, String route, LocalDate datedOn) {
        jdbc.sql("""
                        INSERT INTO integration_plan (dossier_id, version_no, status, dated_on, learning_route, route_reasons, provider, knm,
                                                      participation_statement, planned_meetings, summary_languages, created_by, created_at, version)
                        VALUES (?, 1, 'ESTABLISHED', ?, ?, 'test', 'test', 'test', 'test', 8, '', 'test', ?, 0)""")
                .params(id, datedOn, route, now()).update();
    }

    void hours(UUID id, String component, LocalDate from, LocalDate to, int attended) {
        jdbc.sql("""
                        INSERT INTO route_hours (dossier_id, component, period_from, period_to, attended_hours, quality_marked,
                                                 absent_sick, absent_excused, absent_unexcused, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, TRUE, 0, 0, 0, 'test', ?)""")
                .params(id, component, from, to, BigDecimal.valueOf(attended), now()).update();
    }

    void exam(UUID id, String part, int attempt, LocalDate on, boolean passed) {
        jdbc.sql("INSERT INTO exam_result (dossier_id, part, attempt_no, taken_on, level, passed, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'B1', ?, 'test', ?)")
                .params(id, part, attempt, on, passed, now()).update();
    }

    long measurement(UUID id, String kind, LocalDate on, int ladder) {
        jdbc.sql("INSERT INTO intake_measurement (dossier_id, kind, version_no, measured_on, ladder_step, recorded_by, recorded_at) VALUES (?, ?, 1, ?, ?, 'test', ?)")
                .params(id, kind, on, ladder, now()).update();
        return jdbc.sql("SELECT id FROM intake_measurement WHERE dossier_id = ? AND kind = ?").params(id, kind).query(Long.class).single();
    }

    void score(long measurement, String domain, boolean special, int score) {
        jdbc.sql("INSERT INTO intake_measurement_score (measurement_id, zrm_domain, special_category, score) VALUES (?, ?, ?, ?)")
                .params(measurement, domain, special, score).update();
    }

    static Timestamp now() {
        return Timestamp.from(Instant.parse("2022-01-01T00:00:00Z"));
    }
}
