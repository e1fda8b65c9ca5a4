package nl.regie.attachment;

/** An attachment's content for download, with the name and type to send it under. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
