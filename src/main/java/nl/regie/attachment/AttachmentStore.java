package nl.regie.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.regie.dossier.DossierLookup;
import org.springframework.stereotype.Repository;

/**
 * Persistence of attachments. Rows are inserted once and never updated; the only delete is the uploader's
 * withdrawal within the first minutes ({@link WithdrawingAttachment}).
 */
@Repository
class AttachmentStore {

    private final JdbcClient jdbc;

    private final DossierLookup dossierLookup;

    AttachmentStore(JdbcClient jdbc, DossierLookup dossierLookup) {
        this.jdbc = jdbc;
        this.dossierLookup = dossierLookup;
    }

    List<Attachment> list(UUID dossierId) {
        return jdbc.sql("SELECT * FROM dossier_attachment WHERE dossier_id = ? ORDER BY uploaded_at DESC, id DESC")
                .param(dossierId).query(AttachmentStore::attachment).list();
    }

    Optional<Attachment> find(UUID dossierId, long id) {
        return jdbc.sql("SELECT * FROM dossier_attachment WHERE dossier_id = ? AND id = ?").params(dossierId, id)
                .query(AttachmentStore::attachment).optional();
    }

    /** Inserts the attachment and its content; returns its id. */
    long insert(UUID dossierId, AttachmentCategory category, String description, String fileName, String contentType,
                byte[] content, String by, Instant at) {
        String hash = sha256(content);
        jdbc.sql("""
                        INSERT INTO dossier_attachment (dossier_id, category, description, file_name, content_type, size_bytes,
                            sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, category.name(), description, fileName, contentType, (long) content.length, hash, by,
                        Timestamp.from(at))
                .update();
        // The dossier row is locked by the caller, so no other upload to this dossier can come between.
        long id = jdbc.sql("SELECT MAX(id) FROM dossier_attachment WHERE dossier_id = ?").param(dossierId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO dossier_attachment_content (attachment_id, pdf) VALUES (?, ?)").params(id, content).update();
        return id;
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT pdf FROM dossier_attachment_content WHERE attachment_id = ?").param(id)
                .query((rs, n) -> rs.getBytes("pdf")).optional();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM dossier_attachment_content WHERE attachment_id = ?").param(id).update();
        jdbc.sql("DELETE FROM dossier_attachment WHERE id = ?").param(id).update();
    }

    void lockDossier(UUID dossierId) {
        dossierLookup.lock(dossierId); // the dossier module owns its table and its lock
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Attachment attachment(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getObject("dossier_id", UUID.class),
                AttachmentCategory.valueOf(rs.getString("category")), rs.getString("description"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
