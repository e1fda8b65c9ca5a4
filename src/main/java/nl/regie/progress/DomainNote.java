package nl.regie.progress;

/** What was discussed and agreed about one life domain in a voortgangsgesprek. */
public record DomainNote(LifeDomain domain, String discussed, String agreements) {

    public boolean isEmpty() {
        return blank(discussed) && blank(agreements);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
