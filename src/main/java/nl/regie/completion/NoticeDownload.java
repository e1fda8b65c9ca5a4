package nl.regie.completion;

/** A notice body ready to be served as a download. */
public record NoticeDownload(String filename, NoticeFormat format, byte[] body) {
}
