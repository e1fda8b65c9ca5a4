package nl.regie.municipality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.municipality.Municipalities;
import nl.regie.municipality.Municipality;
import nl.regie.municipality.NewPolicyVersion;
import nl.regie.municipality.PipDeadlineStart;
import nl.regie.municipality.ProgressCadence;
import nl.regie.shared.DutchDates;

/** Functional administrator: each municipality's policy settings as dated versions. */
@Controller
class PolicyAdminController {

    private final Municipalities municipalities;
    private final Validator validator;
    private final Clock clock;

    PolicyAdminController(Municipalities municipalities, Validator validator, Clock clock) {
        this.municipalities = municipalities;
        this.validator = validator;
        this.clock = clock;
    }

    /** The form as typed. */
    public static class PolicyForm {
        private String validFrom;
        private String pipDeadlineWeeks;
        private String pipDeadlineStart;
        private String cadenceFirstUntil;
        private String cadenceFirstEvery;
        private String cadenceSecondUntil;
        private String cadenceSecondEvery;
        private String cadenceThenEvery;
        private String financialReliefMonths;
        private String reason;

        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getPipDeadlineWeeks() { return pipDeadlineWeeks; }
        public void setPipDeadlineWeeks(String v) { pipDeadlineWeeks = v; }
        public String getPipDeadlineStart() { return pipDeadlineStart; }
        public void setPipDeadlineStart(String v) { pipDeadlineStart = v; }
        public String getCadenceFirstUntil() { return cadenceFirstUntil; }
        public void setCadenceFirstUntil(String v) { cadenceFirstUntil = v; }
        public String getCadenceFirstEvery() { return cadenceFirstEvery; }
        public void setCadenceFirstEvery(String v) { cadenceFirstEvery = v; }
        public String getCadenceSecondUntil() { return cadenceSecondUntil; }
        public void setCadenceSecondUntil(String v) { cadenceSecondUntil = v; }
        public String getCadenceSecondEvery() { return cadenceSecondEvery; }
        public void setCadenceSecondEvery(String v) { cadenceSecondEvery = v; }
        public String getCadenceThenEvery() { return cadenceThenEvery; }
        public void setCadenceThenEvery(String v) { cadenceThenEvery = v; }

