package nl.regie.completion.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.completion.AftercarePlan;
import nl.regie.completion.ClosingDossier;
import nl.regie.completion.Completions;
import nl.regie.completion.ExamLevel;
import nl.regie.completion.ExamPart;
import nl.regie.completion.NoticeDownload;
import nl.regie.completion.NoticeFormat;
import nl.regie.completion.ParticipationOutcome;
import nl.regie.completion.RecordingAftercare;
import nl.regie.completion.RegisteringCompletion;
import nl.regie.dossier.ClosureReason;
import nl.regie.dossier.CompletionType;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Users;
import nl.regie.shared.DutchDates;
import nl.regie.route.FinalInterview;
import nl.regie.route.Progress;
import nl.regie.route.RouteProgress;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

/** Afronding en nazorg of a dossier: register the completion, download the notice to DUO, aftercare, closing. */
@Controller
class CompletionController {

    /** The hint under each outcome, so the consultant sees which fields belong to it. */
    static final Map<CompletionType, String> OUTCOME_HINTS = Map.of(
            CompletionType.EXAM, "B1-route: alle examenonderdelen behaald (taalonderdelen op B1, of A2 na afschalen).",
            CompletionType.FINAL_INTERVIEW, "Z-route: de gemeente heeft het eindgesprek gevoerd. Vul de datum van het eindgesprek in.",
            CompletionType.LANGUAGE_SWITCH_PROGRAMME, "Onderwijsroute: het taalschakeltraject is afgerond. Vul de onderwijsinstelling in.",
            CompletionType.EXEMPTION, "DUO heeft vrijstelling verleend (Wet inburgering 2021 art. 4). Vul datum en kenmerk van het besluit in.",
            CompletionType.DISPENSATION, "DUO heeft ontheffing verleend (Wet inburgering 2021 art. 5). Vul datum en kenmerk van het besluit in.");

    private final Completions completions;
    private final RegisteringCompletion registering;
    private final RecordingAftercare aftercare;
    private final ClosingDossier closing;
    private final RouteProgress routes;
    private final Users users;

    CompletionController(Completions completions, RegisteringCompletion registering, RecordingAftercare aftercare,
                         ClosingDossier closing, RouteProgress routes, Users users) {
        this.completions = completions;
        this.registering = registering;
        this.aftercare = aftercare;
        this.closing = closing;
        this.routes = routes;
        this.users = users;
    }

