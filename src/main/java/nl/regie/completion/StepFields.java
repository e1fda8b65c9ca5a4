package nl.regie.completion;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.regie.shared.RegieProblem;

/** Puts the lifecycle's messages (keyed by its own field names) next to this module's form fields. */
final class StepFields {

    private StepFields() {
    }

    static RegieProblem.InvalidInput onForm(RegieProblem.InvalidInput e, Map<String, String> rename) {
        Map<String, String> out = new LinkedHashMap<>();
        e.problems().forEach((field, message) -> out.put(rename.getOrDefault(field, field), message));
        return new RegieProblem.InvalidInput(out);
    }
}
