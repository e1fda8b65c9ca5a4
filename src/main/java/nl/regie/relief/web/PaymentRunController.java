package nl.regie.relief.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Users;
import nl.regie.relief.PaymentRun;
import nl.regie.relief.PaymentRuns;
import nl.regie.shared.RegieProblem;

/**
 * The team lead's monthly payment run of ontzorgen ({@code /ontzorgen/betaalrun}): choose a month, see the computed
 * payments and shortfalls, produce the SEPA file once, download it, and pay a dossier that was left out by a correction.
 */
@Controller
class PaymentRunController {

    private final PaymentRuns runs;
    private final Clock clock;

    private final Users users;

    PaymentRunController(PaymentRuns runs, Clock clock, Users users) {
        this.users = users;
        this.runs = runs;
        this.clock = clock;
    }

    @GetMapping("/ontzorgen/betaalrun")
    String show(RegieUser user, @RequestParam(name = "maand", required = false) String maand, Model model,
                HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth month = maand == null || maand.isBlank() ? YearMonth.now(clock) : ReliefForms.month(maand, "maand", errors);
        if (month == null) {
            response.setStatus(400);
            model.addAttribute("monthErrors", errors);
            month = YearMonth.now(clock);
        }
        return page(user, month, model);
    }

    @PostMapping("/ontzorgen/betaalrun")
    String produce(RegieUser user, @ModelAttribute("runForm") ReliefForms.RunForm form, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth month = ReliefForms.month(form.getMonth(), "month", errors);
        if (month == null) {
            errors.putIfAbsent("month", "Kies een maand.");
            response.setStatus(400);
            model.addAttribute("runErrors", errors);
            return page(user, YearMonth.now(clock), model);
        }
        try {
            PaymentRun run = runs.produce(user, month, form.isConfirmShortfalls());
            redirect.addFlashAttribute("flash", "Betaalrun " + run.messageId() + " aangemaakt: " + run.transactions() + " betalingen, samen "
                    + run.total() + ". Download het SEPA-bestand en lever het aan bij de bank.");
            return "redirect:/ontzorgen/betaalrun?maand=" + month;
        } catch (RegieProblem.InvalidInput e) {
            errors.putAll(e.problems());
            response.setStatus(400);
            model.addAttribute("runErrors", errors);
        } catch (RegieProblem.Conflict e) {
            response.setStatus(409);
            model.addAttribute("conflict", e.getMessage());
        }
        return page(user, month, model);
    }

    @PostMapping("/ontzorgen/betaalrun/correctie")
    String correct(RegieUser user, @RequestParam("month") String monthText,
                   @ModelAttribute("correctionForm") ReliefForms.CorrectionForm form, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth month = ReliefForms.month(monthText, "month", errors);
        UUID dossier = null;
        try {
            dossier = form.getCorrectionDossier() == null || form.getCorrectionDossier().isBlank() ? null : UUID.fromString(form.getCorrectionDossier());
        } catch (IllegalArgumentException e) {
            errors.put("correctionDossier", "Kies het dossier.");
        }
        if (dossier == null) {
            errors.putIfAbsent("correctionDossier", "Kies het dossier.");
        }
        if (month == null) {
            throw new RegieProblem.NotFound("Deze maand bestaat niet.");
        }
        if (errors.isEmpty()) {
            try {
                PaymentRun run = runs.correct(user, month, dossier, form.getCorrectionReason());
                redirect.addFlashAttribute("flash", "Correctie " + run.messageId() + " aangemaakt: " + run.transactions() + " betalingen, samen "
                        + run.total() + ".");
                return "redirect:/ontzorgen/betaalrun?maand=" + month;
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        model.addAttribute("correctionErrors", errors);
        return page(user, month, model);
    }

    @GetMapping("/ontzorgen/betaalrun/{runId}/sepa.xml")
    ResponseEntity<byte[]> download(RegieUser user, @PathVariable long runId) {
        PaymentRuns.Download d = runs.file(user, runId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName()).build().toString())
                .body(d.xml());
    }

    private String page(RegieUser user, YearMonth month, Model model) {
        var preview = runs.preview(user, month);
        model.addAttribute("p", preview);
        // Who produced a run is shown by name, as on the timeline, not by account.
        model.addAttribute("names", users.displayNames(preview.runs().stream().map(r -> r.producedBy()).toList()));
        model.addAttribute("recent", runs.recent(user));
        model.addAttribute("monthTyped", ReliefForms.typedMonth(month));
        for (String e : new String[] {"monthErrors", "runErrors", "correctionErrors"}) {
            if (!model.containsAttribute(e)) {
                model.addAttribute(e, Map.of());
            }
        }
        if (!model.containsAttribute("runForm")) {
            model.addAttribute("runForm", new ReliefForms.RunForm());
        }
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", new ReliefForms.CorrectionForm());
        }
        return "relief/payment-run";
    }
}
