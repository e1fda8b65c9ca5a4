package nl.regie.completion.web;

import java.util.Map;
import nl.regie.shared.FormInput;

/** Reading a select or radio value into an enum; empty is "not chosen", an unknown value a Dutch error. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, String message, Map<String, String> errors) {
        return FormInput.choice(type, raw, field, message, errors);
    }
}
