package nl.regie.route;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.regie.rules.ExamPart;
import nl.regie.rules.LanguageLevel;
import nl.regie.rules.ProgrammeComponent;

/** All SQL of the route module. Hours, exam results, downgrades and interviews are only inserted, never changed. */
@Repository
class RouteStore {

    private final JdbcClient jdbc;

    RouteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- hours --------------------------------------------------------------------------------------------------

    List<HourRecord> hours(UUID dossierId) {
        return jdbc.sql("SELECT * FROM route_hours WHERE dossier_id = ? ORDER BY period_from DESC, component, id DESC")
                .param(dossierId).query(RouteStore::hourRecord).list();
    }

    long insertHours(UUID dossierId, NewHours h, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO route_hours (dossier_id, component, period_from, period_to, planned_hours, attended_hours,
                            quality_marked, provider, sessions_planned, sessions_attended, absent_sick, absent_excused,
                            absent_unexcused, note, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, h.component().name(), h.periodFrom(), h.periodTo(), h.plannedHours(), h.attendedHours(),
                        h.qualityMarked(), h.provider(), h.sessionsPlanned(), h.sessionsAttended(), nz(h.absentSick()),
                        nz(h.absentExcused()), nz(h.absentUnexcused()), h.note(), by, Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM route_hours WHERE dossier_id = ? AND component = ? AND period_from = ?")
                .params(dossierId, h.component().name(), h.periodFrom()).query(Long.class).single();
    }

    private static HourRecord hourRecord(ResultSet rs, int n) throws SQLException {
        return new HourRecord(rs.getLong("id"), rs.getObject("dossier_id", UUID.class),
                ProgrammeComponent.valueOf(rs.getString("component")), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getBigDecimal("planned_hours"), rs.getBigDecimal("attended_hours"),
                rs.getBoolean("quality_marked"), rs.getString("provider"), rs.getObject("sessions_planned", Integer.class),
                rs.getObject("sessions_attended", Integer.class), rs.getInt("absent_sick"), rs.getInt("absent_excused"),
                rs.getInt("absent_unexcused"), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    // --- exams --------------------------------------------------------------------------------------------------

    /** Every attempt, oldest first per part. */
    List<ExamResult> examResults(UUID dossierId) {
        return jdbc.sql("SELECT * FROM exam_result WHERE dossier_id = ? ORDER BY part, attempt_no")
                .param(dossierId).query(RouteStore::examResult).list();
    }

    int lastAttempt(UUID dossierId, ExamPart part) {
        return jdbc.sql("SELECT COALESCE(MAX(attempt_no), 0) FROM exam_result WHERE dossier_id = ? AND part = ?")
                .params(dossierId, part.name()).query(Integer.class).single();
    }

    long insertExamResult(UUID dossierId, ExamPart part, int attemptNo, LocalDate takenOn, LanguageLevel level, boolean passed,
                          String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO exam_result (dossier_id, part, attempt_no, taken_on, level, passed, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, part.name(), attemptNo, takenOn, level == null ? null : level.name(), passed, by,
                        Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM exam_result WHERE dossier_id = ? AND part = ? AND attempt_no = ?")
                .params(dossierId, part.name(), attemptNo).query(Long.class).single();
    }

    private static ExamResult examResult(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("level");
        return new ExamResult(rs.getLong("id"), ExamPart.valueOf(rs.getString("part")), rs.getInt("attempt_no"),
                rs.getObject("taken_on", LocalDate.class), level == null ? null : LanguageLevel.valueOf(level),
                rs.getBoolean("passed"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    // --- afschalen ----------------------------------------------------------------------------------------------

    List<LevelDowngrade> downgrades(UUID dossierId) {
        Map<Long, Set<ExamPart>> parts = new LinkedHashMap<>();
        jdbc.sql("SELECT downgrade_id, part FROM level_downgrade_part WHERE dossier_id = ?").param(dossierId)
                .query((ResultSet rs) -> {
                    parts.computeIfAbsent(rs.getLong("downgrade_id"), k -> EnumSet.noneOf(ExamPart.class))
                            .add(ExamPart.valueOf(rs.getString("part")));
                });
        return jdbc.sql("SELECT * FROM level_downgrade WHERE dossier_id = ? ORDER BY decided_on DESC, id DESC").param(dossierId)
                .query((rs, n) -> new LevelDowngrade(rs.getLong("id"), rs.getObject("decided_on", LocalDate.class),
                        parts.getOrDefault(rs.getLong("id"), EnumSet.noneOf(ExamPart.class)), rs.getString("reason"),
                        rs.getBigDecimal("language_hours"), rs.getString("recorded_by")))
                .list();
    }

    long insertDowngrade(UUID dossierId, LocalDate decidedOn, Set<ExamPart> parts, String reason, BigDecimal languageHours,
                         String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO level_downgrade (dossier_id, decided_on, reason, language_hours, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(dossierId, decidedOn, reason, languageHours, by, Timestamp.from(now)).update();
        long id = jdbc.sql("SELECT MAX(id) FROM level_downgrade WHERE dossier_id = ?").param(dossierId).query(Long.class).single();
        for (ExamPart p : parts) {
            jdbc.sql("INSERT INTO level_downgrade_part (downgrade_id, dossier_id, part) VALUES (?, ?, ?)")
                    .params(id, dossierId, p.name()).update();
        }
        return id;
    }

    // --- PVT and MAP --------------------------------------------------------------------------------------------

    Optional<ParticipationStatementProgress> participationStatement(UUID dossierId) {
        return jdbc.sql("SELECT * FROM participation_statement_progress WHERE dossier_id = ?").param(dossierId)
                .query((rs, n) -> new ParticipationStatementProgress(rs.getObject("excursion_on", LocalDate.class),
                        rs.getObject("signed_on", LocalDate.class), rs.getLong("version"), true))
                .optional();
    }

    void insertParticipationStatement(UUID dossierId, LocalDate excursionOn, LocalDate signedOn, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO participation_statement_progress (dossier_id, excursion_on, signed_on, updated_by, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, 1)""")
                .params(dossierId, excursionOn, signedOn, by, Timestamp.from(now)).update();
    }

    boolean updateParticipationStatement(UUID dossierId, long expectedVersion, LocalDate excursionOn, LocalDate signedOn,
                                         String by, Instant now) {
        return jdbc.sql("""
                        UPDATE participation_statement_progress SET excursion_on = ?, signed_on = ?, updated_by = ?, updated_at = ?,
                            version = version + 1
                        WHERE dossier_id = ? AND version = ?""")
                .params(excursionOn, signedOn, by, Timestamp.from(now), dossierId, expectedVersion).update() == 1;
    }

    Optional<LabourMarketModuleProgress> labourMarketModule(UUID dossierId) {
        return jdbc.sql("SELECT * FROM labour_market_module_progress WHERE dossier_id = ?").param(dossierId)
                .query((rs, n) -> new LabourMarketModuleProgress(rs.getObject("practical_done_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getLong("version"), true))
                .optional();
    }

    void insertLabourMarketModule(UUID dossierId, LocalDate practicalDoneOn, LocalDate completedOn, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO labour_market_module_progress (dossier_id, practical_done_on, completed_on, updated_by, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, 1)""")
                .params(dossierId, practicalDoneOn, completedOn, by, Timestamp.from(now)).update();
    }

    boolean updateLabourMarketModule(UUID dossierId, long expectedVersion, LocalDate practicalDoneOn, LocalDate completedOn,
                                     String by, Instant now) {
        return jdbc.sql("""
                        UPDATE labour_market_module_progress SET practical_done_on = ?, completed_on = ?, updated_by = ?,
                            updated_at = ?, version = version + 1
                        WHERE dossier_id = ? AND version = ?""")
                .params(practicalDoneOn, completedOn, by, Timestamp.from(now), dossierId, expectedVersion).update() == 1;
    }

    // --- route endings ------------------------------------------------------------------------------------------

    List<FinalInterview> finalInterviews(UUID dossierId) {
        return jdbc.sql("SELECT * FROM final_interview WHERE dossier_id = ? ORDER BY held_on DESC, id DESC").param(dossierId)
                .query((rs, n) -> new FinalInterview(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        FinalInterview.Outcome.valueOf(rs.getString("outcome")), rs.getString("summary"),
                        rs.getString("recorded_by")))
                .list();
    }

    void insertFinalInterview(UUID dossierId, LocalDate heldOn, FinalInterview.Outcome outcome, String summary, String by,
                              Instant now) {
        jdbc.sql("""
                        INSERT INTO final_interview (dossier_id, held_on, outcome, summary, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(dossierId, heldOn, outcome.name(), summary, by, Timestamp.from(now)).update();
    }

    Optional<BridgingProgrammeCompletion> bridgingProgramme(UUID dossierId) {
        return jdbc.sql("SELECT * FROM bridging_programme_completion WHERE dossier_id = ?").param(dossierId)
                .query((rs, n) -> new BridgingProgrammeCompletion(rs.getObject("completed_on", LocalDate.class),
                        rs.getString("institution"), rs.getString("note"), rs.getString("recorded_by")))
                .optional();
    }

    void insertBridgingProgramme(UUID dossierId, LocalDate completedOn, String institution, String note, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO bridging_programme_completion (dossier_id, completed_on, institution, note, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(dossierId, completedOn, institution, note, by, Timestamp.from(now)).update();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
