package nl.regie.shared;

import java.util.Map;

/**
 * Reading what a user typed or chose on a form, the same way on every screen: an empty field is {@code null}
 * (the use case says whether it is required), anything unreadable puts a Dutch message next to the field in
 * {@code errors} and is {@code null} too, so the form is shown again with what was typed.
 */
public final class FormInput {

    private FormInput() {
    }

    /** One of the enum's values by its name, as a select or radio button sends it. */
    public static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String message,
                                               Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** A whole number. */
    public static Integer wholeNumber(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "'" + raw.trim() + "' is geen heel getal.");
            return null;
        }
    }
}
