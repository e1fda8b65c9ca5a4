package nl.regie.linking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the linking module: import runs, the outcome of every record and the reasons of rejections. */
@Repository
class ImportStore {

    static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRun(UUID id, String municipalityCode, String startedBy, Instant now, String fileName, ImportFormat format,
                   int total) {
        jdbc.sql("""
                        INSERT INTO coa_import_run (id, municipality_code, started_by, started_at, updated_at, file_name,
                            file_format, status, rows_total, rows_done, imported, already_present, rejected)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)""")
                .params(id, municipalityCode, startedBy, Timestamp.from(now), Timestamp.from(now), fileName,
                        format.name(), ImportStatus.RUNNING.name(), total)
                .update();
    }

    /** Only for a run that never started: its executor refused it, so no record was handled. */
    void deleteUnstartedRun(UUID id) {
        jdbc.sql("DELETE FROM coa_import_run WHERE id = ? AND rows_done = 0").param(id).update();
    }

    /**
     * The outcome of one record and the run's progress, in the caller's transaction: a record is counted exactly
     * when its dossier (or its refusal) is written.
     */
    void recordOutcome(UUID runId, ImportRecord r, ImportOutcome outcome, UUID dossierId, List<String> reasons, Instant now) {
        jdbc.sql("INSERT INTO coa_import_line (run_id, record_number, line_number, outcome, dossier_id) VALUES (?, ?, ?, ?, ?)")
                .params(runId, r.number(), r.line(), outcome.name(), dossierId).update();
        int seq = 0;
        for (String reason : reasons) {
            jdbc.sql("INSERT INTO coa_import_reason (run_id, record_number, seq, reason) VALUES (?, ?, ?, ?)")
                    .params(runId, r.number(), ++seq, reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason)
                    .update();
        }
        jdbc.sql("""
                        UPDATE coa_import_run SET rows_done = rows_done + 1, imported = imported + ?,
                            already_present = already_present + ?, rejected = rejected + ?, updated_at = ?
                        WHERE id = ?""")
                .params(outcome == ImportOutcome.IMPORTED ? 1 : 0, outcome == ImportOutcome.ALREADY_PRESENT ? 1 : 0,
                        outcome == ImportOutcome.REJECTED ? 1 : 0, Timestamp.from(now), runId)
                .update();
    }

    void finish(UUID runId, ImportStatus status, String failure, Instant now) {
        jdbc.sql("UPDATE coa_import_run SET status = ?, failure = ?, finished_at = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), failure, Timestamp.from(now), Timestamp.from(now), runId)
                .update();
    }

    Optional<ImportRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM coa_import_run WHERE id = ?").param(id).query(ImportStore::run).optional();
    }

    List<ImportRun> latest(String municipalityCode, int limit) {
        return jdbc.sql("SELECT * FROM coa_import_run WHERE municipality_code = ? ORDER BY started_at DESC, id "
                        + "OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY")
                .params(municipalityCode, limit).query(ImportStore::run).list();
    }

    /** The records of a run with one outcome, in file order, at most {@code limit}. */
    List<ImportLine> lines(UUID runId, ImportOutcome outcome, int limit) {
        List<Object[]> rows = jdbc.sql("""
                        SELECT record_number, line_number, dossier_id FROM coa_import_line
                        WHERE run_id = ? AND outcome = ? ORDER BY record_number OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY""")
                .params(runId, outcome.name(), limit)
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getObject(3, UUID.class)}).list();
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        if (outcome != ImportOutcome.IMPORTED && !rows.isEmpty()) {
            int last = (Integer) rows.get(rows.size() - 1)[0];
            jdbc.sql("""
                            SELECT r.record_number, r.reason FROM coa_import_reason r
                            JOIN coa_import_line l ON l.run_id = r.run_id AND l.record_number = r.record_number
                            WHERE r.run_id = ? AND l.outcome = ? AND r.record_number <= ?
                            ORDER BY r.record_number, r.seq""")
                    .params(runId, outcome.name(), last)
                    .query((RowCallbackHandler) rs -> reasons.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(rs.getString(2)));
        }
        return rows.stream().map(r -> new ImportLine((Integer) r[0], (Integer) r[1], outcome, (UUID) r[2],
                List.copyOf(reasons.getOrDefault((Integer) r[0], List.of())))).toList();
    }

    private static ImportRun run(ResultSet rs, int i) throws SQLException {
        return new ImportRun(rs.getObject("id", UUID.class), rs.getString("municipality_code"), rs.getString("started_by"),
                instant(rs, "started_at"), instant(rs, "updated_at"), instant(rs, "finished_at"), rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("file_format")), ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("rows_total"), rs.getInt("rows_done"), rs.getInt("imported"), rs.getInt("already_present"),
                rs.getInt("rejected"), rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
