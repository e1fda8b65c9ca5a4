package nl.regie.dossier.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.shared.DutchDates;
import nl.regie.dossier.ClosureReason;
import nl.regie.dossier.CoaProfile;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.HouseholdMember;
import nl.regie.dossier.LegalFacts;
import nl.regie.dossier.RecordingLegalFacts;
import nl.regie.dossier.NewDossier;
import nl.regie.dossier.ReassigningDossier;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.dossier.Signal;
import nl.regie.rules.TargetGroup;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.shared.RegieProblem;

/** The consultant's screens of this foundation: worklist, new dossier, dossier page with timeline. */
@Controller
class DossierUiController {

    static final int PAGE_SIZE = 25;

    /** The free-text parts of the COA klantprofiel (seed 004 note 11), in form order, with their Dutch labels. */
    static final Map<String, String> COA_TEXT_FIELDS = linked(
            "familyDetails", "Gezinssituatie", "preIntegration", "Voorinburgering (COA-programma)",
            "education", "Opleiding", "diplomaValuation", "Diplomawaardering", "languageSkills", "Taalvaardigheid",
            "workExperience", "Werkervaring", "curriculumVitae", "CV", "selfReliance", "Zelfredzaamheid");

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
    static final String ALL = "alle";

    private final DossierQueries queries;
    private final RegisteringDossier registering;
    private final RecordingLifecycleStep recording;
    private final ReassigningDossier reassigning;
    private final RecordingLegalFacts facts;
    private final Users users;

    DossierUiController(DossierQueries queries, RegisteringDossier registering, RecordingLifecycleStep recording,
                        ReassigningDossier reassigning, RecordingLegalFacts facts, Users users) {
        this.queries = queries;
        this.registering = registering;
        this.recording = recording;
        this.reassigning = reassigning;
        this.facts = facts;
        this.users = users;
    }

    @GetMapping("/werkvoorraad")
    String worklist(RegieUser user, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String consulent, @RequestParam(required = false) String zoek,
                    @RequestParam(defaultValue = "1") int pagina, Model model) {
        DossierState state = FormChoice.state(status);
        // A consultant starts with their own caseload; a team lead with the whole municipality.
        String consultant = consulent == null ? (user.is(Role.CONSULTANT) ? user.username() : ALL) : consulent;
        DossierQueries.Page page = queries.list(user,
                new DossierQueries.WorklistFilter(state, ALL.equals(consultant) ? null : consultant, zoek),
                pagina, PAGE_SIZE, "Werkvoorraad", Channel.UI);
        model.addAttribute("page", page);
        model.addAttribute("states", DossierState.values());
        model.addAttribute("selectedState", state);
        model.addAttribute("selectedConsultant", consultant);
        model.addAttribute("search", zoek == null ? "" : zoek);
        model.addAttribute("caseworkers", user.municipalityCode() == null ? List.of() : users.caseworkers(user.municipalityCode()));
        return "dossier/worklist";
    }

    @GetMapping("/dossiers/nieuw")
    String newForm(RegieUser user, Model model) {
        requireCaseworker(user);
        DossierForm form = new DossierForm();
        form.setInterpreterNeeded("false");
        if (user.is(Role.CONSULTANT)) {
            form.setConsultantUsername(user.username());
        }
        return newFormView(user, form, Map.of(), model);
    }

    @PostMapping("/dossiers/nieuw")
    String create(RegieUser user, @ModelAttribute("form") DossierForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        requireCaseworker(user);
        Map<String, String> errors = new LinkedHashMap<>();
        NewDossier d = form.toNewDossier(errors);
        if (errors.isEmpty()) {
            try {
                UUID id = registering.register(user, d);
                redirect.addFlashAttribute("flash", "Dossier aangemaakt.");
                return "redirect:/dossiers/" + id;
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(DossierForm.byFormField(e.problems()));
            }
        } else {
            // Report the other fields' problems too, so the consultant fixes everything in one go.
            DossierForm.byFormField(registering.problems(user, d)).forEach(errors::putIfAbsent);
        }
        response.setStatus(400);
        return newFormView(user, form, errors, model);
    }

    private String newFormView(RegieUser user, DossierForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("relationships", HouseholdMember.Relationship.values());
        model.addAttribute("permitTypes", CoaProfile.ResidencePermitType.values());
        model.addAttribute("coaTextFields", COA_TEXT_FIELDS);
        model.addAttribute("caseworkers", users.caseworkers(user.municipalityCode()));
        return "dossier/new";
    }