    @GetMapping("/dossiers/{id}/afronding")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/dossiers/{id}/afronding")
    String register(RegieUser user, @PathVariable UUID id, @ModelAttribute("form") CompletionForm form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var input = form.toInput(errors);
        if (errors.isEmpty()) {
            try {
                registering.register(user, id, version(form.getVersion()), input);
                redirect.addFlashAttribute("flash", "Afronding vastgelegd. De melding aan DUO is opgesteld en klaar voor verzending.");
                return "redirect:/dossiers/" + id + "/afronding";
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        return refused(user, id, model, response);
    }

    @PostMapping("/dossiers/{id}/afronding/nazorg")
    String recordAftercare(RegieUser user, @PathVariable UUID id, @ModelAttribute("aftercareForm") AftercareForm form,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var input = form.toInput(errors);
        if (errors.isEmpty()) {
            try {
                aftercare.record(user, id, version(form.getVersion()), input);
                redirect.addFlashAttribute("flash", "Nazorgcontact vastgelegd; het dossier staat op 'Nazorg'.");
                return "redirect:/dossiers/" + id + "/afronding";
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        model.addAttribute("aftercareErrors", errors);
        return refused(user, id, model, response);
    }

    @PostMapping("/dossiers/{id}/afronding/sluiten")
    String close(RegieUser user, @PathVariable UUID id, @ModelAttribute("closureForm") ClosureForm form, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var input = form.toInput(errors);
        if (errors.isEmpty()) {
            try {
                closing.close(user, id, version(form.getVersion()), input);
                redirect.addFlashAttribute("flash", "Dossier gesloten: " + input.reason().dutch() + ".");
                return "redirect:/dossiers/" + id + "/afronding";
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        model.addAttribute("closureErrors", errors);
        return refused(user, id, model, response);
    }

    @GetMapping("/dossiers/{id}/afronding/melding.json")
    ResponseEntity<byte[]> noticeJson(RegieUser user, @PathVariable UUID id) {
        return download(completions.notice(user, id, NoticeFormat.JSON));
    }

    @GetMapping("/dossiers/{id}/afronding/melding.xml")
    ResponseEntity<byte[]> noticeXml(RegieUser user, @PathVariable UUID id) {
        return download(completions.notice(user, id, NoticeFormat.XML));
    }

    private static ResponseEntity<byte[]> download(NoticeDownload n) {
        // The notice holds a BSN: never cached by the browser or a proxy.
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(n.format().mediaType()), java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(n.filename()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(n.body());
    }

    /**
     * What the Leerroute page already knows fills the form, so the consultant checks instead of retyping: all
     * required exam parts passed, the Z-route final interview, or the taalschakeltraject. Returns whether it did.
     */
    private static boolean prefill(CompletionForm f, Progress p) {
        if (p.lastFinalInterview() != null && p.lastFinalInterview().outcome() == FinalInterview.Outcome.COMPLETED) {
            f.setOutcome(CompletionType.FINAL_INTERVIEW.name());
            f.setFinalInterviewOn(DutchDates.show(p.lastFinalInterview().heldOn()));
            f.setCompletedOn(DutchDates.show(p.lastFinalInterview().heldOn()));
            return true;
        }
        if (p.bridgingProgramme() != null) {
            f.setOutcome(CompletionType.LANGUAGE_SWITCH_PROGRAMME.name());
            f.setCompletedOn(DutchDates.show(p.bridgingProgramme().completedOn()));
            f.setProgrammeProvider(p.bridgingProgramme().institution());
            return true;
        }
        if (p.examsRequired() && p.allRequiredExamPartsPassed()) {
            f.setOutcome(CompletionType.EXAM.name());
            p.examsCompletedOn().ifPresent(d -> f.setCompletedOn(DutchDates.show(d)));
            for (Progress.PartStatus s : p.examParts()) {
                // A part passed above B1 counts as B1 on the notice; below B1 only after afschalen (A2).
                String level = s.passing().map(r -> r.level() == null ? null
                        : r.level().atLeast(nl.regie.rules.LanguageLevel.B1) ? "B1" : r.level().name()).orElse(null);
                switch (s.required().part()) {
                    case READING -> f.setReading(level);
                    case LISTENING -> f.setListening(level);
                    case WRITING -> f.setWriting(level);
                    case SPEAKING -> f.setSpeaking(level);
                    case KNM -> f.setKnm(true);
                }
            }
            return true;
        }
        return false;
    }

    /** A stale form (no version) is a conflict: the page was opened before a change. */
    private static long version(Long v) {
        return v == null ? -1 : v;
    }

    private String refused(RegieUser user, UUID id, Model model, HttpServletResponse response) {
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        return page(user, id, model);
    }

    private String page(RegieUser user, UUID id, Model model) {
        Completions.Overview o = completions.overview(user, id);
        model.addAttribute("o", o);
        model.addAttribute("d", o.dossier());
        // Who recorded what is shown by name, as on the timeline, never as an account name.
        List<String> actors = new java.util.ArrayList<>();
        o.completion().ifPresent(c -> actors.add(c.recordedBy()));
        o.notice().ifPresent(n -> actors.add(n.createdBy()));
        o.aftercare().ifPresent(a -> actors.add(a.recordedBy()));
        model.addAttribute("actorNames", users.displayNames(actors));
        if (!model.containsAttribute("form")) {
            CompletionForm f = new CompletionForm();
            f.setVersion(o.dossier().version());
            if (o.dossier().state() == DossierState.IN_ROUTE) {
                model.addAttribute("prefilled", prefill(f, routes.of(user, id)));
            }
            model.addAttribute("form", f);
        }
        if (!model.containsAttribute("aftercareForm")) {
            AftercareForm f = new AftercareForm();
            f.setVersion(o.dossier().version());
            model.addAttribute("aftercareForm", f);
        }
        if (!model.containsAttribute("closureForm")) {
            ClosureForm f = new ClosureForm();
            f.setVersion(o.dossier().version());
            model.addAttribute("closureForm", f);
        }
        for (String errors : List.of("errors", "aftercareErrors", "closureErrors")) {
            if (!model.containsAttribute(errors)) {
                model.addAttribute(errors, Map.of());
            }
        }
        model.addAttribute("outcomes", CompletionType.values());
        model.addAttribute("outcomeHints", OUTCOME_HINTS);
        model.addAttribute("routes", LearningRoute.values());
        model.addAttribute("languageParts", List.of(ExamPart.READING, ExamPart.LISTENING, ExamPart.WRITING, ExamPart.SPEAKING));
        model.addAttribute("levels", ExamLevel.values());
        model.addAttribute("participations", ParticipationOutcome.values());
        model.addAttribute("closureReasons", ClosureReason.values());
        model.addAttribute("aftercareMonths", AftercarePlan.MONTHS);
        model.addAttribute("aftercareBasis", AftercarePlan.BASIS);
        return "completion/completion";
    }
}
