package nl.regie.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL of the progress module: meeting outcomes ({@code progress_meeting}), their notes per life domain
 * ({@code progress_meeting_domain}) and agreed dates ({@code progress_appointment}). Runs on H2 and PostgreSQL.
 */
@Repository
class ProgressMeetingStore {

    /** Ids per IN list: well below the parameter limits of both databases. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProgressMeetingStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An agreed date for a planned meeting. */
    record Appointment(int slotNo, LocalDate plannedOn, String note, String recordedBy) {
    }

    /** An outcome to write. */
    record NewRecord(UUID dossierId, String municipalityCode, int slotNo, MeetingRecord.Outcome outcome, LocalDate on,
                     MissedReason missedReason, Boolean validReason, String explanation, boolean possibleBreach,
                     String planRevisionReason, String recordedBy, Instant recordedAt) {
    }

    /** A held meeting written by the demo generator or an import: no number, a free summary. */
    record ImportedRecord(UUID dossierId, String municipalityCode, LocalDate heldOn, String summary) {
    }

    /** A missed meeting on the team lead's list. */
    record MissedRow(UUID dossierId, Integer slotNo, LocalDate on, MissedReason reason, Boolean validReason,
                     boolean possibleBreach) {
    }

    /** Every outcome of a dossier with its notes, oldest first. */
    List<MeetingRecord> records(UUID dossierId) {
        Map<Long, List<DomainNote>> notes = new HashMap<>();
        jdbc.sql("""
                        SELECT n.meeting_id, n.domain, n.discussed, n.agreements
                        FROM progress_meeting_domain n JOIN progress_meeting m ON m.id = n.meeting_id
                        WHERE m.dossier_id = ?""")
                .param(dossierId)
                .query((rs, i) -> notes.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>())
                        .add(new DomainNote(LifeDomain.valueOf(rs.getString("domain")), rs.getString("discussed"),
                                rs.getString("agreements"))))
                .list();
        return jdbc.sql("SELECT * FROM progress_meeting WHERE dossier_id = ? ORDER BY held_on, id")
                .param(dossierId)
                .query((rs, i) -> record(rs, true, inDomainOrder(notes.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** The outcomes of many dossiers without their texts: what the schedule needs for the signals. */
    Map<UUID, List<MeetingRecord>> recordsOf(List<UUID> dossierIds) {
        Map<UUID, List<MeetingRecord>> out = new HashMap<>();
        for (List<UUID> chunk : chunks(dossierIds)) {
            jdbc.sql("SELECT id, dossier_id, slot_no, outcome, held_on, missed_reason, valid_reason, possible_breach,"
                            + " recorded_by, recorded_at FROM progress_meeting WHERE dossier_id IN (" + placeholders(chunk.size()) + ")")
                    .params(new ArrayList<Object>(chunk))
                    .query((rs, i) -> out.computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new ArrayList<>())
                            .add(record(rs, false, List.of())))
                    .list();
        }
        return out;
    }

    /** As {@link #recordsOf}, for the dossiers with an id in [{@code first}, {@code last}]: a range scan. */
    Map<UUID, List<MeetingRecord>> recordsInRange(UUID first, UUID last) {
        Map<UUID, List<MeetingRecord>> out = new HashMap<>();
        jdbc.sql("SELECT id, dossier_id, slot_no, outcome, held_on, missed_reason, valid_reason, possible_breach,"
                        + " recorded_by, recorded_at FROM progress_meeting WHERE dossier_id >= ? AND dossier_id <= ?")
                .params(first, last)
                .query((rs, i) -> out.computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new ArrayList<>())
                        .add(record(rs, false, List.of())))
                .list();
        return out;
    }

    Map<UUID, Map<Integer, LocalDate>> appointmentsInRange(UUID first, UUID last) {
        Map<UUID, Map<Integer, LocalDate>> out = new HashMap<>();
        jdbc.sql("SELECT dossier_id, slot_no, planned_on FROM progress_appointment WHERE dossier_id >= ? AND dossier_id <= ?")
                .params(first, last)
                .query((rs, i) -> out.computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getInt("slot_no"), rs.getObject("planned_on", LocalDate.class)))
                .list();
        return out;
    }

    Map<Integer, Appointment> appointments(UUID dossierId) {
        Map<Integer, Appointment> out = new HashMap<>();
        jdbc.sql("SELECT * FROM progress_appointment WHERE dossier_id = ?").param(dossierId)
                .query((rs, i) -> out.put(rs.getInt("slot_no"), new Appointment(rs.getInt("slot_no"),
                        rs.getObject("planned_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"))))
                .list();
        return out;
    }

