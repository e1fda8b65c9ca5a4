package nl.regie.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.regie.audit.AccessLog;
import nl.regie.identity.RegieUser;

/** The functional administrator queries who read which dossier, when and why. */
@Controller
class AccessLogController {

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/beheer/toegangslog")
    String show(RegieUser admin, @RequestParam(required = false) String gebruiker,
                @RequestParam(required = false) String dossier,
                @RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                @RequestParam(defaultValue = "1") int pagina, Model model) {
        String error = null;
        UUID dossierId = null;
        if (dossier != null && !dossier.isBlank()) {
            try {
                dossierId = UUID.fromString(dossier.trim());
            } catch (IllegalArgumentException e) {
                error = "'" + dossier.trim() + "' is geen geldig dossiernummer.";
            }
        }
        LocalDate from = parse(van);
        LocalDate until = parse(tot);
        if ((van != null && !van.isBlank() && from == null) || (tot != null && !tot.isBlank() && until == null)) {
            error = "Gebruik voor de periode datums als 2026-11-23.";
        }
        AccessLog.Page page = accessLog.query(admin, new AccessLog.AccessQuery(gebruiker, dossierId, from, until,
                Math.max(0, pagina - 1), 50));
        model.addAttribute("page", page);
        model.addAttribute("pageNumber", Math.max(1, pagina));
        model.addAttribute("gebruiker", gebruiker == null ? "" : gebruiker);
        model.addAttribute("dossier", dossier == null ? "" : dossier);
        model.addAttribute("van", van == null ? "" : van);
        model.addAttribute("tot", tot == null ? "" : tot);
        model.addAttribute("error", error);
        return "admin/access-log";
    }

    private static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
