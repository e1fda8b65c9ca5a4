package nl.regie.route.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.identity.RegieUser;
import nl.regie.route.FinalInterview;
import nl.regie.route.RecordingExams;
import nl.regie.route.RecordingHours;
import nl.regie.route.RecordingModules;
import nl.regie.route.RecordingRouteEnd;
import nl.regie.route.RouteProgress;
import nl.regie.rules.ExamPart;
import nl.regie.rules.LanguageLevel;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.LearningRouteRules;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormSubmission;

/**
 * The Leerroute screen of a dossier ({@code /dossiers/{id}/route}): progress against the norms, hours and attendance,
 * exams, afschalen, PVT, MAP and how the route ends. Each form posts to its own URL; a refused form comes back as
 * typed with the messages next to its fields (400), a refusal by state as a message in its section (409).
 */
@Controller
class RouteController {

    private final RouteProgress progress;
    private final RecordingHours hours;
    private final RecordingExams exams;
    private final RecordingModules modules;
    private final RecordingRouteEnd routeEnd;

    RouteController(RouteProgress progress, RecordingHours hours, RecordingExams exams, RecordingModules modules,
                    RecordingRouteEnd routeEnd) {
        this.progress = progress;
        this.hours = hours;
        this.exams = exams;
        this.modules = modules;
        this.routeEnd = routeEnd;
    }

    @GetMapping("/dossiers/{id}/route")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/dossiers/{id}/route/uren")
    String recordHours(RegieUser user, @PathVariable UUID id, @ModelAttribute("hoursForm") RouteForms.HoursForm form,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var h = form.toHours(errors);
        String view = submit(user, id, "uren", errors, () -> {
            hours.record(user, id, h);
            return "Uren vastgelegd: " + h.component().dutch() + " " + DutchDates.show(h.periodFrom()) + " t/m "
                    + DutchDates.show(h.periodTo()) + ".";
        }, model, response, redirect);
        if (form.usesMonth()) {
            // The period came from the month field: show period problems there.
            for (String f : List.of("periodFrom", "periodTo")) {
                String message = errors.remove(f);
                if (message != null) {
                    errors.putIfAbsent("month", message);
                }
            }
        }
        return view;
    }

