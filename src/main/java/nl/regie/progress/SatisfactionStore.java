package nl.regie.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code satisfaction_answer}: answers are only inserted, never changed, so every peildatum can be replayed. */
@Repository
class SatisfactionStore {

    private final JdbcClient jdbc;

    SatisfactionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dossier's answers, newest first. */
    List<SatisfactionAnswer> answers(UUID dossierId) {
        return jdbc.sql("SELECT * FROM satisfaction_answer WHERE dossier_id = ? ORDER BY answered_on DESC, id DESC")
                .param(dossierId)
                .query((rs, i) -> new SatisfactionAnswer(rs.getLong("id"), SatisfactionSubject.valueOf(rs.getString("subject")),
                        rs.getInt("score"), rs.getObject("answered_on", LocalDate.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The score already recorded for this subject on this day, if any. */
    Optional<Integer> scoreOn(UUID dossierId, SatisfactionSubject subject, LocalDate on) {
        return jdbc.sql("SELECT score FROM satisfaction_answer WHERE dossier_id = ? AND subject = ? AND answered_on = ?")
                .params(dossierId, subject.name(), on).query(Integer.class).optional();
    }

    void insert(UUID dossierId, String municipalityCode, SatisfactionSubject subject, int score, LocalDate on, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO satisfaction_answer (dossier_id, municipality_code, subject, score, answered_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, municipalityCode, subject.name(), score, on, by, Timestamp.from(at))
                .update();
    }
}