    @GetMapping("/dossiers/{id}")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, new StepForm(), Map.of(), model);
    }

    /** The step form as typed. */
    public static class StepForm {
        private String state;
        private String date;
        private String closureReason;
        private String reason;
        private Long version;

        public String getState() { return state; }
        public void setState(String v) { state = v; }
        public String getDate() { return date; }
        public void setDate(String v) { date = v; }
        public String getClosureReason() { return closureReason; }
        public void setClosureReason(String v) { closureReason = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    @PostMapping("/dossiers/{id}/stap")
    String step(RegieUser user, @PathVariable UUID id, @ModelAttribute("step") StepForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DossierState target = DossierForm.choice(DossierState.class, form.getState(), "state", "Kies de stap die u wilt vastleggen.", errors);
        if (target == null && !errors.containsKey("state")) {
            errors.put("state", "Kies de stap die u wilt vastleggen.");
        }
        var date = DutchDates.parse(form.getDate(), "date", errors);
        if (date == null && !errors.containsKey("date")) {
            errors.put("date", "Datum is verplicht.");
        }
        ClosureReason closure = DossierForm.choice(ClosureReason.class, form.getClosureReason(), "closureReason",
                "Kies een reden om te sluiten.", errors);
        // The closure reason counts only for the closing step; the select may still hold an old choice.
        if (target != DossierState.CLOSED) {
            closure = null;
        }
        if (form.getVersion() == null) {
            errors.put("version", "De pagina is verouderd; open het dossier opnieuw.");
        }
        var request = new DossierLifecycle.StepRequest(target, date, null, closure);
        String done = submit(errors, model, response, () -> recording.recordGeneric(user, id, form.getVersion(), request, form.getReason()),
                () -> {
                    redirect.addFlashAttribute("flash", "Stap vastgelegd: " + request.target().dutch() + ".");
                    return "redirect:/dossiers/" + id;
                });
        return done != null ? done : page(user, id, form, errors, model);
    }

    @PostMapping("/dossiers/{id}/toewijzing")
    String assign(RegieUser user, @PathVariable UUID id, @RequestParam(required = false) String consultantUsername,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String done = submit(errors, model, response, () -> reassigning.reassign(user, id, version == null ? -1 : version,
                consultantUsername, reason), () -> {
                    redirect.addFlashAttribute("flash", "Dossier toegewezen.");
                    return "redirect:/dossiers/" + id;
                });
        return done != null ? done : page(user, id, new StepForm(), errors, model);
    }

    /** The "feiten voor de wet" form as typed. */
    public static class FactsForm {
        private String benefitStartedOn;
        private String termExtendedUntil;
        private String yearsInNetherlandsDuringCompulsorySchoolAge;
        private boolean temporaryPurpose;
        private boolean hasQualifyingDutchDiploma;
        private String reason;
        private Long version;

        static FactsForm of(Dossier d) {
            FactsForm f = new FactsForm();
            f.benefitStartedOn = DutchDates.show(d.legalFacts().benefitStartedOn());
            f.termExtendedUntil = DutchDates.show(d.legalFacts().termExtendedUntil());
            f.yearsInNetherlandsDuringCompulsorySchoolAge = String.valueOf(d.legalFacts().yearsInNetherlandsDuringCompulsorySchoolAge());
            f.temporaryPurpose = d.legalFacts().temporaryPurpose();
            f.hasQualifyingDutchDiploma = d.legalFacts().hasQualifyingDutchDiploma();
            return f;
        }

        public String getBenefitStartedOn() { return benefitStartedOn; }
        public void setBenefitStartedOn(String v) { benefitStartedOn = v; }
        public String getTermExtendedUntil() { return termExtendedUntil; }
        public void setTermExtendedUntil(String v) { termExtendedUntil = v; }
        public String getYearsInNetherlandsDuringCompulsorySchoolAge() { return yearsInNetherlandsDuringCompulsorySchoolAge; }
        public void setYearsInNetherlandsDuringCompulsorySchoolAge(String v) { yearsInNetherlandsDuringCompulsorySchoolAge = v; }
        public boolean isTemporaryPurpose() { return temporaryPurpose; }
        public void setTemporaryPurpose(boolean v) { temporaryPurpose = v; }
        public boolean isHasQualifyingDutchDiploma() { return hasQualifyingDutchDiploma; }
        public void setHasQualifyingDutchDiploma(boolean v) { hasQualifyingDutchDiploma = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    @PostMapping("/dossiers/{id}/feiten")
    String facts(RegieUser user, @PathVariable UUID id, @ModelAttribute("factsForm") FactsForm form, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var benefit = DutchDates.parse(form.getBenefitStartedOn(), "benefitStartedOn", errors);
        var extended = DutchDates.parse(form.getTermExtendedUntil(), "termExtendedUntil", errors);
        int years = 0;
        String rawYears = form.getYearsInNetherlandsDuringCompulsorySchoolAge();
        if (rawYears != null && !rawYears.isBlank()) {
            try {
                years = Integer.parseInt(rawYears.trim());
            } catch (NumberFormatException e) {
                errors.put("yearsInNetherlandsDuringCompulsorySchoolAge", "'" + rawYears.trim() + "' is geen heel getal.");
            }
        }
        var legal = new LegalFacts(form.isTemporaryPurpose(), years, form.isHasQualifyingDutchDiploma(), benefit, extended);
        String done = submit(errors, model, response, () -> facts.record(user, id,
                form.getVersion() == null ? -1 : form.getVersion(), legal, form.getReason()), () -> {
                    redirect.addFlashAttribute("flash", "Feiten vastgelegd; termijnen en signalen zijn opnieuw berekend.");
                    return "redirect:/dossiers/" + id + "#kop-wet";
                });
        if (done != null) {
            return done;
        }
        model.addAttribute("factsErrors", errors);
        model.addAttribute("factsForm", form);
        return page(user, id, new StepForm(), Map.of(), model);
    }

    /**
     * Runs a change when the form had no typing errors. On success returns the redirect; on a refusal records
     * the field messages (400) or the conflict message (409) and returns {@code null} so the page is shown again.
     */
    private static String submit(Map<String, String> errors, Model model, HttpServletResponse response, Runnable change,
                                 java.util.function.Supplier<String> onSuccess) {
        if (errors.isEmpty()) {
            try {
                change.run();
                return onSuccess.get();
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        return null;
    }

    @GetMapping("/signalen")
    String signals(RegieUser user, Model model) {
        model.addAttribute("overview", queries.signalOverview(user));
        return "dossier/signals";
    }

    private String page(RegieUser user, UUID id, StepForm form, Map<String, String> errors, Model model) {
        Dossier d = queries.get(user, id, "Dossierbehandeling", Channel.UI);
        model.addAttribute("d", d);
        DossierQueries.LawView law = queries.law(user, d);
        model.addAttribute("law", law);
        if (!model.containsAttribute("factsForm")) {
            model.addAttribute("factsForm", FactsForm.of(d));
        }
        if (!model.containsAttribute("factsErrors")) {
            model.addAttribute("factsErrors", Map.of());
        }
        // The voortgangsgesprekken themselves are planned and recorded on their own page (progress module).
        model.addAttribute("showMeetings", d.dateOf(DossierState.PLAN_ESTABLISHED) != null);
        model.addAttribute("meetingOverdue", law.signals().stream().anyMatch(x -> x.kind() == Signal.Kind.PROGRESS_MEETING_OVERDUE));
        var timeline = queries.timeline(user, id, "Dossierbehandeling", Channel.UI);
        model.addAttribute("timeline", timeline);
        model.addAttribute("actorNames", users.displayNames(timeline.stream().map(e -> e.actor()).toList()));
        // Newcomers who do not come through the COA (family and other migrants) enter the chain at BRP registration;
        // linking, warm handover and housing by the municipality are not steps of their journey.
        model.addAttribute("chain", Arrays.stream(DossierState.values()).filter(s -> s != DossierState.CLOSED)
                .filter(s -> d.targetGroup().arrivesThroughCoa() || s.ordinal() >= DossierState.BRP_REGISTERED.ordinal()
                        || d.dateOf(s) != null)
                .toList());
        model.addAttribute("step", form);
        model.addAttribute("errors", errors);
        model.addAttribute("closureReasons", ClosureReason.values());
        model.addAttribute("canChange", user.isCaseworker() && d.state() != DossierState.CLOSED);
        model.addAttribute("canAssign", user.is(Role.TEAM_LEAD));
        model.addAttribute("caseworkers", users.caseworkers(d.municipalityCode()));
        model.addAttribute("consultant", d.consultantUsername() == null ? null : users.find(d.consultantUsername()).orElse(null));
        return "dossier/show";
    }

    private static void requireCaseworker(RegieUser user) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders maken dossiers aan.");
        }
    }

    /** Reading a state from a query parameter without failing on an unknown value. */
    static final class FormChoice {
        static DossierState state(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return DossierState.valueOf(raw);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
