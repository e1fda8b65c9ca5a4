package nl.regie.plan.web;

import java.time.Clock;
import java.time.LocalDate;
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
import nl.regie.intake.CefrLevel;
import nl.regie.intake.ChildcareNeed;
import nl.regie.intake.IntakeQueries;
import nl.regie.intake.IntakeSummary;
import nl.regie.intake.LearnabilityTest;
import nl.regie.municipality.Municipalities;
import nl.regie.plan.DraftingPlan;
import nl.regie.plan.EstablishingPlan;
import nl.regie.plan.Plans;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/** The PIP screen of a dossier: versions, draft, establishing as a decision, acknowledgement, letters. */
@Controller
class PlanController {

    private final Plans plans;
    private final DraftingPlan drafting;
    private final EstablishingPlan establishing;
    private final Municipalities municipalities;
    private final IntakeQueries intake;
    private final Clock clock;

    PlanController(Plans plans, DraftingPlan drafting, EstablishingPlan establishing, Municipalities municipalities,
                   IntakeQueries intake, Clock clock) {
        this.plans = plans;
        this.drafting = drafting;
        this.establishing = establishing;
        this.municipalities = municipalities;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/pip")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, null, Map.of(), model);
    }

    @PostMapping("/dossiers/{id}/pip/concept")
    String saveDraft(RegieUser user, @PathVariable UUID id, @ModelAttribute("form") PlanForm form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var content = form.toContent(errors);
        if (errors.isEmpty()) {
            try {
                drafting.save(user, id, content, form.getRevisionReason(), form.getVersion());
                redirect.addFlashAttribute("flash", "PIP-concept opgeslagen.");
                return "redirect:/dossiers/" + id + "/pip";
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        return page(user, id, form, errors, model);
    }

    @PostMapping("/dossiers/{id}/pip/vaststellen")
    String establish(RegieUser user, @PathVariable UUID id, @RequestParam(required = false) String datedOn,
                     @RequestParam(required = false) Long draftVersion, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = DutchDates.parse(datedOn, "datedOn", errors);
        if (date == null && !errors.containsKey("datedOn")) {
            errors.put("datedOn", "De dagtekening is verplicht.");
        }
        if (errors.isEmpty()) {
            try {
                var p = establishing.establish(user, id, draftVersion == null ? -1 : draftVersion, date);
                redirect.addFlashAttribute("flash", "PIP versie " + p.versionNo() + " vastgesteld; de beschikking is gearchiveerd.");
                return "redirect:/dossiers/" + id + "/pip";
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        model.addAttribute("establishErrors", errors);
        model.addAttribute("datedOn", datedOn);
        return page(user, id, null, Map.of(), model);
    }

    @PostMapping("/dossiers/{id}/pip/{version}/ondertekend")
    String acknowledge(RegieUser user, @PathVariable UUID id, @PathVariable int version,
                       @RequestParam(required = false) String acknowledgedOn, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = DutchDates.parse(acknowledgedOn, "acknowledgedOn", errors);
        if (errors.isEmpty()) {
            try {
                establishing.acknowledge(user, id, version, date);
                redirect.addFlashAttribute("flash", "Ondertekening van versie " + version + " vastgelegd.");
                return "redirect:/dossiers/" + id + "/pip";
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            }
        }
        response.setStatus(400);
        model.addAttribute("ackErrors", errors);
        return page(user, id, null, Map.of(), model);
    }

    @GetMapping("/dossiers/{id}/pip/{version}/beschikking.pdf")
    ResponseEntity<byte[]> letter(RegieUser user, @PathVariable UUID id, @PathVariable int version) {
        byte[] pdf = plans.letter(user, id, version);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("pip-versie-" + version + ".pdf").build().toString())
                .body(pdf);
    }

    /** A first draft starts from the intake: the advised route and its grounds, and the childcare need. */
    private static void startFromIntake(PlanForm n, IntakeSummary in) {
        LearnabilityTest test = in.latestLearnabilityTest();
        StringBuilder reasons = new StringBuilder();
        if (test != null) {
            if (test.advisedRoute() != null) {
                n.setLearningRoute(test.advisedRoute().name());
            }
            reasons.append("Leerbaarheidstoets ").append(DutchDates.show(test.takenOn())).append(" (").append(test.provider()).append(")")
                    .append(test.advisedRoute() != null ? ": advies " + test.advisedRoute().dutch() : "")
                    .append(test.score() != null ? ", score " + test.score() : "").append(".");
        }
        IntakeSummary.LanguageLevels l = in.languageLevels();
        if (l != null && (l.reading() != CefrLevel.UNKNOWN || l.speaking() != CefrLevel.UNKNOWN)) {
            reasons.append(reasons.isEmpty() ? "" : " ").append("Taalniveau volgens de brede intake: lezen ").append(l.reading().dutch())
                    .append(", luisteren ").append(l.listening().dutch()).append(", schrijven ").append(l.writing().dutch())
                    .append(", spreken ").append(l.speaking().dutch()).append(".");
        }
        if (in.educationLevel() != null) {
            reasons.append(reasons.isEmpty() ? "" : " ").append("Opleiding: ").append(in.educationLevel()).append(".");
        }
        if (in.desiredOccupations() != null) {
            reasons.append(reasons.isEmpty() ? "" : " ").append("Wensen: ").append(in.desiredOccupations()).append(".");
        }
        if (!reasons.isEmpty()) {
            n.setRouteReasons(reasons.append(" Eigen voorkeur: ").toString());
        }
        if (in.childcareNeed() == ChildcareNeed.TO_ARRANGE || in.childcareNeed() == ChildcareNeed.ARRANGED) {
            n.setChildcare(in.childcareNeed().dutch()
                    + (in.childrenNeedingCare() != null ? " voor " + in.childrenNeedingCare() + " kind(eren)" : "")
                    + (in.childcareWhen() != null ? ": " + in.childcareWhen() : "") + ".");
        }
    }

    private String page(RegieUser user, UUID id, PlanForm form, Map<String, String> errors, Model model) {
        Plans.Overview o = plans.overview(user, id);
        model.addAttribute("o", o);
        model.addAttribute("d", o.dossier());
        // The PIP is drafted from the brede intake (Wi 2021 art. 15): its findings sit next to the form, and a first
        // draft starts from them. Health and other special categories never reach this summary.
        IntakeSummary fromIntake = intake.summary(user, id);
        model.addAttribute("intake", fromIntake);
        PlanForm f = form;
        if (f == null) {
            f = o.draft().map(p -> PlanForm.of(p, false))
                    .or(() -> o.latestEstablished().map(p -> PlanForm.of(p, true)))
                    .orElseGet(() -> {
                        PlanForm n = new PlanForm();
                        n.setPlannedMeetings(String.valueOf(municipalities.policyOn(o.dossier().municipalityCode(),
                                LocalDate.now(clock)).map(p -> p.plannedProgressMeetings()).orElse(8)));
                        startFromIntake(n, fromIntake);
                        return n;
                    });
        }
        model.addAttribute("form", f);
        model.addAttribute("errors", errors);
        model.addAttribute("routes", LearningRoute.values());
        model.addAttribute("revision", o.latestEstablished().isPresent());
        model.addAttribute("canEdit", user.isCaseworker());
        if (!model.containsAttribute("establishErrors")) {
            model.addAttribute("establishErrors", Map.of());
        }
        if (!model.containsAttribute("ackErrors")) {
            model.addAttribute("ackErrors", Map.of());
        }
        if (!model.containsAttribute("datedOn")) {
            model.addAttribute("datedOn", DutchDates.show(LocalDate.now(clock)));
        }
        return "plan/plan";
    }
}
