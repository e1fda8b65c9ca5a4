package nl.regie.attachment;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An attachment of a dossier as listed: who added it, when, how large. The content is never changed. */
public record Attachment(long id, UUID dossierId, AttachmentCategory category, String description, String fileName,
                         String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    public String sizeDutch() {
        return sizeDutch(sizeBytes);
    }

    /** "812 bytes", "120 kB", "2,4 MB": as a Dutch reader expects (decimal comma). */
    public static String sizeDutch(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return ((bytes + 1023) / 1024) + " kB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.floor(mb) ? (long) mb + " MB" : String.format(Locale.forLanguageTag("nl-NL"), "%.1f MB", mb);
    }
}
