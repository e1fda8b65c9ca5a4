package nl.regie.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.demo.SyntheticHistory.History;
import nl.regie.rules.FinancialReliefRules;

/**
 * Writes {@link SyntheticHistory} into the tables the workspace modules keep (intake, plan, route, completion,
 * household, relief, progress, enforcement), with batch inserts. Like {@code DossierBulkWriter} it bypasses the modules'
 * use cases and their checks, so it is only for synthetic data (the demo and the benchmarks): going through every use
 * case would take hours at national scale, and the generator already produces only what those checks allow.
 */
@Component
class HistoryBulkWriter {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    HistoryBulkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void write(List<History> histories, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> measurements = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> hours = new ArrayList<>();
        List<Object[]> exams = new ArrayList<>();
        List<Object[]> pvt = new ArrayList<>();
        List<Object[]> map = new ArrayList<>();
        List<Object[]> aftercare = new ArrayList<>();
        List<Object[]> incomes = new ArrayList<>();
        List<Object[]> reliefs = new ArrayList<>();
        List<Object[]> reliefChanges = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> breaches = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        for (History h : histories) {
            UUID id = h.dossier().id();
            for (SyntheticHistory.Measurement m : h.measurements()) {
                measurements.add(new Object[] {id, m.kind(), date(m.measuredOn()), m.ladderStep(), actor, at});
                for (Map.Entry<String, Integer> z : m.zrm().entrySet()) {
                    scores.add(new Object[] {z.getKey(), SyntheticHistory.ZRM_DOMAINS.get(z.getKey()), z.getValue(), id, m.kind()});
                }
            }
            if (h.planOn() != null) {
                plans.add(new Object[] {id, date(h.planOn()), h.route().name(),
                        "Uitkomst van de brede intake en de leerbaarheidstoets (synthetische demodata).", actor, at, actor,
                        Timestamp.valueOf(h.planOn().atTime(10, 0))});
            }
            for (SyntheticHistory.Hours r : h.hours()) {
                hours.add(new Object[] {id, r.component().name(), date(r.from()), date(r.to()), r.planned(), r.attended(), actor, at});
            }
            for (SyntheticHistory.Exam e : h.exams()) {
                exams.add(new Object[] {id, e.part().name(), e.attemptNo(), date(e.takenOn()),
                        e.level() == null ? null : e.level().name(), e.passed(), actor, at});
            }
            if (h.pvtSignedOn() != null) {
                pvt.add(new Object[] {id, date(h.pvtSignedOn().minusDays(30)), date(h.pvtSignedOn()), actor, at});
            }
            if (h.mapPracticalDoneOn() != null) {
                map.add(new Object[] {id, date(h.mapPracticalDoneOn()), date(h.mapCompletedOn()), actor, at});
            }
            if (h.aftercare() != null) {
                aftercare.add(new Object[] {id, date(h.aftercare().plannedOn()), date(h.aftercare().contactedOn()),
                        h.aftercare().outcome(), actor, at});
            }
            for (SyntheticHistory.Income i : h.incomes()) {
                incomes.add(new Object[] {id, i.situation(), date(i.validFrom()), actor, at});
            }
            if (h.relief() != null) {
                SyntheticHistory.Relief r = h.relief();
                reliefs.add(new Object[] {id, h.dossier().municipalityCode(), date(r.startsOn()), FinancialReliefRules.STATUTORY_MONTHS,
                        date(r.endsOn()), r.endedEarly(), actor, Timestamp.valueOf(r.startsOn().atTime(9, 0))});
                for (SyntheticHistory.ReliefChange c : r.changes()) {
                    reliefChanges.add(new Object[] {c.kind(), date(c.previousEnd()), date(c.newEnd()), actor,
                            Timestamp.valueOf(c.recordedOn().atTime(11, 0)), id});
                }
            }
            // The dossier's consultant hears and decides, as in the enforcement module (a team lead approves a fine).
            String consultant = h.dossier().consultantUsername() != null ? h.dossier().consultantUsername() : actor;
            for (SyntheticHistory.Breach b : h.breaches()) {
                breaches.add(new Object[] {id, h.dossier().municipalityCode(), b.obligation(), date(b.conductOn()),
                        date(b.heardOn()), b.validReason(), consultant, Timestamp.valueOf(b.heardOn().atTime(15, 0))});
                if (b.kind() != null) {
                    decisions.add(new Object[] {b.kind(), b.amount(), b.kind(), b.amount(), consultant, date(b.decidedOn()),
                            b.kind().equals("FINE") ? "AWAITING_APPROVAL" : "FINAL", Timestamp.valueOf(b.decidedOn().atTime(16, 0)),
                            id, date(b.heardOn()), h.dossier().municipalityCode(), date(b.decidedOn())});
                }
            }
            for (SyntheticHistory.Satisfaction a : h.satisfaction()) {
                answers.add(new Object[] {id, h.dossier().municipalityCode(), a.subject().name(), a.score(), date(a.answeredOn()),
                        actor, Timestamp.valueOf(a.answeredOn().atTime(14, 0))});
            }
        }
        batch("""
                INSERT INTO intake_measurement (dossier_id, kind, version_no, measured_on, ladder_step, recorded_by, recorded_at)
                VALUES (?, ?, 1, ?, ?, ?, ?)""", measurements);
        // The scores refer to the measurement by its generated key, found through the unique (dossier, kind, version).
        batch("""
                INSERT INTO intake_measurement_score (measurement_id, zrm_domain, special_category, score)
                SELECT m.id, ?, ?, ? FROM intake_measurement m WHERE m.dossier_id = ? AND m.kind = ? AND m.version_no = 1""", scores);
        batch("""
                INSERT INTO integration_plan (dossier_id, version_no, status, dated_on, learning_route, route_reasons, provider, knm,
                    participation_statement, planned_meetings, summary_languages, created_by, created_at, established_by,
                    established_at, version)
                VALUES (?, 1, 'ESTABLISHED', ?, ?, ?, 'Taalaanbieder (synthetische demodata)', 'KNM-lessen bij de taalaanbieder',
                    'PVT in het eerste jaar', 4, 'nl', ?, ?, ?, ?, 1)""", plans);
        batch("""
                INSERT INTO route_hours (dossier_id, component, period_from, period_to, planned_hours, attended_hours,
                    quality_marked, absent_sick, absent_excused, absent_unexcused, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, 0, 0, ?, ?)""", hours);
        batch("""
                INSERT INTO exam_result (dossier_id, part, attempt_no, taken_on, level, passed, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", exams);
        batch("""
                INSERT INTO participation_statement_progress (dossier_id, excursion_on, signed_on, updated_by, updated_at, version)
                VALUES (?, ?, ?, ?, ?, 1)""", pvt);
        batch("""
                INSERT INTO labour_market_module_progress (dossier_id, practical_done_on, completed_on, updated_by, updated_at, version)
                VALUES (?, ?, ?, ?, ?, 1)""", map);
        batch("""
                INSERT INTO aftercare_contact (dossier_id, planned_on, contacted_on, outcome, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""", aftercare);
        batch("""
                INSERT INTO income_situation (dossier_id, situation, valid_from, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?)""", incomes);
        // The policy date is the seeded policy's (V2, 2022-01-01); the amount and IBAN are placeholders (NL91ABNA0417164300
        // is the usual example IBAN), since no payment is generated.
        batch("""
                INSERT INTO financial_relief (dossier_id, municipality_code, starts_on, policy_months, policy_valid_from, ends_on,
                    ended_early, benefit_amount, newcomer_iban, created_by, created_at, version)
                VALUES (?, ?, ?, ?, DATE '2022-01-01', ?, ?, 1250.00, 'NL91ABNA0417164300', ?, ?, 0)""", reliefs);
        batch("""
                INSERT INTO financial_relief_change (relief_id, kind, previous_end, new_end, reason, recorded_by, recorded_at)
                SELECT fr.id, ?, ?, ?, 'Synthetische demodata', ?, ? FROM financial_relief fr WHERE fr.dossier_id = ?""", reliefChanges);
        batch("""
                INSERT INTO enforcement_breach (dossier_id, municipality_code, obligation, conduct_on, facts, heard_on, statement,
                    valid_reason, culpability_reasoning, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, 'Synthetische demodata: afspraak niet nagekomen.', ?, 'Synthetische demodata: zienswijze gehoord.',
                    ?, 'Synthetische demodata.', ?, ?)""", breaches);
        // A decision refers to its breach (found by dossier and hearing date) and to the policy in force on the day of
        // the decision; a municipality without an enforcement policy gets no decisions.
        batch("""
                INSERT INTO enforcement_decision (breach_id, dossier_id, municipality_code, policy_id, proposed_kind, proposed_amount,
                    proposal_reasoning, kind, amount, decided_by, decided_on, status, version, recorded_at)
                SELECT b.id, b.dossier_id, b.municipality_code, p.id, ?, ?, 'Synthetische demodata.', ?, ?, ?, ?, ?, 0, ?
                  FROM enforcement_breach b JOIN enforcement_policy p ON p.municipality_code = b.municipality_code
                 WHERE b.dossier_id = ? AND b.heard_on = ?
                   AND p.valid_from = (SELECT MAX(p2.valid_from) FROM enforcement_policy p2
                                        WHERE p2.municipality_code = ? AND p2.valid_from <= ?)""", decisions);
        batch("""
                INSERT INTO satisfaction_answer (dossier_id, municipality_code, subject, score, answered_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", answers);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
