package nl.regie.completion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.regie.dossier.CompletionType;
import nl.regie.rules.LearningRoute;

/**
 * Persistence of completions, notices to DUO and aftercare contacts. Every table here is insert-only: a completion,
 * a notice and a contact are facts that are never rewritten.
 */
@Repository
class CompletionStore {

    private final JdbcClient jdbc;

    CompletionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Completion> completion(UUID dossierId) {
        return jdbc.sql("SELECT * FROM completion WHERE dossier_id = ?").param(dossierId)
                .query((rs, n) -> completion(rs, List.of())).optional()
                .map(c -> new Completion(c.id(), c.dossierId(), c.outcome(), c.completedOn(), c.learningRoute(), parts(c.id()),
                        c.finalInterviewOn(), c.programmeProvider(), c.duoDecisionOn(), c.duoReference(), c.remarks(),
                        c.recordedBy(), c.recordedAt()));
    }

    long insertCompletion(UUID dossierId, CompletionInput in, LearningRoute route, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO completion (dossier_id, outcome, completed_on, learning_route, final_interview_on,
                            programme_provider, duo_decision_on, duo_reference, remarks, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, in.outcome().name(), in.completedOn(), route.name(), in.finalInterviewOn(),
                        in.programmeProvider(), in.duoDecisionOn(), in.duoReference(), in.remarks(), by, Timestamp.from(at))
                .update();
        long id = jdbc.sql("SELECT id FROM completion WHERE dossier_id = ?").param(dossierId).query(Long.class).single();
        for (ExamPartResult p : in.examParts()) {
            jdbc.sql("INSERT INTO completion_exam_part (completion_id, part, exam_level) VALUES (?, ?, ?)")
                    .params(id, p.part().name(), p.level() == null ? null : p.level().name()).update();
        }
        return id;
    }

    private List<ExamPartResult> parts(long completionId) {
        return jdbc.sql("SELECT part, exam_level FROM completion_exam_part WHERE completion_id = ?").param(completionId)
                .query((rs, n) -> {
                    String level = rs.getString("exam_level");
                    return new ExamPartResult(ExamPart.valueOf(rs.getString("part")), level == null ? null : ExamLevel.valueOf(level));
                })
                .list().stream().sorted(java.util.Comparator.comparing(ExamPartResult::part)).toList();
    }

    private static Completion completion(ResultSet rs, List<ExamPartResult> parts) throws SQLException {
        return new Completion(rs.getLong("id"), rs.getObject("dossier_id", UUID.class),
                CompletionType.valueOf(rs.getString("outcome")), rs.getObject("completed_on", LocalDate.class),
                LearningRoute.valueOf(rs.getString("learning_route")), parts,
                rs.getObject("final_interview_on", LocalDate.class), rs.getString("programme_provider"),
                rs.getObject("duo_decision_on", LocalDate.class), rs.getString("duo_reference"), rs.getString("remarks"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    void insertNotice(DuoNotice n, long completionId, String json, String xml, String by) {
        jdbc.sql("""
                        INSERT INTO duo_notice (notice_id, dossier_id, completion_id, status, json_body, xml_body, sha256_json,
                            sha256_xml, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.noticeId(), n.municipalReference(), completionId, NoticeStatus.READY_TO_SEND.name(), json, xml,
                        DuoNoticeFormats.sha256(json), DuoNoticeFormats.sha256(xml), by, Timestamp.from(n.createdAt()))
                .update();
    }

    Optional<StoredNotice> notice(UUID dossierId) {
        return jdbc.sql("""
                        SELECT id, notice_id, dossier_id, status, sha256_json, sha256_xml, created_by, created_at
                        FROM duo_notice WHERE dossier_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param(dossierId)
                .query((rs, n) -> new StoredNotice(rs.getLong("id"), rs.getObject("notice_id", UUID.class),
                        rs.getObject("dossier_id", UUID.class), NoticeStatus.valueOf(rs.getString("status")),
                        rs.getString("sha256_json"), rs.getString("sha256_xml"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    Optional<String> noticeBody(long noticeId, NoticeFormat format) {
        String column = format == NoticeFormat.JSON ? "json_body" : "xml_body";
        return jdbc.sql("SELECT " + column + " FROM duo_notice WHERE id = ?").param(noticeId).query(String.class).optional();
    }

    Optional<AftercareContact> aftercare(UUID dossierId) {
        return jdbc.sql("SELECT * FROM aftercare_contact WHERE dossier_id = ?").param(dossierId)
                .query((rs, n) -> new AftercareContact(rs.getLong("id"), rs.getObject("dossier_id", UUID.class),
                        rs.getObject("planned_on", LocalDate.class), rs.getObject("contacted_on", LocalDate.class),
                        ParticipationOutcome.valueOf(rs.getString("outcome")), rs.getString("remarks"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    void insertAftercare(UUID dossierId, LocalDate plannedOn, AftercareInput in, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO aftercare_contact (dossier_id, planned_on, contacted_on, outcome, remarks, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, plannedOn, in.contactedOn(), in.outcome().name(), in.remarks(), by, Timestamp.from(at))
                .update();
    }
}
