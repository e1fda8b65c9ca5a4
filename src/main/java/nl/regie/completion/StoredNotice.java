package nl.regie.completion;

import java.time.Instant;
import java.util.UUID;

/** A notice to DUO as stored (without its bodies, which hold the BSN and are read only by downloading). */
public record StoredNotice(long id, UUID noticeId, UUID dossierId, NoticeStatus status, String sha256Json,
                           String sha256Xml, String createdBy, Instant createdAt) {
}
