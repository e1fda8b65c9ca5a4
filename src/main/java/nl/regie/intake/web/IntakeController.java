package nl.regie.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.dossier.DossierState;
import nl.regie.intake.ConversationKind;
import nl.regie.intake.IntakeField;
import nl.regie.intake.IntakeOverview;
import nl.regie.intake.IntakeQueries;
import nl.regie.intake.LifeDomain;
import nl.regie.intake.MeasurementKind;
import nl.regie.intake.ParticipationLadderStep;
import nl.regie.intake.RecordingIntake;
import nl.regie.intake.ZrmDomain;
import nl.regie.intake.ZrmScore;
import nl.regie.identity.RegieUser;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * The brede intake screen of a dossier ({@code /dossiers/{id}/intake}). Every section is its own form: with htmx the
 * section alone is posted and replaced (so what was typed elsewhere on the page stays); without JavaScript the form
 * posts normally and the page comes back at that section. A refused form answers 400 with the messages beside the
 * fields and everything as typed; a conflict answers 409.
 */
@Controller
class IntakeController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String PAGE = "intake/intake";

    private final IntakeQueries queries;
    private final RecordingIntake recording;
    private final Clock clock;

    IntakeController(IntakeQueries queries, RecordingIntake recording, Clock clock) {
        this.queries = queries;
        this.recording = recording;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/intake")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/dossiers/{id}/intake/gesprek")
    String conversation(RegieUser user, @PathVariable UUID id, @ModelAttribute("conversationForm") ConversationForm form,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var c = form.toNew(errors);
        if (errors.isEmpty()) {
            try {
                recording.recordConversation(user, id, c);
                return saved(user, id, htmx, "gesprekken", "Gesprek vastgelegd: " + c.kind().dutch() + " op "
                        + DutchDates.show(c.heldOn()) + ".", model, redirect);
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflictSection", "gesprekken");
                model.addAttribute("conflict", e.getMessage());
            }
        }
        model.addAttribute("conversationErrors", errors);
        return refused(user, id, htmx, "conversations", model, response);
    }

    @PostMapping("/dossiers/{id}/intake/leerbaarheidstoets")
    String learnabilityTest(RegieUser user, @PathVariable UUID id, @ModelAttribute("testForm") LearnabilityTestForm form,
                            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var t = form.toNew(errors);
        if (errors.isEmpty()) {
            try {
                recording.recordLearnabilityTest(user, id, t);
                return saved(user, id, htmx, "leerbaarheidstoets", "Uitslag leerbaarheidstoets vastgelegd.", model, redirect);
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflictSection", "leerbaarheidstoets");
                model.addAttribute("conflict", e.getMessage());
            }
        }
        model.addAttribute("testErrors", errors);
        return refused(user, id, htmx, "learnability", model, response);
    }

    @PostMapping("/dossiers/{id}/intake/meting")
    String measurement(RegieUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
                       @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        MeasurementForm form = MeasurementForm.from(params);
        Map<String, String> errors = new LinkedHashMap<>();
        var m = form.toNew(errors);
        if (errors.isEmpty()) {
            try {
                int v = recording.recordMeasurement(user, id, m, form.basedOn());
                return saved(user, id, htmx, "metingen", m.kind().dutch() + " opgeslagen" + (v > 1 ? " (versie " + v + ")." : "."),
                        model, redirect);
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflictSection", "metingen");
                model.addAttribute("conflict", e.getMessage());
            }
        }
        model.addAttribute("measurementForm", form);
        model.addAttribute("measurementErrors", errors);
        return refused(user, id, htmx, "measurements", model, response);
    }

    @PostMapping("/dossiers/{id}/intake/leefgebied/{slug}")
    String domain(RegieUser user, @PathVariable UUID id, @PathVariable String slug, @RequestParam Map<String, String> params,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        LifeDomain domain = LifeDomain.bySlug(slug).orElseThrow(() -> new RegieProblem.NotFound("Dit leefgebied bestaat niet."));
        Map<String, String> answers = new LinkedHashMap<>();
        domain.fields().forEach(f -> answers.put(f.name(), params.get(f.name())));
        int basedOn;
        try {
            basedOn = Integer.parseInt(params.getOrDefault("basedOn", "0").trim());
        } catch (NumberFormatException e) {
            basedOn = -1;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            RecordingIntake.Saved s = recording.saveDomain(user, id, domain, answers, basedOn);
            String message = s.changed() ? domain.dutch() + " opgeslagen (versie " + s.versionNo() + ")."
                    : "Geen wijzigingen; versie " + s.versionNo() + " blijft de laatste.";
            if (htmx != null) {
                model.addAttribute("savedSection", domain.slug());
                model.addAttribute("savedMessage", message);
                IntakeOverview o = queries.domain(user, id, domain);
                common(o, model);
                model.addAttribute("dv", o.domain(domain));
                return "intake/domain :: domain";
            }
            redirect.addFlashAttribute("savedSection", domain.slug());
            redirect.addFlashAttribute("savedMessage", message);
            return "redirect:/dossiers/" + id + "/intake#leefgebied-" + domain.slug();
        } catch (RegieProblem.InvalidInput e) {
            errors.putAll(e.problems());
        } catch (RegieProblem.Conflict e) {
            model.addAttribute("conflictSection", domain.slug());
            model.addAttribute("conflict", e.getMessage());
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        model.addAttribute("typedDomain", domain);
        model.addAttribute("typedAnswers", answers);
        model.addAttribute("typedErrors", errors);
        IntakeOverview o = htmx != null ? queries.domain(user, id, domain) : queries.overview(user, id);
        common(o, model);
        if (htmx != null) {
            model.addAttribute("dv", o.domain(domain));
            return "intake/domain :: domain";
        }
        return PAGE;
    }

    private String saved(RegieUser user, UUID id, String htmx, String section, String message, Model model,
                         RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("savedSection", section);
            redirect.addFlashAttribute("savedMessage", message);
            return "redirect:/dossiers/" + id + "/intake#" + section;
        }
        model.addAttribute("savedSection", section);
        model.addAttribute("savedMessage", message);
        // A fresh, empty form for the next record (the typed one was saved).
        model.addAttribute("conversationForm", null);
        model.addAttribute("testForm", null);
        return fragment(user, id, section, model);
    }

    private String refused(RegieUser user, UUID id, String htmx, String fragment, Model model, HttpServletResponse response) {
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        if (htmx == null) {
            return page(user, id, model);
        }
        return fragment(user, id, switch (fragment) {
            case "conversations" -> "gesprekken";
            case "learnability" -> "leerbaarheidstoets";
            default -> "metingen";
        }, model);
    }

    private String fragment(RegieUser user, UUID id, String section, Model model) {
        IntakeOverview o = switch (section) {
            case "gesprekken" -> queries.conversations(user, id);
            case "leerbaarheidstoets" -> queries.learnabilityTests(user, id);
            default -> queries.measurements(user, id);
        };
        common(o, model);
        return PAGE + " :: " + switch (section) {
            case "gesprekken" -> "conversations";
            case "leerbaarheidstoets" -> "learnability";
            default -> "measurements";
        };
    }

    private String page(RegieUser user, UUID id, Model model) {
        IntakeOverview o = queries.overview(user, id);
        common(o, model);
        return PAGE;
    }

    /** Everything the page and its section fragments need, with empty forms and error maps where none were given. */
    private void common(IntakeOverview o, Model model) {
        var d = o.dossier();
        model.addAttribute("o", o);
        model.addAttribute("d", d);
        model.addAttribute("people", o.people());
        if (model.getAttribute("conversationForm") == null) {
            ConversationForm f = new ConversationForm();
            f.setKind(ConversationKind.INTAKE_CONVERSATION.name());
            f.setInterpreterUsed(d.interpreterNeeded() ? "true" : "false");
            f.setInterpreterLanguage(d.interpreterNeeded() ? d.contactLanguage() : null);
            model.addAttribute("conversationForm", f);
        }
        if (model.getAttribute("testForm") == null) {
            model.addAttribute("testForm", new LearnabilityTestForm());
        }
        if (model.getAttribute("measurementForm") == null) {
            Map<ZrmDomain, String> fromDomains = new EnumMap<>(ZrmDomain.class);
            for (IntakeOverview.DomainView dv : o.domains()) {
                dv.latest().ifPresent(v -> {
                    for (ZrmDomain z : ZrmDomain.values()) {
                        if (v.value(z.fieldName()) != null) {
                            fromDomains.put(z, v.value(z.fieldName()));
                        }
                    }
                });
            }
            model.addAttribute("measurementForm", MeasurementForm.of(o, fromDomains));
        }
        for (String errors : List.of("conversationErrors", "testErrors", "measurementErrors")) {
            if (model.getAttribute(errors) == null) {
                model.addAttribute(errors, Map.of());
            }
        }
        // Per leefgebied: the answers to show (the latest version, or what was typed in a refused form) and its errors.
        Map<LifeDomain, Map<String, String>> values = new EnumMap<>(LifeDomain.class);
        Map<LifeDomain, Map<String, String>> errors = new EnumMap<>(LifeDomain.class);
        for (IntakeOverview.DomainView dv : o.domains()) {
            values.put(dv.domain(), dv.latest().map(IntakeOverview.DomainVersion::values).orElse(Map.of()));
            errors.put(dv.domain(), Map.of());
        }
        Object typed = model.getAttribute("typedDomain");
        if (typed instanceof LifeDomain td) {
            @SuppressWarnings("unchecked")
            Map<String, String> answers = (Map<String, String>) model.getAttribute("typedAnswers");
            @SuppressWarnings("unchecked")
            Map<String, String> typedErrors = (Map<String, String>) model.getAttribute("typedErrors");
            values.put(td, answers);
            errors.put(td, typedErrors);
        }
        model.addAttribute("formValues", values);
        model.addAttribute("domainErrors", errors);
        model.addAttribute("conversationKinds", ConversationKind.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("routes", LearningRoute.values());
        model.addAttribute("measurementKinds", MeasurementKind.values());
        model.addAttribute("ladderSteps", ParticipationLadderStep.values());
        model.addAttribute("zrmDomains", ZrmDomain.values());
        model.addAttribute("zrmScores", ZrmScore.values());
        model.addAttribute("allDomains", LifeDomain.values());
        model.addAttribute("today", DutchDates.show(LocalDate.now(clock)));
        model.addAttribute("stateHint", d.state().compareTo(DossierState.INTAKE_IN_PROGRESS) < 0
                ? "Het dossier staat nog op '" + d.state().dutch() + "'. Leg op het Overzicht de stap 'Brede intake' vast "
                + "zodra de intake begint; gesprekken kunt u hier al vastleggen." : null);
        if (model.getAttribute("savedSection") == null) {
            model.addAttribute("savedSection", "");
        }
        if (model.getAttribute("conflictSection") == null) {
            model.addAttribute("conflictSection", "");
        }
    }

    /** ISO 639-1 languages with a Dutch name, sorted by that name, for the interpreter's language. */
    static final List<IntakeField.Option> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
                .map(code -> new IntakeField.Option(code, Locale.forLanguageTag(code).getDisplayLanguage(DUTCH)))
                .filter(o -> !o.dutch().equals(o.code()) && !o.dutch().isBlank())
                .sorted(Comparator.comparing(o -> o.dutch().toLowerCase(DUTCH)))
                .toList();
}
