package nl.regie.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.regie.rules.LearningRoute;

/** Persistence of PIP versions and their letters. Letters are inserted once and never updated. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IntegrationPlan> versions(UUID dossierId) {
        return jdbc.sql("""
                        SELECT p.*, CASE WHEN l.plan_id IS NULL THEN FALSE ELSE TRUE END AS has_letter
                        FROM integration_plan p LEFT JOIN integration_plan_letter l ON l.plan_id = p.id
                        WHERE p.dossier_id = ? ORDER BY p.version_no DESC""")
                .param(dossierId).query(PlanStore::plan).list();
    }

    Optional<IntegrationPlan> find(long id) {
        return jdbc.sql("""
                        SELECT p.*, CASE WHEN l.plan_id IS NULL THEN FALSE ELSE TRUE END AS has_letter
                        FROM integration_plan p LEFT JOIN integration_plan_letter l ON l.plan_id = p.id WHERE p.id = ?""")
                .param(id).query(PlanStore::plan).optional();
    }

    long insertDraft(UUID dossierId, int versionNo, PlanContent c, String reason, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO integration_plan (dossier_id, version_no, status, learning_route, route_reasons, provider, knm,
                            labour_market_module, participation_statement, participation, financial_relief, childcare,
                            other_agreements, planned_meetings, summary_languages, revision_reason, created_by, created_at, version)
                        VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(dossierId, versionNo, c.learningRoute().name(), c.routeReasons(), c.provider(), c.knm(),
                        c.labourMarketModule(), c.participationStatement(), c.participation(), c.financialRelief(),
                        c.childcare(), c.otherAgreements(), c.plannedMeetings(), String.join(",", c.summaryLanguages()),
                        reason, by, Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM integration_plan WHERE dossier_id = ? AND version_no = ?")
                .params(dossierId, versionNo).query(Long.class).single();
    }

    boolean updateDraft(long id, long expectedVersion, PlanContent c, String reason) {
        return jdbc.sql("""
                        UPDATE integration_plan SET learning_route = ?, route_reasons = ?, provider = ?, knm = ?,
                            labour_market_module = ?, participation_statement = ?, participation = ?, financial_relief = ?,
                            childcare = ?, other_agreements = ?, planned_meetings = ?, summary_languages = ?, revision_reason = ?,
                            version = version + 1
                        WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(c.learningRoute().name(), c.routeReasons(), c.provider(), c.knm(), c.labourMarketModule(),
                        c.participationStatement(), c.participation(), c.financialRelief(), c.childcare(),
                        c.otherAgreements(), c.plannedMeetings(), String.join(",", c.summaryLanguages()), reason, id,
                        expectedVersion)
                .update() == 1;
    }

    /** Turns a draft into a decision: only a draft at the expected version can be established. */
    boolean establish(long id, long expectedVersion, LocalDate datedOn, String by, Instant now) {
        return jdbc.sql("""
                        UPDATE integration_plan SET status = 'ESTABLISHED', dated_on = ?, established_by = ?, established_at = ?,
                            version = version + 1
                        WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(datedOn, by, Timestamp.from(now), id, expectedVersion).update() == 1;
    }

    boolean acknowledge(long id, LocalDate on) {
        return jdbc.sql("UPDATE integration_plan SET acknowledged_on = ?, version = version + 1 WHERE id = ? AND status = 'ESTABLISHED'")
                .params(on, id).update() == 1;
    }

    void insertLetter(long planId, byte[] pdf, Instant now) {
        jdbc.sql("INSERT INTO integration_plan_letter (plan_id, pdf, sha256, created_at) VALUES (?, ?, ?, ?)")
                .params(planId, pdf, sha256(pdf), Timestamp.from(now)).update();
    }

    Optional<byte[]> letter(long planId) {
        return jdbc.sql("SELECT pdf FROM integration_plan_letter WHERE plan_id = ?").param(planId)
                .query((rs, n) -> rs.getBytes("pdf")).optional();
    }

    Optional<String> letterHash(long planId) {
        return jdbc.sql("SELECT sha256 FROM integration_plan_letter WHERE plan_id = ?").param(planId).query(String.class).optional();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IntegrationPlan plan(ResultSet rs, int n) throws SQLException {
        String langs = rs.getString("summary_languages");
        Set<String> languages = new LinkedHashSet<>(langs == null || langs.isBlank() ? List.of() : Arrays.asList(langs.split(",")));
        PlanContent c = new PlanContent(LearningRoute.valueOf(rs.getString("learning_route")), rs.getString("route_reasons"),
                rs.getString("provider"), rs.getString("knm"), rs.getString("labour_market_module"),
                rs.getString("participation_statement"), rs.getString("participation"), rs.getString("financial_relief"),
                rs.getString("childcare"), rs.getString("other_agreements"), rs.getInt("planned_meetings"), languages);
        Timestamp established = rs.getTimestamp("established_at");
        return new IntegrationPlan(rs.getLong("id"), rs.getObject("dossier_id", UUID.class), rs.getInt("version_no"),
                IntegrationPlan.Status.valueOf(rs.getString("status")), rs.getObject("dated_on", LocalDate.class), c,
                rs.getString("revision_reason"), rs.getObject("acknowledged_on", LocalDate.class), rs.getString("created_by"),
                rs.getString("established_by"), established == null ? null : established.toInstant(),
                rs.getBoolean("has_letter"), rs.getLong("version"));
    }
}
