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

    /**
     * A municipality only this test uses, so other tests' dossiers never end up in its figures. The range stops at
     * 9998: 9999 is {@link nl.regie.TestData#UNKNOWN_MUNICIPALITY}, which must stay unknown (on PostgreSQL all test
     * contexts share one database, and a fixture once took it, failing two API tests).
     */
    static String freshMunicipality(JdbcClient jdbc) {
        while (true) {
            String code = String.valueOf(9000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(999));
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

    /**
     * Enforcement, ontzorgen and satisfaction on top of {@link #build()} (the counting is worked out in
     * {@code EnforcementReliefSatisfactionKpiTest}):
     * <ul>
     *   <li>Handhaving. A1–A6: a missed progress meeting on 01-09-2022, heard 08-09-2022, no valid reason; A1–A5 a fine
     *   of € 100 decided 12-09-2022, approved and dated 20-09-2022; A6 a warning (12-09-2022). A1 again on 01-03-2023
     *   (heard 10-03-2023): a fine of € 250 decided 15-03-2023, rejected by the team lead (recorded 20-03-2023), then a
     *   warning on 21-03-2023. Objections against A1–A5's fines: A1 received 10-10-2022, upheld 15-11-2022 (withdrawn);
     *   A2 received 10-10-2022, partly upheld 15-11-2022 (€ 50); A3, A4 received 12-10-2022, dismissed 20-11-2022; A5
     *   received 14-10-2022, dismissed 10-01-2023. B1–B5: the PIP, 02-05-2022, heard 09-05-2022; B1, B2 with a valid
     *   reason (decision: no sanction, 10-05-2022); B3 a Participatiewet measure instead (20-05-2022); B4, B5 a fine of
     *   € 100 decided 12-05-2022 still awaiting approval. C1–C5: the brede intake, 01-08-2022, heard 05-08-2022, no
     *   valid reason; a fine of € 250 decided 08-08-2022, approved and dated 15-08-2022.</li>
     *   <li>Ontzorgen. A1–A6 from 01-02-2022 for 6 months (to 31-07-2022); A1 and A2 extended to 31-12-2022 (recorded
     *   20-07-2022). B1–B5 from 01-03-2022 (to 31-08-2022), ended early with last day 30-06-2022 (recorded 05-07-2022).
     *   Payments: on 01-03-2022 A1–A6 rent € 500 and remainder € 300, B1–B5 rent € 450; on 01-08-2022 A1 and A2 rent
     *   € 500.</li>
     *   <li>Tevredenheid. Maatschappelijke begeleiding: A1–A6 on 01-12-2022 gave 8, 7, 9, 7, 8, 5; A1 again on
     *   10-01-2024: 4; B1–B5 on 01-06-2023: 7, 7, 8, 6, 10. MAP: C1–C3 on 01-05-2023: 9, 8, 6. Overall: C1–C5 on
     *   01-02-2024: 6, 6, 7, 8, 8; C1 again on 01-07-2026 (after the tests' peildatum): 1; the dossier housed 01-07-2022
     *   (outside the cohort) on 01-02-2024: 1. Chain partners: 15-03-2022, 12 respondents, 7,4; 20-05-2022, 4
     *   respondents, 8,0; 01-08-2022 (second half year), 30 respondents, 6,0.</li>
     * </ul>
     */
    public CohortFixture withEnforcementReliefAndSatisfaction() {
        long policy = enforcementPolicy();
        for (int i = 0; i < 6; i++) {
            UUID id = a.get(i);
            long breach = breach(id, "PROGRESS_MEETING", d("2022-09-01"), d("2022-09-08"), false);
            if (i < 5) {
                long fine = decision(breach, id, policy, "FINE", "100.00", d("2022-09-12"), "APPROVED", d("2022-09-20"), null);
                String received = i < 2 ? "2022-10-10" : i < 4 ? "2022-10-12" : "2022-10-14";
                objection(fine, d(received));
                switch (i) {
                    case 0 -> outcome(fine, "UPHELD", d("2022-11-15"), null);
                    case 1 -> outcome(fine, "PARTLY_UPHELD", d("2022-11-15"), "50.00");
                    case 2, 3 -> outcome(fine, "DISMISSED", d("2022-11-20"), null);
                    default -> outcome(fine, "DISMISSED", d("2023-01-10"), null);
                }
            } else {
                decision(breach, id, policy, "WARNING", null, d("2022-09-12"), "FINAL", null, null);
            }
        }
        long again = breach(a.get(0), "BROAD_INTAKE", d("2023-03-01"), d("2023-03-10"), false);
        decision(again, a.get(0), policy, "FINE", "250.00", d("2023-03-15"), "REJECTED", null, Instant.parse("2023-03-20T10:00:00Z"));
        decision(again, a.get(0), policy, "WARNING", null, d("2023-03-21"), "FINAL", null, null);
        for (int i = 0; i < 5; i++) {
            UUID id = b.get(i);
            long breach = breach(id, "PLAN", d("2022-05-02"), d("2022-05-09"), i < 2);
            if (i < 2) {
                decision(breach, id, policy, "NONE", null, d("2022-05-10"), "FINAL", null, null);
            } else if (i == 2) {
                jdbc.sql("""
                                INSERT INTO enforcement_pw_measure (breach_id, percentage, months, decided_on, reasoning, policy_id, recorded_by, recorded_at)
                                VALUES (?, 20, 1, ?, 'test', ?, 'test', ?)""")
                        .params(breach, d("2022-05-20"), policy, now()).update();
            } else {
                decision(breach, id, policy, "FINE", "100.00", d("2022-05-12"), "AWAITING_APPROVAL", null, null);
            }
        }
        for (UUID id : c) {
            long breach = breach(id, "BROAD_INTAKE", d("2022-08-01"), d("2022-08-05"), false);
            decision(breach, id, policy, "FINE", "250.00", d("2022-08-08"), "APPROVED", d("2022-08-15"), null);
        }

        // DUO's own decisions, as the municipality records them: B1–B5's terms extended, C1–C5 fined € 500 for the term,
        // C1 also € 250 for the PVT, A1 exempted.
        for (UUID id : b) {
            duoDecision(id, "TERM_EXTENDED", d("2025-02-10"), null);
        }
        for (UUID id : c) {
            duoDecision(id, "FINE_TERM", d("2025-06-02"), "500.00");
        }
        duoDecision(c.get(0), "FINE_PVT", d("2024-11-01"), "250.00");
        duoDecision(a.get(0), "EXEMPTION", d("2024-05-01"), null);

        long march = paymentRun("2022-03-01");
        long august = paymentRun("2022-08-01");
        for (int i = 0; i < 6; i++) {
            long relief = relief(a.get(i), d("2022-02-01"), i < 2 ? d("2022-12-31") : d("2022-07-31"), false);
            if (i < 2) {
                reliefChange(relief, "EXTENDED", d("2022-07-31"), d("2022-12-31"), Instant.parse("2022-07-20T09:00:00Z"));
                payment(august, relief, a.get(i), "500.00", d("2022-08-01"));
            }
            payment(march, relief, a.get(i), "500.00", d("2022-03-01"));
            payment(march, relief, a.get(i), "300.00", d("2022-03-01"));
        }
        for (UUID id : b) {
            long relief = relief(id, d("2022-03-01"), d("2022-06-30"), true);
            reliefChange(relief, "ENDED_EARLY", d("2022-08-31"), d("2022-06-30"), Instant.parse("2022-07-05T09:00:00Z"));
            payment(march, relief, id, "450.00", d("2022-03-01"));
        }

        int[] guidance = {8, 7, 9, 7, 8, 5};
        for (int i = 0; i < 6; i++) {
            answer(a.get(i), "SOCIAL_GUIDANCE", guidance[i], d("2022-12-01"));
        }
        answer(a.get(0), "SOCIAL_GUIDANCE", 4, d("2024-01-10"));
        int[] guidanceB = {7, 7, 8, 6, 10};
        for (int i = 0; i < 5; i++) {
            answer(b.get(i), "SOCIAL_GUIDANCE", guidanceB[i], d("2023-06-01"));
        }
        int[] map = {9, 8, 6};
        for (int i = 0; i < 3; i++) {
            answer(c.get(i), "LABOUR_MARKET_MODULE", map[i], d("2023-05-01"));
        }
        int[] overall = {6, 6, 7, 8, 8};
        for (int i = 0; i < 5; i++) {
            answer(c.get(i), "OVERALL", overall[i], d("2024-02-01"));
        }
        answer(c.get(0), "OVERALL", 1, d("2026-07-01"));
        UUID outside = dossier("ASYLUM_PERMIT_HOLDER", d("2022-07-01"), null, null, null, null, null, null, null);
        answer(outside, "OVERALL", 1, d("2024-02-01"));
        partnerSurvey(d("2022-03-15"), 12, "7.4", "Partners van de Sociale Alliantie");
        partnerSurvey(d("2022-05-20"), 4, "8.0", "Taalaanbieders");
        partnerSurvey(d("2022-08-01"), 30, "6.0", "Werkgevers");
        return this;
    }

    /** The municipality's fine policy of 2022 (V13 seeds one for the seven real municipalities; a test municipality gets its own). */
    long enforcementPolicy() {
        var seeded = jdbc.sql("SELECT id FROM enforcement_policy WHERE municipality_code = ? AND valid_from = DATE '2022-01-01'")
                .param(municipality).query(Long.class).optional();
        if (seeded.isPresent()) {
            return seeded.get();
        }
        jdbc.sql("""
                        INSERT INTO enforcement_policy (municipality_code, valid_from, warning_first, fine_step_1, fine_step_2, fine_step_3,
                            second_chance_months, reduction_culpability_pct, reduction_means_pct, reduction_restored_pct, max_reduction_pct,
                            pw_measure_pct, pw_measure_months, pw_and_wi_both_allowed, source)
                        VALUES (?, DATE '2022-01-01', TRUE, 100, 250, 500, 24, 50, 25, 25, 75, 20, 1, FALSE, 'test')""")
                .param(municipality).update();
        return jdbc.sql("SELECT id FROM enforcement_policy WHERE municipality_code = ?").param(municipality).query(Long.class).single();
    }

    void duoDecision(UUID id, String kind, LocalDate decidedOn, String amount) {
        jdbc.sql("""
                        INSERT INTO duo_decision (dossier_id, municipality_code, kind, decided_on, reference, amount, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, 'test', ?, 'test', ?)""")
                .params(id, municipality, kind, decidedOn, amount == null ? null : new BigDecimal(amount), now()).update();
    }

    long breach(UUID id, String obligation, LocalDate conduct, LocalDate heard, boolean validReason) {
        jdbc.sql("""
                        INSERT INTO enforcement_breach (dossier_id, municipality_code, obligation, conduct_on, facts, heard_on, statement,
                            valid_reason, culpability_reasoning, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, 'test', ?, 'test', ?, 'test', 'test', ?)""")
                .params(id, municipality, obligation, conduct, heard, validReason, now()).update();
        return jdbc.sql("SELECT MAX(id) FROM enforcement_breach WHERE dossier_id = ?").param(id).query(Long.class).single();
    }

    long decision(long breach, UUID id, long policy, String kind, String amount, LocalDate decided, String status, LocalDate datedOn,
                  Instant reviewedAt) {
        // An approval is reviewed on the day it is dated; a rejection only has its recording moment.
        Instant reviewed = reviewedAt != null ? reviewedAt : datedOn == null ? null : datedOn.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO enforcement_decision (breach_id, dossier_id, municipality_code, policy_id, proposed_kind, proposed_amount,
                            proposal_reasoning, kind, amount, decided_by, decided_on, status, reviewed_by, reviewed_at, dated_on, version, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'test', ?, ?, 'test', ?, ?, ?, ?, ?, 0, ?)""")
                .params(breach, id, municipality, policy, kind, amount == null ? null : new BigDecimal(amount), kind,
                        amount == null ? null : new BigDecimal(amount), decided, status, reviewed == null ? null : "test-teamleider",
                        reviewed == null ? null : Timestamp.from(reviewed), datedOn, now())
                .update();
        return jdbc.sql("SELECT MAX(id) FROM enforcement_decision WHERE breach_id = ?").param(breach).query(Long.class).single();
    }

    void objection(long decision, LocalDate received) {
        jdbc.sql("""
                        INSERT INTO enforcement_objection (decision_id, received_on, in_time, late_excusable, recorded_by, recorded_at)
                        VALUES (?, ?, TRUE, FALSE, 'test', ?)""")
                .params(decision, received, now()).update();
    }

    void outcome(long decision, String outcome, LocalDate decided, String newAmount) {
        jdbc.sql("""
                        INSERT INTO enforcement_objection_outcome (decision_id, outcome, decided_on, new_amount, reasoning, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, 'test', 'test', ?)""")
                .params(decision, outcome, decided, newAmount == null ? null : new BigDecimal(newAmount), now()).update();
    }

    long relief(UUID id, LocalDate start, LocalDate end, boolean endedEarly) {
        jdbc.sql("""
                        INSERT INTO financial_relief (dossier_id, municipality_code, starts_on, policy_months, policy_valid_from, ends_on,
                            ended_early, benefit_amount, newcomer_iban, created_by, created_at, version)
                        VALUES (?, ?, ?, 6, DATE '2022-01-01', ?, ?, 1200.00, 'NL91ABNA0417164300', 'test', ?, 0)""")
                .params(id, municipality, start, end, endedEarly, now()).update();
        return jdbc.sql("SELECT id FROM financial_relief WHERE dossier_id = ?").param(id).query(Long.class).single();
    }

    void reliefChange(long relief, String kind, LocalDate previousEnd, LocalDate newEnd, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO financial_relief_change (relief_id, kind, previous_end, new_end, reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, 'test', 'test', ?)""")
                .params(relief, kind, previousEnd, newEnd, Timestamp.from(recordedAt)).update();
    }

    long paymentRun(String month) {
        String message = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 30);
        // A run key of its own: a real municipality's month may already have its regular run in a shared database.
        jdbc.sql("""
                        INSERT INTO relief_payment_run (municipality_code, pay_month, run_key, reason, message_id, debtor_iban, transactions,
                            total_amount, skipped, produced_by, produced_at)
                        VALUES (?, ?, ?, 'test', ?, 'NL14BNGH0285001234', 0, 0, 0, 'test', ?)""")
                .params(municipality, d(month), "T-" + message.substring(1, 17), message, now()).update();
        return jdbc.sql("SELECT id FROM relief_payment_run WHERE message_id = ?").param(message).query(Long.class).single();
    }

    void payment(long run, long relief, UUID id, String amount, LocalDate execution) {
        jdbc.sql("""
                        INSERT INTO relief_payment (run_id, relief_id, dossier_id, end_to_end_id, creditor_name, creditor_iban, remittance,
                            amount, execution_date)
                        VALUES (?, ?, ?, ?, 'Woningstichting', 'NL91ABNA0417164300', 'test', ?, ?)""")
                .params(run, relief, id, "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 30), new BigDecimal(amount),
                        execution)
                .update();
    }

    void answer(UUID id, String subject, int score, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO satisfaction_answer (dossier_id, municipality_code, subject, score, answered_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, 'test', ?)""")
                .params(id, municipality, subject, score, on, now()).update();
    }

    void partnerSurvey(LocalDate heldOn, int respondents, String average, String description) {
        jdbc.sql("""
                        INSERT INTO partner_satisfaction_survey (municipality_code, held_on, respondents, average_score, description,
                            recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, 'test', ?)""")
                .params(municipality, heldOn, respondents, new BigDecimal(average), description, now()).update();
    }

    static Timestamp now() {
        return Timestamp.from(Instant.parse("2022-01-01T00:00:00Z"));
    }
}
