package nl.regie.enforcement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.enforcement.DecidingSanction;
import nl.regie.enforcement.DuoDecisionKind;
import nl.regie.enforcement.Enforcement;
import nl.regie.enforcement.EnforcementView;
import nl.regie.enforcement.FinePolicyVersion;
import nl.regie.enforcement.MeetingCandidate;
import nl.regie.enforcement.NewBreach;
import nl.regie.enforcement.Obligation;
import nl.regie.enforcement.ObjectionOutcome;
import nl.regie.enforcement.RecordingBreach;
import nl.regie.enforcement.RecordingDuoDecision;
import nl.regie.enforcement.RecordingFinePolicy;
import nl.regie.enforcement.RecordingObjection;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Users;
import nl.regie.rules.Circumstance;
import nl.regie.rules.EnforcementRules;
import nl.regie.rules.SanctionKind;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormSubmission;

/**
 * Handhaving of a dossier ({@code /dossiers/{id}/handhaving}): breaches, Regie's proposals, decisions, the team lead's
 * review, the beschikking, objections, Participatiewet measures and DUO's decisions; the team lead's queue
 * ({@code /handhaving/goedkeuren}) and the fine policy versions ({@code /handhaving/beleid}).
 */
@Controller
class EnforcementController {

    private final Enforcement enforcement;
    private final RecordingBreach breaches;
    private final DecidingSanction deciding;
    private final RecordingObjection objections;
    private final RecordingDuoDecision duo;
    private final RecordingFinePolicy policies;
    private final Clock clock;

    private final Users users;

    EnforcementController(Enforcement enforcement, RecordingBreach breaches, DecidingSanction deciding, RecordingObjection objections,
                          RecordingDuoDecision duo, RecordingFinePolicy policies, Clock clock, Users users) {
        this.policies = policies;
        this.users = users;
        this.enforcement = enforcement;
        this.breaches = breaches;
        this.deciding = deciding;
        this.objections = objections;
        this.duo = duo;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/handhaving")
    String show(RegieUser user, @PathVariable UUID id, @RequestParam(name = "gesprek", required = false) Long meeting, Model model) {
        EnforcementView v = enforcement.view(user, id);
        if (meeting != null && !model.containsAttribute("breachForm")) {
            MeetingCandidate c = v.candidates().stream().filter(x -> x.meetingId() == meeting).findFirst().orElse(null);
            if (c != null) {
                EnforcementForms.BreachForm f = new EnforcementForms.BreachForm();
                f.setObligation(Obligation.PROGRESS_MEETING.name());
                f.setConductOn(DutchDates.show(c.on()));
                f.setProgressMeetingId(String.valueOf(c.meetingId()));
                f.setFacts("Niet verschenen op het voortgangsgesprek" + (c.number() == null ? "" : " " + c.number()) + " van "
                        + DutchDates.show(c.on()) + ", zonder geldige reden." + (c.explanation() == null ? "" : " " + c.explanation()));
                model.addAttribute("breachForm", f);
            }
        }
        return page(v, model);
    }

    @PostMapping("/dossiers/{id}/handhaving/overtreding")
    String recordBreach(RegieUser user, @PathVariable UUID id, @ModelAttribute("breachForm") EnforcementForms.BreachForm form, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Obligation obligation = EnforcementForms.choice(Obligation.class, form.getObligation(), "obligation", "Kies een verplichting.", errors);
        LocalDate conductOn = DutchDates.parse(form.getConductOn(), "conductOn", errors);
        LocalDate heardOn = DutchDates.parse(form.getHeardOn(), "heardOn", errors);
        Long meeting = form.getProgressMeetingId() == null || form.getProgressMeetingId().isBlank() ? null
                : parseLong(form.getProgressMeetingId(), errors);
        NewBreach b = new NewBreach(obligation, conductOn, form.getFacts(), heardOn, form.getStatement(), form.valid(),
                form.getCulpabilityReasoning(), form.circumstanceSet(), form.getCircumstanceNote(), meeting);
        return submit(user, id, errors, "breachErrors", null, model, response, () -> breaches.record(user, id, b), () -> {
            redirect.addFlashAttribute("flash", "Overtreding vastgelegd. Regie stelt hieronder een besluit voor; u beslist.");
            return "redirect:/dossiers/" + id + "/handhaving";
        });
    }

    @PostMapping("/dossiers/{id}/handhaving/overtreding/{breachId}/besluit")
    String decide(RegieUser user, @PathVariable UUID id, @PathVariable long breachId,
                  @ModelAttribute("decisionForm") EnforcementForms.DecisionForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        SanctionKind kind = EnforcementForms.choice(SanctionKind.class, form.getKind(), "kind", "Kies uw besluit.", errors);
        BigDecimal amount = EnforcementForms.amount(form.getAmount(), "amount", errors);
        return submit(user, id, errors, "decisionErrors", breachId, model, response,
                () -> deciding.decide(user, id, breachId, kind, amount, form.getDeviationReason()), () -> {
                    redirect.addFlashAttribute("flash", kind == SanctionKind.FINE
                            ? "Boete voorgesteld. Een teamleider beoordeelt haar (vier ogen) voordat de beschikking wordt verzonden."
                            : "Besluit vastgelegd: " + kind.dutch().toLowerCase() + ".");
                    return "redirect:/dossiers/" + id + "/handhaving";
                });
    }

    @PostMapping("/dossiers/{id}/handhaving/besluit/{decisionId}/beoordeling")
    String review(RegieUser user, @PathVariable UUID id, @PathVariable long decisionId,
                  @ModelAttribute("reviewForm") EnforcementForms.ReviewForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"approve".equals(form.getVerdict()) && !"reject".equals(form.getVerdict())) {
            errors.put("verdict", "Kies goedkeuren of afwijzen.");
        }
        boolean approve = "approve".equals(form.getVerdict());
        long version = form.getVersion() == null ? -1 : form.getVersion();
        return submit(user, id, errors, "reviewErrors", decisionId, model, response,
                () -> deciding.review(user, id, decisionId, version, approve, form.getReason()), () -> {
                    redirect.addFlashAttribute("flash", approve ? "Boete goedgekeurd. De beschikking is gemaakt en gearchiveerd."
                            : "Boete afgewezen. De consulent kan opnieuw besluiten.");
                    return "redirect:/dossiers/" + id + "/handhaving";
                });
    }