    @PostMapping("/dossiers/{id}/route/examen")
    String recordExam(RegieUser user, @PathVariable UUID id, @ModelAttribute("examForm") RouteForms.ExamForm form,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ExamPart part = form.part(errors);
        LocalDate takenOn = form.takenOn(errors);
        LanguageLevel level = form.level(errors);
        return submit(user, id, "examen", errors, () -> {
            var r = exams.recordResult(user, id, part, takenOn, level, form.passed());
            return "Examenuitslag vastgelegd: " + r.part().dutch() + ", poging " + r.attemptNo() + " (" + r.outcomeDutch().toLowerCase() + ").";
        }, model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/route/afschalen")
    String downgrade(RegieUser user, @PathVariable UUID id, @ModelAttribute("downgradeForm") RouteForms.DowngradeForm form,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var parts = form.parts(errors);
        LocalDate decidedOn = DutchDates.parse(form.getDecidedOn(), "decidedOn", errors);
        return submit(user, id, "afschalen", errors, () -> {
            var d = exams.downgrade(user, id, parts, form.getReason(), decidedOn);
            return "Afschalen vastgelegd: " + d.partsDutch() + " op A2. Leg de wijziging ook vast in een herziening van het PIP.";
        }, model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/route/pvt")
    String pvt(RegieUser user, @PathVariable UUID id, @ModelAttribute("pvtForm") RouteForms.PvtForm form, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate excursion = DutchDates.parse(form.getExcursionOn(), "excursionOn", errors);
        LocalDate signed = DutchDates.parse(form.getSignedOn(), "signedOn", errors);
        return submit(user, id, "pvt", errors, () -> {
            modules.participationStatement(user, id, excursion, signed, form.getVersion());
            return "PVT-voortgang vastgelegd.";
        }, model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/route/map")
    String map(RegieUser user, @PathVariable UUID id, @ModelAttribute("mapForm") RouteForms.MapForm form, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate practical = DutchDates.parse(form.getPracticalDoneOn(), "practicalDoneOn", errors);
        LocalDate completed = DutchDates.parse(form.getCompletedOn(), "completedOn", errors);
        return submit(user, id, "map", errors, () -> {
            modules.labourMarketModule(user, id, practical, completed, form.getVersion());
            return "MAP-voortgang vastgelegd.";
        }, model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/route/eindgesprek")
    String finalInterview(RegieUser user, @PathVariable UUID id, @ModelAttribute("interviewForm") RouteForms.InterviewForm form,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate heldOn = DutchDates.parse(form.getHeldOn(), "heldOn", errors);
        var outcome = form.outcome(errors);
        return submit(user, id, "eindgesprek", errors, () -> {
            var i = routeEnd.finalInterview(user, id, heldOn, outcome, form.getSummary());
            return "Eindgesprek vastgelegd: " + i.outcome().dutch() + "."
                    + (i.outcome() == FinalInterview.Outcome.COMPLETED ? " Leg de stap 'Afgerond' vast op het dossieroverzicht." : "");
        }, model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/route/taalschakeltraject")
    String bridging(RegieUser user, @PathVariable UUID id, @ModelAttribute("bridgingForm") RouteForms.BridgingForm form,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate completedOn = DutchDates.parse(form.getCompletedOn(), "completedOn", errors);
        return submit(user, id, "taalschakeltraject", errors, () -> {
            routeEnd.bridgingProgramme(user, id, completedOn, form.getInstitution(), form.getNote());
            return "Afronding van het taalschakeltraject vastgelegd. Leg de stap 'Afgerond' vast op het dossieroverzicht.";
        }, model, response, redirect);
    }

    /**
     * Runs the use case when the form had no typing errors; on success redirects with the flash message, otherwise
     * re-renders the page with this form as typed (it is already in the model) and its messages.
     */
    private String submit(RegieUser user, UUID id, String formKey, Map<String, String> errors, Supplier<String> action,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var flash = FormSubmission.result(errors, model, response, action);
        if (flash.isPresent()) {
            redirect.addFlashAttribute("flash", flash.get());
            return "redirect:/dossiers/" + id + "/route";
        }
        model.addAttribute("failed", formKey);
        model.addAttribute("errors", errors);
        return page(user, id, model);
    }

    /** The forms the page shows; a refusal of a form that is not shown appears at the top of the page instead. */
    private static java.util.Set<String> formsShown(RouteProgress.Overview o, boolean canEdit) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        LearningRoute route = o.progress().route();
        if (!canEdit || route == null) {
            return shown;
        }
        shown.addAll(List.of("uren", "examen", "pvt"));
        if (route == LearningRoute.B1) {
            shown.add("afschalen");
        }
        if (route != LearningRoute.EDUCATION) {
            shown.add("map");
        }
        if (route == LearningRoute.SELF_RELIANCE) {
            shown.add("eindgesprek");
        }
        if (route == LearningRoute.EDUCATION && o.progress().bridgingProgramme() == null) {
            shown.add("taalschakeltraject");
        }
        return shown;
    }

    private String page(RegieUser user, UUID id, Model model) {
        RouteProgress.Overview o = progress.overview(user, id);
        var p = o.progress();
        model.addAttribute("o", o);
        model.addAttribute("p", p);
        model.addAttribute("d", o.dossier());
        model.addAttribute("canEdit", user.isCaseworker() && p.hasRoute()
                && o.dossier().state() != nl.regie.dossier.DossierState.CLOSED);
        LearningRoute route = p.route();
        model.addAttribute("components", route == null ? List.of() : Arrays.stream(ProgrammeComponent.values())
                .filter(c -> LearningRouteRules.componentAllowed(route, c).allowed()).toList());
        model.addAttribute("parts", ExamPart.values());
        model.addAttribute("languageParts", Arrays.stream(ExamPart.values()).filter(ExamPart::isLanguage).toList());
        model.addAttribute("levels", LanguageLevel.values());
        model.addAttribute("outcomes", FinalInterview.Outcome.values());
        model.addAttribute("thresholdHours", nl.regie.rules.HourNorms.LEVEL_DOWNGRADE_THRESHOLD.hours());
        model.addAttribute("downgradeArticle", nl.regie.rules.Articles.LEVEL_DOWNGRADE);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("formsShown", formsShown(o, (Boolean) model.getAttribute("canEdit")));
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("hoursForm")) {
            var f = new RouteForms.HoursForm();
            f.setProvider(o.plan() == null ? null : o.plan().content().provider());
            model.addAttribute("hoursForm", f);
        }
        if (!model.containsAttribute("examForm")) {
            model.addAttribute("examForm", new RouteForms.ExamForm());
        }
        if (!model.containsAttribute("downgradeForm")) {
            model.addAttribute("downgradeForm", new RouteForms.DowngradeForm());
        }
        if (!model.containsAttribute("pvtForm")) {
            var f = new RouteForms.PvtForm();
            f.setExcursionOn(DutchDates.show(p.participationStatement().excursionOn()));
            f.setSignedOn(DutchDates.show(p.participationStatement().signedOn()));
            f.setVersion(p.participationStatement().version());
            model.addAttribute("pvtForm", f);
        }
        if (!model.containsAttribute("mapForm")) {
            var f = new RouteForms.MapForm();
            f.setPracticalDoneOn(DutchDates.show(p.labourMarketModule().practicalDoneOn()));
            f.setCompletedOn(DutchDates.show(p.labourMarketModule().completedOn()));
            f.setVersion(p.labourMarketModule().version());
            model.addAttribute("mapForm", f);
        }
        if (!model.containsAttribute("interviewForm")) {
            model.addAttribute("interviewForm", new RouteForms.InterviewForm());
        }
        if (!model.containsAttribute("bridgingForm")) {
            model.addAttribute("bridgingForm", new RouteForms.BridgingForm());
        }
        return "route/route";
    }
}