    Map<UUID, Map<Integer, LocalDate>> appointmentsOf(List<UUID> dossierIds) {
        Map<UUID, Map<Integer, LocalDate>> out = new HashMap<>();
        for (List<UUID> chunk : chunks(dossierIds)) {
            jdbc.sql("SELECT dossier_id, slot_no, planned_on FROM progress_appointment WHERE dossier_id IN ("
                            + placeholders(chunk.size()) + ")")
                    .params(new ArrayList<Object>(chunk))
                    .query((rs, i) -> out.computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getInt("slot_no"), rs.getObject("planned_on", LocalDate.class)))
                    .list();
        }
        return out;
    }

    /**
     * Writes an outcome with its notes and returns its id. The unique (dossier, meeting number) constraint refuses
     * a second outcome for the same meeting, also when two people record it at the same moment.
     */
    long insert(NewRecord r, List<DomainNote> notes) {
        jdbc.sql("""
                        INSERT INTO progress_meeting (dossier_id, municipality_code, slot_no, outcome, held_on, missed_reason,
                            valid_reason, explanation, possible_breach, plan_revision_reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.dossierId(), r.municipalityCode(), r.slotNo(), r.outcome().name(), r.on(),
                        r.missedReason() == null ? null : r.missedReason().name(), r.validReason(), r.explanation(),
                        r.possibleBreach(), r.planRevisionReason(), r.recordedBy(), Timestamp.from(r.recordedAt()))
                .update();
        long id = jdbc.sql("SELECT id FROM progress_meeting WHERE dossier_id = ? AND slot_no = ?")
                .params(r.dossierId(), r.slotNo()).query(Long.class).single();
        template.batchUpdate("INSERT INTO progress_meeting_domain (meeting_id, domain, discussed, agreements) VALUES (?, ?, ?, ?)",
                notes, CHUNK, (ps, n) -> {
                    ps.setLong(1, id);
                    ps.setString(2, n.domain().name());
                    ps.setString(3, n.discussed());
                    ps.setString(4, n.agreements());
                });
        return id;
    }

    /** Records or moves the agreed date of a planned meeting. */
    void saveAppointment(UUID dossierId, int slotNo, LocalDate plannedOn, String note, String recordedBy, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE progress_appointment SET planned_on = ?, note = ?, recorded_by = ?, recorded_at = ?
                        WHERE dossier_id = ? AND slot_no = ?""")
                .params(plannedOn, note, recordedBy, Timestamp.from(at), dossierId, slotNo).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO progress_appointment (dossier_id, slot_no, planned_on, note, recorded_by, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(dossierId, slotNo, plannedOn, note, recordedBy, Timestamp.from(at)).update();
        }
    }

    void importHeld(List<ImportedRecord> records, String actor, Instant at) {
        template.batchUpdate("""
                        INSERT INTO progress_meeting (dossier_id, municipality_code, outcome, held_on, summary, recorded_by, recorded_at)
                        VALUES (?, ?, 'HELD', ?, ?, ?, ?)""", records, CHUNK, (ps, r) -> {
                    ps.setObject(1, r.dossierId());
                    ps.setString(2, r.municipalityCode());
                    ps.setObject(3, r.heldOn());
                    ps.setString(4, r.summary());
                    ps.setString(5, actor);
                    ps.setTimestamp(6, Timestamp.from(at));
                });
    }

    /** The municipality's missed meetings, possible breaches first, then the most recent. */
    List<MissedRow> missed(String municipalityCode, int limit) {
        return jdbc.sql("""
                        SELECT dossier_id, slot_no, held_on, missed_reason, valid_reason, possible_breach
                        FROM progress_meeting WHERE municipality_code = ? AND outcome = 'MISSED'
                        ORDER BY possible_breach DESC, held_on DESC, id DESC""" + " FETCH FIRST " + limit + " ROWS ONLY")
                .param(municipalityCode)
                .query((rs, i) -> new MissedRow(rs.getObject("dossier_id", UUID.class), (Integer) rs.getObject("slot_no", Integer.class),
                        rs.getObject("held_on", LocalDate.class), missedReason(rs.getString("missed_reason")),
                        (Boolean) rs.getObject("valid_reason", Boolean.class), rs.getBoolean("possible_breach")))
                .list();
    }

    private static MeetingRecord record(ResultSet rs, boolean withTexts, List<DomainNote> notes) throws SQLException {
        return new MeetingRecord(rs.getLong("id"), (Integer) rs.getObject("slot_no", Integer.class),
                MeetingRecord.Outcome.valueOf(rs.getString("outcome")), rs.getObject("held_on", LocalDate.class),
                missedReason(rs.getString("missed_reason")), (Boolean) rs.getObject("valid_reason", Boolean.class),
                withTexts ? rs.getString("explanation") : null, rs.getBoolean("possible_breach"),
                withTexts ? rs.getString("summary") : null, withTexts ? rs.getString("plan_revision_reason") : null,
                notes, rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static MissedReason missedReason(String s) {
        return s == null ? null : MissedReason.valueOf(s);
    }

    private static List<DomainNote> inDomainOrder(List<DomainNote> notes) {
        return notes.stream().sorted(java.util.Comparator.comparing(DomainNote::domain)).toList();
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return out;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
