package nl.regie.enforcement;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.regie.rules.Circumstance;
import nl.regie.rules.EnforcementRules;
import nl.regie.rules.SanctionKind;

/**
 * All SQL of the enforcement module. Breaches, letters, objections, measures and DUO decisions are only inserted;
 * a decision's status changes once, on review, checked against its version.
 */
@Repository
class EnforcementStore {

    private static final String LINE_BREAK = "\n";

    private final JdbcClient jdbc;

    EnforcementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- policy

    Optional<FinePolicyVersion> policyOn(String municipalityCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT * FROM enforcement_policy WHERE municipality_code = ? AND valid_from <= ?
                        ORDER BY valid_from DESC FETCH FIRST 1 ROWS ONLY""")
                .params(municipalityCode, on).query(EnforcementStore::policy).optional();
    }

    FinePolicyVersion policy(long id) {
        return jdbc.sql("SELECT * FROM enforcement_policy WHERE id = ?").param(id).query(EnforcementStore::policy).single();
    }

    List<FinePolicyVersion> policies(String municipalityCode) {
        return jdbc.sql("SELECT * FROM enforcement_policy WHERE municipality_code = ? ORDER BY valid_from DESC")
                .param(municipalityCode).query(EnforcementStore::policy).list();
    }

    private static FinePolicyVersion policy(ResultSet rs, int n) throws SQLException {
        Map<Circumstance, Integer> reductions = new EnumMap<>(Circumstance.class);
        reductions.put(Circumstance.REDUCED_CULPABILITY, rs.getInt("reduction_culpability_pct"));
        reductions.put(Circumstance.LIMITED_MEANS, rs.getInt("reduction_means_pct"));
        reductions.put(Circumstance.CONDUCT_RESTORED, rs.getInt("reduction_restored_pct"));
        var p = new EnforcementRules.FinePolicy(rs.getObject("valid_from", LocalDate.class), rs.getBoolean("warning_first"),
                List.of(rs.getBigDecimal("fine_step_1"), rs.getBigDecimal("fine_step_2"), rs.getBigDecimal("fine_step_3")),
                rs.getInt("second_chance_months"), reductions, rs.getInt("max_reduction_pct"), rs.getInt("pw_measure_pct"),
                rs.getInt("pw_measure_months"), rs.getBoolean("pw_and_wi_both_allowed"));
        java.sql.Timestamp at = rs.getTimestamp("recorded_at");
        return new FinePolicyVersion(rs.getLong("id"), rs.getString("municipality_code"), p, rs.getString("source"),
                rs.getString("recorded_by"), at == null ? null : at.toInstant());
    }

    boolean policyExists(String municipalityCode, LocalDate validFrom) {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_policy WHERE municipality_code = ? AND valid_from = ?")
                .params(municipalityCode, validFrom).query(Long.class).single() > 0;
    }

    long insertPolicy(String municipalityCode, EnforcementRules.FinePolicy p, String source, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO enforcement_policy (municipality_code, valid_from, warning_first, fine_step_1, fine_step_2, fine_step_3,
                            second_chance_months, reduction_culpability_pct, reduction_means_pct, reduction_restored_pct, max_reduction_pct,
                            pw_measure_pct, pw_measure_months, pw_and_wi_both_allowed, source, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipalityCode, p.validFrom(), p.warningFirst(), p.ladder().get(0), p.ladder().get(1), p.ladder().get(2),
                        p.secondChanceMonths(), p.reductionPercent().getOrDefault(Circumstance.REDUCED_CULPABILITY, 0),
                        p.reductionPercent().getOrDefault(Circumstance.LIMITED_MEANS, 0),
                        p.reductionPercent().getOrDefault(Circumstance.CONDUCT_RESTORED, 0), p.maxReductionPercent(),
                        p.pwMeasurePercent(), p.pwMeasureMonths(), p.pwAndWiBothAllowed(), source, by, Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM enforcement_policy WHERE municipality_code = ? AND valid_from = ?")
                .params(municipalityCode, p.validFrom()).query(Long.class).single();
    }

    // ---- breaches

    long insertBreach(UUID dossierId, String municipalityCode, NewBreach b, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO enforcement_breach (dossier_id, municipality_code, obligation, conduct_on, facts, heard_on, statement,
                            valid_reason, culpability_reasoning, circumstance_note, progress_meeting_id, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, municipalityCode, b.obligation().name(), b.conductOn(), b.facts().trim(), b.heardOn(),
                        b.statement().trim(), b.validReason(), b.culpabilityReasoning().trim(), blankToNull(b.circumstanceNote()),
                        b.progressMeetingId(), by, Timestamp.from(now))
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM enforcement_breach WHERE dossier_id = ?").param(dossierId).query(Long.class).single();
        for (Circumstance c : b.circumstances()) {
            jdbc.sql("INSERT INTO enforcement_breach_circumstance (breach_id, circumstance) VALUES (?, ?)").params(id, c.name()).update();
        }
        return id;
    }

    List<Breach> breaches(UUID dossierId) {
        Map<Long, Set<Circumstance>> circumstances = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT c.breach_id, c.circumstance FROM enforcement_breach_circumstance c
                        JOIN enforcement_breach b ON b.id = c.breach_id WHERE b.dossier_id = ?""")
                .param(dossierId)
                .query(rs -> {
                    circumstances.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Circumstance.class))
                            .add(Circumstance.valueOf(rs.getString(2)));
                });
        return jdbc.sql("SELECT * FROM enforcement_breach WHERE dossier_id = ? ORDER BY conduct_on, id").param(dossierId)
                .query((rs, n) -> new Breach(rs.getLong("id"), rs.getObject("dossier_id", UUID.class), rs.getString("municipality_code"),
                        Obligation.valueOf(rs.getString("obligation")), rs.getObject("conduct_on", LocalDate.class), rs.getString("facts"),
                        rs.getObject("heard_on", LocalDate.class), rs.getString("statement"), rs.getBoolean("valid_reason"),
                        rs.getString("culpability_reasoning"), circumstances.getOrDefault(rs.getLong("id"), Set.of()),
                        rs.getString("circumstance_note"), (Long) rs.getObject("progress_meeting_id", Long.class),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    // ---- decisions

    long insertDecision(long breachId, UUID dossierId, String municipalityCode, long policyId, EnforcementRules.Proposal p,
                        SanctionKind kind, BigDecimal amount, String deviationReason, String by, LocalDate on,
                        DecisionStatus status, Instant now) {
        jdbc.sql("""
                        INSERT INTO enforcement_decision (breach_id, dossier_id, municipality_code, policy_id, proposed_kind, proposed_amount,
                            proposal_reasoning, kind, amount, deviation_reason, decided_by, decided_on, status, version, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(breachId, dossierId, municipalityCode, policyId, p.kind().name(), p.amount(),
                        String.join(LINE_BREAK, p.reasoning()), kind.name(), amount, blankToNull(deviationReason), by, on,
                        status.name(), Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM enforcement_decision WHERE breach_id = ?").param(breachId).query(Long.class).single();
    }

    boolean review(long id, long expectedVersion, DecisionStatus status, String by, String reason, LocalDate datedOn, Instant now) {
        return jdbc.sql("""
                        UPDATE enforcement_decision SET status = ?, reviewed_by = ?, review_reason = ?, reviewed_at = ?, dated_on = ?,
                            version = version + 1
                        WHERE id = ? AND version = ? AND status = 'AWAITING_APPROVAL'""")
                .params(status.name(), by, blankToNull(reason), Timestamp.from(now), datedOn, id, expectedVersion).update() == 1;
    }

    List<SanctionDecision> decisions(UUID dossierId) {
        return jdbc.sql(DECISION_SELECT + " WHERE d.dossier_id = ? ORDER BY d.id").param(dossierId).query(EnforcementStore::decision).list();
    }

    Optional<SanctionDecision> decision(long id) {
        return jdbc.sql(DECISION_SELECT + " WHERE d.id = ?").param(id).query(EnforcementStore::decision).optional();
    }

    List<SanctionDecision> awaitingApproval(String municipalityCode, int limit) {
        return jdbc.sql(DECISION_SELECT + " WHERE d.municipality_code = ? AND d.status = 'AWAITING_APPROVAL' ORDER BY d.decided_on, d.id "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .param(municipalityCode).query(EnforcementStore::decision).list();
    }

    private static final String DECISION_SELECT = """
            SELECT d.*, p.valid_from AS policy_valid_from FROM enforcement_decision d
            JOIN enforcement_policy p ON p.id = d.policy_id""";

    private static SanctionDecision decision(ResultSet rs, int n) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new SanctionDecision(rs.getLong("id"), rs.getLong("breach_id"), rs.getObject("dossier_id", UUID.class),
                rs.getString("municipality_code"), rs.getObject("policy_valid_from", LocalDate.class),
                SanctionKind.valueOf(rs.getString("proposed_kind")), rs.getBigDecimal("proposed_amount"),
                Arrays.asList(rs.getString("proposal_reasoning").split(LINE_BREAK)), SanctionKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("amount"), rs.getString("deviation_reason"), rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class), DecisionStatus.valueOf(rs.getString("status")),
                rs.getString("reviewed_by"), rs.getString("review_reason"), reviewed == null ? null : reviewed.toInstant(),
                rs.getObject("dated_on", LocalDate.class), rs.getLong("version"));
    }

    // ---- letters

    void insertLetter(long decisionId, byte[] pdf, Instant now) {
        jdbc.sql("INSERT INTO enforcement_letter (decision_id, pdf, sha256, created_at) VALUES (?, ?, ?, ?)")
                .params(decisionId, pdf, sha256(pdf), Timestamp.from(now)).update();
    }

    Optional<byte[]> letter(long decisionId) {
        return jdbc.sql("SELECT pdf FROM enforcement_letter WHERE decision_id = ?").param(decisionId)
                .query((rs, n) -> rs.getBytes("pdf")).optional();
    }

    Set<Long> decisionsWithLetter(UUID dossierId) {
        return Set.copyOf(jdbc.sql("""
                        SELECT l.decision_id FROM enforcement_letter l JOIN enforcement_decision d ON d.id = l.decision_id
                        WHERE d.dossier_id = ?""").param(dossierId).query(Long.class).list());
    }

    // ---- objections

    void insertObjection(long decisionId, LocalDate receivedOn, boolean inTime, boolean excusable, String lateReason, String by,
                         Instant now) {
        jdbc.sql("""
                        INSERT INTO enforcement_objection (decision_id, received_on, in_time, late_excusable, late_reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, receivedOn, inTime, excusable, blankToNull(lateReason), by, Timestamp.from(now)).update();
    }

    void insertOutcome(long decisionId, ObjectionOutcome outcome, LocalDate decidedOn, BigDecimal newAmount, String reasoning,
                       String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO enforcement_objection_outcome (decision_id, outcome, decided_on, new_amount, reasoning, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, outcome.name(), decidedOn, newAmount, reasoning.trim(), by, Timestamp.from(now)).update();
    }

    List<Objection> objections(UUID dossierId) {
        return jdbc.sql("""
                        SELECT o.*, r.outcome, r.decided_on AS outcome_on, r.new_amount, r.reasoning, d.dated_on
                        FROM enforcement_objection o JOIN enforcement_decision d ON d.id = o.decision_id
                        LEFT JOIN enforcement_objection_outcome r ON r.decision_id = o.decision_id
                        WHERE d.dossier_id = ?""")
                .param(dossierId)
                .query((rs, n) -> new Objection(rs.getLong("decision_id"), rs.getObject("received_on", LocalDate.class),
                        EnforcementRules.objectionDeadline(rs.getObject("dated_on", LocalDate.class)), rs.getBoolean("in_time"),
                        rs.getBoolean("late_excusable"), rs.getString("late_reason"), rs.getString("recorded_by"),
                        rs.getString("outcome") == null ? null : ObjectionOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("outcome_on", LocalDate.class), rs.getBigDecimal("new_amount"), rs.getString("reasoning")))
                .list();
    }

    // ---- Participatiewet measures

    void insertBenefitSanction(long breachId, int percentage, int months, LocalDate decidedOn, String reasoning, long policyId,
                               String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO enforcement_pw_measure (breach_id, percentage, months, decided_on, reasoning, policy_id, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(breachId, percentage, months, decidedOn, reasoning.trim(), policyId, by, Timestamp.from(now)).update();
    }

    List<BenefitSanction> benefitSanctions(UUID dossierId) {
        return jdbc.sql("""
                        SELECT m.* FROM enforcement_pw_measure m JOIN enforcement_breach b ON b.id = m.breach_id WHERE b.dossier_id = ?""")
                .param(dossierId)
                .query((rs, n) -> new BenefitSanction(rs.getLong("breach_id"), rs.getInt("percentage"), rs.getInt("months"),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("reasoning"), rs.getString("recorded_by")))
                .list();
    }

    // ---- DUO decisions

    void insertDuoDecision(UUID dossierId, String municipalityCode, DuoDecisionKind kind, LocalDate decidedOn, String reference,
                           BigDecimal amount, LocalDate newTermEnd, String note, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO duo_decision (dossier_id, municipality_code, kind, decided_on, reference, amount, new_term_end, note,
                            recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, municipalityCode, kind.name(), decidedOn, reference.trim(), amount, newTermEnd, blankToNull(note),
                        by, Timestamp.from(now)).update();
    }

    List<DuoDecision> duoDecisions(UUID dossierId) {
        return jdbc.sql("SELECT * FROM duo_decision WHERE dossier_id = ? ORDER BY decided_on DESC, id DESC").param(dossierId)
                .query((rs, n) -> new DuoDecision(rs.getLong("id"), DuoDecisionKind.valueOf(rs.getString("kind")),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("reference"), rs.getBigDecimal("amount"),
                        rs.getObject("new_term_end", LocalDate.class), rs.getString("note"), rs.getString("recorded_by")))
                .list();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
