package nl.regie.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.regie.shared.RegieProblem;

/** Refusals on screens become a Dutch error page with the right HTTP status (404 for other tenants' dossiers). */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiExceptionHandler {

    @ExceptionHandler(RegieProblem.class)
    String problem(RegieProblem e, HttpServletResponse response, Model model) {
        response.setStatus(e.status());
        model.addAttribute("status", e.status());
        model.addAttribute("problemTitle", e.title());
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("problemTitle", "Niet gevonden");
        model.addAttribute("message", "Deze pagina bestaat niet.");
        return "error";
    }
}
