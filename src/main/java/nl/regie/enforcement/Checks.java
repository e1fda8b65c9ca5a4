package nl.regie.enforcement;

import java.time.LocalDate;
import java.util.Map;

/** Small shared checks of typed input; each adds a Dutch message under the field's name. */
final class Checks {

    private Checks() {
    }

    static void required(Map<String, String> errors, String field, Object value, String message) {
        if (errors.containsKey(field)) {
            return;
        }
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.put(field, message);
        }
    }

    static void maxLength(Map<String, String> errors, String field, String value, int max) {
        if (!errors.containsKey(field) && value != null && value.trim().length() > max) {
            errors.put(field, "Gebruik ten hoogste " + max + " tekens (nu " + value.trim().length() + ").");
        }
    }

    static void notFuture(Map<String, String> errors, String field, LocalDate value, LocalDate today) {
        if (!errors.containsKey(field) && value != null && value.isAfter(today)) {
            errors.put(field, "De datum ligt in de toekomst.");
        }
    }
}
