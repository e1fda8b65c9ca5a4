package nl.regie.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Every API error as problem+json with a Dutch {@code detail}. Applies to {@code @RestController}s only. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
public class ApiExceptionHandler {

    @ExceptionHandler(RegieProblem.class)
    ResponseEntity<ProblemDetail> regie(RegieProblem e, HttpServletRequest req) {
        if (e instanceof RegieProblem.InvalidInput ii) {
            List<Map<String, String>> params = new ArrayList<>();
            ii.problems().forEach((f, m) -> params.add(ApiProblems.param(f, m)));
            return respond(400, ApiProblems.invalid(params, req.getRequestURI()));
        }
        return respond(e.status(), ApiProblems.of(e.status(), e.title(), e.getMessage(), req.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest req) {
        List<Map<String, String>> params = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            params.add(ApiProblems.param(fe.getField(), fe.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(ge -> params.add(ApiProblems.param(ge.getObjectName(), ge.getDefaultMessage())));
        return respond(400, ApiProblems.invalid(params, req.getRequestURI()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest req) {
        if (e.getCause() instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String field = mie.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .reduce((a, b) -> a + "." + b).orElse("body");
            String reason = mie instanceof InvalidFormatException ife
                    ? describe(ife.getTargetType(), String.valueOf(ife.getValue()))
                    : "Dit veld heeft niet het verwachte formaat.";
            return respond(400, ApiProblems.invalid(List.of(ApiProblems.param(field, reason)), req.getRequestURI()));
        }
        return respond(400, ApiProblems.of(400, "Ongeldige invoer",
                "De inhoud van het verzoek is geen geldige JSON.", req.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
        return respond(400, ApiProblems.invalid(List.of(ApiProblems.param(e.getName(),
                describe(e.getRequiredType(), String.valueOf(e.getValue())))), req.getRequestURI()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest req) {
        return respond(400, ApiProblems.invalid(List.of(ApiProblems.param(e.getParameterName(),
                "Deze parameter is verplicht.")), req.getRequestURI()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest req) {
        return respond(404, ApiProblems.of(404, "Niet gevonden", "Deze URL bestaat niet in de API.", req.getRequestURI()));
    }

    /** Anything unforeseen: still problem+json in Dutch, without internals; the stack trace goes to the log. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest req) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        LOG.error("Onverwachte fout bij {}", req.getRequestURI(), e);
        return respond(500, ApiProblems.of(500, "Interne fout",
                "Er ging iets mis bij het verwerken van dit verzoek. Probeer het later opnieuw.", req.getRequestURI()));
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

    static String describe(Class<?> type, String value) {
        if (type == null) {
            return "Ongeldige waarde '" + value + "'.";
        }
        if (type.isEnum()) {
            List<String> allowed = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                allowed.add(((Enum<?>) c).name());
            }
            return "Ongeldige waarde '" + value + "'; toegestaan zijn: " + String.join(", ", allowed) + ".";
        }
        if (type == java.time.LocalDate.class) {
            return "Ongeldige datum '" + value + "'; gebruik JJJJ-MM-DD (ISO 8601).";
        }
        if (type == java.util.UUID.class) {
            return "Ongeldige id '" + value + "'.";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Ongeldig getal '" + value + "'.";
        }
        return "Ongeldige waarde '" + value + "'.";
    }

    static ResponseEntity<ProblemDetail> respond(int status, ProblemDetail p) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