    @GetMapping("/dossiers/{id}/handhaving/besluit/{decisionId}/beschikking.pdf")
    ResponseEntity<byte[]> letter(RegieUser user, @PathVariable UUID id, @PathVariable long decisionId) {
        return pdf(enforcement.letter(user, id, decisionId), "boetebeschikking-" + decisionId + ".pdf");
    }

    @GetMapping("/dossiers/{id}/handhaving/besluit/{decisionId}/waarschuwing.pdf")
    ResponseEntity<byte[]> warningLetter(RegieUser user, @PathVariable UUID id, @PathVariable long decisionId) {
        return pdf(enforcement.warningLetter(user, id, decisionId), "waarschuwing-" + decisionId + ".pdf");
    }

    /** An archived letter, shown in the browser and never cached: it holds personal data. */
    private static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf);
    }

    @PostMapping("/dossiers/{id}/handhaving/besluit/{decisionId}/bezwaar")
    String objection(RegieUser user, @PathVariable UUID id, @PathVariable long decisionId,
                     @ModelAttribute("objectionForm") EnforcementForms.ObjectionForm form, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate received = DutchDates.parse(form.getReceivedOn(), "receivedOn", errors);
        return submit(user, id, errors, "objectionErrors", decisionId, model, response,
                () -> objections.receive(user, id, decisionId, received, form.isLateExcusable(), form.getLateReason()), () -> {
                    redirect.addFlashAttribute("flash", "Bezwaar vastgelegd. De vervaltermijn staat stil zolang het bezwaar loopt.");
                    return "redirect:/dossiers/" + id + "/handhaving";
                });
    }

    @PostMapping("/dossiers/{id}/handhaving/besluit/{decisionId}/bezwaar/beslissing")
    String outcome(RegieUser user, @PathVariable UUID id, @PathVariable long decisionId,
                   @ModelAttribute("outcomeForm") EnforcementForms.OutcomeForm form, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ObjectionOutcome outcome = EnforcementForms.choice(ObjectionOutcome.class, form.getOutcome(), "outcome", "Kies de beslissing.", errors);
        LocalDate decidedOn = DutchDates.parse(form.getDecidedOn(), "decidedOn", errors);
        BigDecimal amount = EnforcementForms.amount(form.getNewAmount(), "newAmount", errors);
        return submit(user, id, errors, "outcomeErrors", decisionId, model, response,
                () -> objections.decide(user, id, decisionId, outcome, decidedOn, amount, form.getReasoning()), () -> {
                    redirect.addFlashAttribute("flash", "Beslissing op bezwaar vastgelegd: " + outcome.dutch().toLowerCase() + ".");
                    return "redirect:/dossiers/" + id + "/handhaving";
                });
    }

    @PostMapping("/dossiers/{id}/handhaving/overtreding/{breachId}/maatregel")
    String measure(RegieUser user, @PathVariable UUID id, @PathVariable long breachId,
                   @ModelAttribute("measureForm") EnforcementForms.MeasureForm form, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer pct = EnforcementForms.number(form.getPercentage(), "percentage", errors);
        Integer months = EnforcementForms.number(form.getMonths(), "months", errors);
        LocalDate decidedOn = DutchDates.parse(form.getDecidedOn(), "decidedOn", errors);
        return submit(user, id, errors, "measureErrors", breachId, model, response,
                () -> breaches.recordBenefitSanction(user, id, breachId, pct, months, decidedOn, form.getReasoning()), () -> {
                    redirect.addFlashAttribute("flash", "Maatregel Participatiewet vastgelegd. Een Wi-boete voor dezelfde gedraging is nu uitgesloten.");
                    return "redirect:/dossiers/" + id + "/handhaving";
                });
    }

    @PostMapping("/dossiers/{id}/handhaving/duo")
    String duoDecision(RegieUser user, @PathVariable UUID id, @ModelAttribute("duoForm") EnforcementForms.DuoForm form, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DuoDecisionKind kind = EnforcementForms.choice(DuoDecisionKind.class, form.getKind(), "kind", "Kies het soort besluit.", errors);
        LocalDate decidedOn = DutchDates.parse(form.getDecidedOn(), "decidedOn", errors);
        BigDecimal amount = EnforcementForms.amount(form.getAmount(), "amount", errors);
        LocalDate newTermEnd = DutchDates.parse(form.getNewTermEnd(), "newTermEnd", errors);
        return submit(user, id, errors, "duoErrors", null, model, response,
                () -> duo.record(user, id, kind, decidedOn, form.getReference(), amount, newTermEnd, form.getNote()), () -> {
                    redirect.addFlashAttribute("flash", "Besluit van DUO vastgelegd.");
                    return "redirect:/dossiers/" + id + "/handhaving";
                });
    }

    @GetMapping("/handhaving/goedkeuren")
    String queue(RegieUser user, Model model) {
        var lines = enforcement.awaitingApproval(user);
        model.addAttribute("lines", lines);
        model.addAttribute("names", users.displayNames(lines.stream().map(l -> l.decidedBy()).toList()));
        return "enforcement/queue";
    }

    @GetMapping("/handhaving/beleid")
    String policies(RegieUser user, Model model) {
        FinePolicyVersion inForce = enforcement.policyInForce(user).orElse(null);
        EnforcementForms.PolicyForm form = inForce == null ? new EnforcementForms.PolicyForm() : EnforcementForms.PolicyForm.from(inForce.policy());
        return policyPage(user, form, Map.of(), model);
    }

    @PostMapping("/handhaving/beleid")
    String addPolicy(RegieUser user, @ModelAttribute("policyForm") EnforcementForms.PolicyForm form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate validFrom = DutchDates.parse(form.getValidFrom(), "validFrom", errors);
        Boolean warningFirst = form.getWarningFirst() == null || form.getWarningFirst().isBlank() ? null
                : Boolean.valueOf("true".equals(form.getWarningFirst()));
        if (warningFirst == null) {
            errors.put("warningFirst", "Kies wat er bij een eerste overtreding gebeurt.");
        }
        BigDecimal[] ladder = {
                requiredAmount(form.getLadder1(), "ladder1", errors),
                requiredAmount(form.getLadder2(), "ladder2", errors),
                requiredAmount(form.getLadder3(), "ladder3", errors)};
        Integer secondChance = requiredNumber(form.getSecondChanceMonths(), "secondChanceMonths", errors);
        Integer culpability = requiredNumber(form.getReductionCulpability(), "reductionCulpability", errors);
        Integer means = requiredNumber(form.getReductionMeans(), "reductionMeans", errors);
        Integer restored = requiredNumber(form.getReductionRestored(), "reductionRestored", errors);
        Integer maxReduction = requiredNumber(form.getMaxReductionPercent(), "maxReductionPercent", errors);
        Integer pwPercent = requiredNumber(form.getPwMeasurePercent(), "pwMeasurePercent", errors);
        Integer pwMonths = requiredNumber(form.getPwMeasureMonths(), "pwMeasureMonths", errors);
        var added = FormSubmission.result(errors, model, response, () -> policies.add(user, new EnforcementRules.FinePolicy(validFrom,
                warningFirst, List.of(ladder), secondChance, Map.of(Circumstance.REDUCED_CULPABILITY, culpability,
                Circumstance.LIMITED_MEANS, means, Circumstance.CONDUCT_RESTORED, restored), maxReduction, pwPercent, pwMonths,
                form.isPwAndWiBothAllowed()), form.getSource()));
        if (added.isPresent()) {
            redirect.addFlashAttribute("flash", "Versie van het boetebeleid vanaf " + DutchDates.show(added.get().policy().validFrom())
                    + " vastgelegd. Regie gebruikt haar voor gedragingen vanaf die datum.");
            return "redirect:/handhaving/beleid";
        }
        return policyPage(user, form, errors, model);
    }

    private String policyPage(RegieUser user, EnforcementForms.PolicyForm form, Map<String, String> errors, Model model) {
        List<FinePolicyVersion> versions = enforcement.policies(user);
        model.addAttribute("versions", versions);
        model.addAttribute("names", users.displayNames(versions.stream().map(FinePolicyVersion::recordedBy)
                .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("canAdd", RecordingFinePolicy.mayRecord(user));
        model.addAttribute("policyForm", form);
        model.addAttribute("policyErrors", errors);
        model.addAttribute("maximum", EnforcementRules.euro(EnforcementRules.STATUTORY_MAXIMUM));
        return "enforcement/policy";
    }

    /** A field the policy cannot do without: blank is a Dutch message, like a typing error. */
    private static BigDecimal requiredAmount(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, "Vul het bedrag van deze trede in.");
            return null;
        }
        return EnforcementForms.amount(raw, field, errors);
    }

    private static Integer requiredNumber(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, "Vul een heel getal in.");
            return null;
        }
        return EnforcementForms.number(raw, field, errors);
    }

    private static Long parseLong(String raw, Map<String, String> errors) {
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            errors.put("progressMeetingId", "Kies een gemist gesprek uit de lijst.");
            return null;
        }
    }

    /**
     * Runs a change when the form had no typing errors; on a refusal shows the page again with the messages (400)
     * or the conflict (409), the typed form kept. {@code forId} names the breach or decision the form belonged to.
     */
    private String submit(RegieUser user, UUID id, Map<String, String> errors, String errorsName, Long forId, Model model,
                          HttpServletResponse response, Runnable change, Supplier<String> onSuccess) {
        if (FormSubmission.succeeded(errors, model, response, change)) {
            return onSuccess.get();
        }
        model.addAttribute(errorsName, errors);
        model.addAttribute("formFor", forId);
        return page(enforcement.view(user, id), model);
    }

    private String page(EnforcementView v, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("d", v.dossier());
        // People are named as on the timeline ("Sanne de Vries"), not by their account name.
        java.util.List<String> actors = new java.util.ArrayList<>();
        for (var b : v.breaches()) {
            actors.add(b.breach().recordedBy());
            for (var x : b.decisions()) {
                actors.add(x.decidedBy());
                actors.add(x.reviewedBy());
            }
        }
        model.addAttribute("names", users.displayNames(actors));
        if (!model.containsAttribute("breachForm")) {
            EnforcementForms.BreachForm f = new EnforcementForms.BreachForm();
            f.setHeardOn(DutchDates.show(LocalDate.now(clock)));
            model.addAttribute("breachForm", f);
        }
        addIfAbsent(model, "decisionForm", new EnforcementForms.DecisionForm());
        addIfAbsent(model, "reviewForm", new EnforcementForms.ReviewForm());
        addIfAbsent(model, "objectionForm", new EnforcementForms.ObjectionForm());
        addIfAbsent(model, "outcomeForm", new EnforcementForms.OutcomeForm());
        addIfAbsent(model, "measureForm", new EnforcementForms.MeasureForm());
        addIfAbsent(model, "duoForm", new EnforcementForms.DuoForm());
        for (String e : new String[] {"breachErrors", "decisionErrors", "reviewErrors", "objectionErrors", "outcomeErrors", "measureErrors",
                "duoErrors"}) {
            addIfAbsent(model, e, Map.of());
        }
        addIfAbsent(model, "formFor", null);
        model.addAttribute("obligations", Obligation.values());
        model.addAttribute("circumstances", Circumstance.values());
        model.addAttribute("kinds", SanctionKind.values());
        model.addAttribute("outcomes", ObjectionOutcome.values());
        model.addAttribute("duoKinds", DuoDecisionKind.values());
        return "enforcement/enforcement";
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