        /** The form's cadence fields filled with a version's cadence (up to two bounded periods and the last). */
        void show(ProgressCadence c) {
            List<ProgressCadence.Phase> bounded = c.phases().stream().filter(p -> p.untilMonth() != null).toList();
            if (bounded.size() > 0) {
                cadenceFirstUntil = String.valueOf(bounded.get(0).untilMonth());
                cadenceFirstEvery = String.valueOf(bounded.get(0).everyMonths());
            }
            if (bounded.size() > 1) {
                cadenceSecondUntil = String.valueOf(bounded.get(1).untilMonth());
                cadenceSecondEvery = String.valueOf(bounded.get(1).everyMonths());
            }
            c.phases().stream().filter(p -> p.untilMonth() == null).findFirst()
                    .ifPresent(p -> cadenceThenEvery = String.valueOf(p.everyMonths()));
        }
        public String getFinancialReliefMonths() { return financialReliefMonths; }
        public void setFinancialReliefMonths(String v) { financialReliefMonths = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    @GetMapping("/beheer/beleid")
    String show(@RequestParam(required = false) String gemeente, Model model) {
        // A new version starts from the cadence in force today: the administrator changes only what the new policy
        // changes.
        PolicyForm form = new PolicyForm();
        String code = gemeente == null || municipalities.find(gemeente).isEmpty() ? municipalities.all().get(0).code() : gemeente;
        municipalities.policyOn(code, LocalDate.now(clock)).ifPresent(p -> form.show(p.progressCadence()));
        return view(gemeente, form, Map.of(), model);
    }

    @PostMapping("/beheer/beleid")
    String add(@RequestParam String gemeente, PolicyForm form, Authentication auth, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate validFrom = date(form.getValidFrom(), errors);
        Integer weeks = number(form.getPipDeadlineWeeks(), "pipDeadlineWeeks", errors);
        ProgressCadence cadence = cadence(form, errors);
        Integer months = number(form.getFinancialReliefMonths(), "financialReliefMonths", errors);
        PipDeadlineStart start = null;
        if (form.getPipDeadlineStart() != null && !form.getPipDeadlineStart().isBlank()) {
            try {
                start = PipDeadlineStart.valueOf(form.getPipDeadlineStart());
            } catch (IllegalArgumentException e) {
                errors.put("pipDeadlineStart", "Kies vanaf welke gebeurtenis de termijn telt.");
            }
        }
        NewPolicyVersion v = new NewPolicyVersion(gemeente, validFrom, weeks, start, cadence, months,
                form.getReason() == null || form.getReason().isBlank() ? null : form.getReason().trim());
        // The other fields' problems too, so the administrator fixes everything in one go; a field's typing error
        // stays the message shown for it. The cadence's own problems are already on its fields.
        validator.validate(v).forEach(c -> {
            String p = c.getPropertyPath().toString();
            if (!p.startsWith("progressCadence")) {
                errors.putIfAbsent(p.startsWith("pipDeadlineStart") ? "pipDeadlineStart" : p, c.getMessage());
            }
        });
        if (errors.isEmpty()) {
            try {
                municipalities.addPolicyVersion(v, auth.getName());
                redirect.addFlashAttribute("flash", "Beleidsversie vanaf " + form.getValidFrom() + " vastgelegd.");
                return "redirect:/beheer/beleid?gemeente=" + gemeente;
            } catch (Municipalities.PolicyVersionExistsException e) {
                errors.put("validFrom", e.getMessage());
            } catch (IllegalArgumentException e) {
                errors.put("gemeente", e.getMessage());
            }
        }
        response.setStatus(400);
        return view(gemeente, form, errors, model);
    }

    private String view(String code, PolicyForm form, Map<String, String> errors, Model model) {
        var all = municipalities.all();
        Municipality selected = code == null ? all.get(0)
                : municipalities.find(code).orElse(all.get(0));
        model.addAttribute("municipalities", all);
        model.addAttribute("selected", selected);
        model.addAttribute("history", municipalities.policyHistory(selected.code()));
        model.addAttribute("starts", PipDeadlineStart.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/policy";
    }

    /**
     * The cadence as typed: an optional first and second period (until month, every so many months) and the interval
     * after them. Typing errors and the cadence's own problems go next to the fields they are about.
     */
    private static ProgressCadence cadence(PolicyForm form, Map<String, String> errors) {
        List<ProgressCadence.Phase> phases = new ArrayList<>();
        List<String[]> fields = new ArrayList<>();
        boolean ok = true;
        String[][] periods = {
                {form.getCadenceFirstUntil(), form.getCadenceFirstEvery(), "cadenceFirstUntil", "cadenceFirstEvery"},
                {form.getCadenceSecondUntil(), form.getCadenceSecondEvery(), "cadenceSecondUntil", "cadenceSecondEvery"}};
        for (int i = 0; i < periods.length; i++) {
            String[] f = periods[i];
            if (blank(f[0]) && blank(f[1])) {
                continue;
            }
            if (i == 1 && phases.isEmpty() && blank(form.getCadenceFirstUntil()) && blank(form.getCadenceFirstEvery())) {
                errors.put("cadenceFirstUntil", "Vul eerst de eerste periode in; de tweede volgt daarop.");
                ok = false;
            }
            Integer until = number(f[0], f[2], errors);
            Integer every = number(f[1], f[3], errors);
            if (blank(f[0])) {
                errors.putIfAbsent(f[2], "Vul in tot en met welke maand deze periode loopt.");
            }
            if (blank(f[1])) {
                errors.putIfAbsent(f[3], "Vul in om de hoeveel maanden er in deze periode een gesprek is.");
            }
            if (until == null || every == null) {
                ok = false;
                continue;
            }
            phases.add(new ProgressCadence.Phase(until, every));
            fields.add(new String[] {f[2], f[3]});
        }
        Integer then = number(form.getCadenceThenEvery(), "cadenceThenEvery", errors);
        if (blank(form.getCadenceThenEvery())) {
            errors.put("cadenceThenEvery", "Vul in om de hoeveel maanden de gesprekken daarna plaatsvinden.");
        }
        if (then == null || !ok) {
            return null;
        }
        phases.add(new ProgressCadence.Phase(null, then));
        fields.add(new String[] {"cadenceThenEvery", "cadenceThenEvery"});
        ProgressCadence c = new ProgressCadence(phases);
        List<ProgressCadence.Problem> problems = c.problems();
        for (ProgressCadence.Problem p : problems) {
            String[] f = fields.get(Math.min(p.phase(), fields.size() - 1));
            errors.putIfAbsent("until".equals(p.part()) ? f[0] : f[1], p.message());
        }
        return problems.isEmpty() ? c : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(String raw, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put("validFrom", "Ingangsdatum is verplicht.");
            return null;
        }
        return DutchDates.parse(raw, "validFrom", errors);
    }

    private static Integer number(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "'" + raw.trim() + "' is geen heel getal.");
            return null;
        }
    }
}
