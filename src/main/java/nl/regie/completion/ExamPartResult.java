package nl.regie.completion;

/** One exam part as passed; {@code level} is {@code null} for KNM, which has no language level. */
public record ExamPartResult(ExamPart part, ExamLevel level) {

    public String dutch() {
        return level == null ? part.dutch() : part.dutch() + " " + level.name();
    }
}
