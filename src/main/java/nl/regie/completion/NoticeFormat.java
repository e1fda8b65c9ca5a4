package nl.regie.completion;

/** The two renderings of one notice to DUO. */
public enum NoticeFormat {
    JSON("application/json", "json"),
    XML("application/xml", "xml");

    private final String mediaType;
    private final String extension;

    NoticeFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
