package nl.regie.attachment.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import nl.regie.attachment.AddingAttachment;
import nl.regie.identity.RegieUser;
import nl.regie.municipality.Municipalities;
import nl.regie.municipality.Municipality;
import nl.regie.shared.DateView;
import nl.regie.shared.RegieProblem;

/**
 * An upload above Spring's multipart limit ({@code spring.servlet.multipart.max-file-size}, set a little above
 * {@code regie.attachments.max-bytes}) fails before any controller is chosen. This advice has no selector, so it
 * also applies then, and shows the attachment form again with the Dutch size message next to the file field instead
 * of an error page. The browser's form fields are lost with the refused body; the message says what to do.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

    private static final Pattern ATTACHMENTS = Pattern.compile("^/dossiers/([0-9a-fA-F-]{36})/bijlagen/?$");

    private final AttachmentController controller;
    private final AddingAttachment adding;
    private final Municipalities municipalities;

    UploadTooLargeAdvice(AttachmentController controller, AddingAttachment adding, Municipalities municipalities) {
        this.controller = controller;
        this.adding = adding;
        this.municipalities = municipalities;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, RegieUser user, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        Matcher m = ATTACHMENTS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        response.setStatus(413);
        // The layout's header normally comes from a @ModelAttribute advice, which does not run for exception handlers.
        model.addAttribute("me", user);
        model.addAttribute("myMunicipality", user.municipalityCode() == null ? null
                : municipalities.find(user.municipalityCode()).map(Municipality::name).orElse(null));
        model.addAttribute("dates", new DateView());
        if (!m.matches()) {
            return error(response, model, 413, "Bestand te groot", adding.tooLargeMessage(null, null));
        }
        try {
            return controller.page(user, UUID.fromString(m.group(1)), null, null,
                    Map.of("file", adding.tooLargeMessage(null, null)), model);
        } catch (RegieProblem p) {
            // The same answer the page itself gives: 404 for another municipality's dossier, 403 for a role without access.
            return error(response, model, p.status(), p.title(), p.getMessage());
        }
    }

    private static String error(HttpServletResponse response, Model model, int status, String title, String message) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("problemTitle", title);
        model.addAttribute("message", message);
        return "error";
    }
}
