package nl.regie.shared;

/**
 * A refusal with a Dutch explanation that the user can act on. Modules throw the subclasses; the API
 * turns them into application/problem+json (NL API Design Rules), the UI into a message on the screen.
 */
public abstract class RegieProblem extends RuntimeException {

    private final String field;

    protected RegieProblem(String field, String dutchMessage) {
        super(dutchMessage);
        this.field = field;
    }

    /** The input field the problem is about, or {@code null} when it is about the request as a whole. */
    public String field() {
        return field;
    }

    public abstract int status();

    public abstract String title();

    /** The resource does not exist, or the user may not know that it exists (tenant isolation: 404, not 403). */
    public static class NotFound extends RegieProblem {
        public NotFound(String dutchMessage) {
            super(null, dutchMessage);
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public String title() {
            return "Niet gevonden";
        }
    }

    /** Input that is well-formed but not acceptable; names each field with its own Dutch message. */
    public static class InvalidInput extends RegieProblem {
        private final java.util.Map<String, String> problems;

        public InvalidInput(String field, String dutchMessage) {
            this(java.util.Map.of(field, dutchMessage));
        }

        /** @param problems field name → Dutch message, in the order the fields appear on the form */
        public InvalidInput(java.util.Map<String, String> problems) {
            super(problems.keySet().iterator().next(), String.join(" ", problems.values()));
            this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
        }

        public java.util.Map<String, String> problems() {
            return problems;
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String title() {
            return "Ongeldige invoer";
        }
    }

    /** The request conflicts with the current state (someone else changed it, or a step is not allowed now). */
    public static class Conflict extends RegieProblem {
        private final String title;

        public Conflict(String title, String dutchMessage) {
            super(null, dutchMessage);
            this.title = title;
        }

        @Override
        public int status() {
            return 409;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /** The user's role does not allow this, whichever resource it is. */
    public static class Forbidden extends RegieProblem {
        public Forbidden(String dutchMessage) {
            super(null, dutchMessage);
        }

        @Override
        public int status() {
            return 403;
        }

        @Override
        public String title() {
            return "Geen toegang";
        }
    }
}
