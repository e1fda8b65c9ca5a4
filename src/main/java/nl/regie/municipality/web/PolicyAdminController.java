package nl.regie.municipality.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import nl.regie.shared.DutchDates;

/** Functional administrator: each municipality's policy settings as dated versions. */
@Controller
class PolicyAdminController {

    private final Municipalities municipalities;
    private final Validator validator;

    PolicyAdminController(Municipalities municipalities, Validator validator) {
        this.municipalities = municipalities;
        this.validator = validator;
    }

    /** The form as typed. */
    public static class PolicyForm {
        private String validFrom;
        private String pipDeadlineWeeks;
        private String pipDeadlineStart;
        private String plannedProgressMeetings;
        private String financialReliefMonths;
        private String reason;

        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getPipDeadlineWeeks() { return pipDeadlineWeeks; }
        public void setPipDeadlineWeeks(String v) { pipDeadlineWeeks = v; }
        public String getPipDeadlineStart() { return pipDeadlineStart; }
        public void setPipDeadlineStart(String v) { pipDeadlineStart = v; }
        public String getPlannedProgressMeetings() { return plannedProgressMeetings; }
        public void setPlannedProgressMeetings(String v) { plannedProgressMeetings = v; }
        public String getFinancialReliefMonths() { return financialReliefMonths; }
        public void setFinancialReliefMonths(String v) { financialReliefMonths = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    @GetMapping("/beheer/beleid")
    String show(@RequestParam(required = false) String gemeente, Model model) {
        return view(gemeente, new PolicyForm(), Map.of(), model);
    }

    @PostMapping("/beheer/beleid")
    String add(@RequestParam String gemeente, PolicyForm form, Authentication auth, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate validFrom = date(form.getValidFrom(), errors);
        Integer weeks = number(form.getPipDeadlineWeeks(), "pipDeadlineWeeks", errors);
        Integer meetings = number(form.getPlannedProgressMeetings(), "plannedProgressMeetings", errors);
        Integer months = number(form.getFinancialReliefMonths(), "financialReliefMonths", errors);
        PipDeadlineStart start = null;
        if (form.getPipDeadlineStart() != null && !form.getPipDeadlineStart().isBlank()) {
            try {
                start = PipDeadlineStart.valueOf(form.getPipDeadlineStart());
            } catch (IllegalArgumentException e) {
                errors.put("pipDeadlineStart", "Kies vanaf welke gebeurtenis de termijn telt.");
            }
        }
        NewPolicyVersion v = new NewPolicyVersion(gemeente, validFrom, weeks, start, meetings, months,
                form.getReason() == null || form.getReason().isBlank() ? null : form.getReason().trim());
        if (errors.isEmpty()) {
            validator.validate(v).forEach(c -> {
                String p = c.getPropertyPath().toString();
                errors.putIfAbsent(p.startsWith("pipDeadlineStart") ? "pipDeadlineStart" : p, c.getMessage());
            });
        }
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
