package nl.regie.shared;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How every screen submits a form to a use case: the change runs only when the form had no typing errors; when the
 * service refuses, its field messages join {@code errors} (answer 400) or its conflict becomes the model's
 * {@code conflict} (answer 409), and the caller shows the page again with everything that was typed.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** Whether {@code change} ran and was accepted; otherwise the refusal is recorded as described above. */
    public static boolean succeeded(Map<String, String> errors, Model model, HttpServletResponse response, Runnable change) {
        return result(errors, model, response, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The (non-null) result of {@code change} when it ran and was accepted; otherwise empty, the refusal recorded. */
    public static <T> Optional<T> result(Map<String, String> errors, Model model, HttpServletResponse response,
                                         Supplier<T> change) {
        if (errors.isEmpty()) {
            try {
                return Optional.of(change.get());
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        return Optional.empty();
    }
}
