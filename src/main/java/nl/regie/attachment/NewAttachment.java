package nl.regie.attachment;

/**
 * An upload as received.
 *
 * @param fileName the name the browser sent (may be a path or empty)
 * @param content the bytes, empty when no file was chosen
 */
public record NewAttachment(AttachmentCategory category, String description, String fileName, byte[] content) {
}
