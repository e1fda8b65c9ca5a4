package nl.regie.linking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the warm handover. Changes check the version they read (optimistic locking, DEVELOPMENT.md). */
@Repository
class HandoverStore {

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WarmHandover> find(UUID dossierId) {
        return jdbc.sql("SELECT * FROM warm_handover WHERE dossier_id = ?").param(dossierId).query(HandoverStore::row).optional();
    }

    /** Inserts (expected version {@code null}) or updates when the row still has {@code expectedVersion}. */
    boolean save(WarmHandover h, Long expectedVersion, String by, Instant now) {
        String participants = h.participants().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (expectedVersion == null) {
            return jdbc.sql("""
                            INSERT INTO warm_handover (dossier_id, planned_on, planned_location, participants, other_participants,
                                interpreter_language, conversation_language, held_on, summary, agreements, version, updated_by, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                    .params(h.dossierId(), h.plannedOn(), h.plannedLocation(), participants, h.otherParticipants(),
                            h.interpreterLanguage(), h.conversationLanguage(), h.heldOn(), h.summary(), h.agreements(),
                            by, Timestamp.from(now))
                    .update() == 1;
        }
        return jdbc.sql("""
                        UPDATE warm_handover SET planned_on = ?, planned_location = ?, participants = ?, other_participants = ?,
                            interpreter_language = ?, conversation_language = ?, held_on = ?, summary = ?, agreements = ?,
                            version = version + 1, updated_by = ?, updated_at = ?
                        WHERE dossier_id = ? AND version = ? AND held_on IS NULL""")
                .params(h.plannedOn(), h.plannedLocation(), participants, h.otherParticipants(), h.interpreterLanguage(),
                        h.conversationLanguage(), h.heldOn(), h.summary(), h.agreements(), by, Timestamp.from(now),
                        h.dossierId(), expectedVersion)
                .update() == 1;
    }

    private static WarmHandover row(ResultSet rs, int i) throws SQLException {
        String p = rs.getString("participants");
        Set<WarmHandover.Participant> participants = p == null || p.isBlank() ? EnumSet.noneOf(WarmHandover.Participant.class)
                : Arrays.stream(p.split(",")).map(WarmHandover.Participant::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(WarmHandover.Participant.class)));
        return new WarmHandover(rs.getObject("dossier_id", UUID.class), rs.getObject("planned_on", LocalDate.class),
                rs.getString("planned_location"), participants, rs.getString("other_participants"),
                rs.getString("interpreter_language"), rs.getString("conversation_language"),
                rs.getObject("held_on", LocalDate.class), rs.getString("summary"), rs.getString("agreements"),
                rs.getLong("version"), rs.getString("updated_by"));
    }
}
