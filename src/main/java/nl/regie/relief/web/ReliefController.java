package nl.regie.relief.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
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
import nl.regie.relief.Amounts;
import nl.regie.relief.CheckpointKind;
import nl.regie.relief.FixedChargeKind;
import nl.regie.relief.ManagingRelief;
import nl.regie.relief.NewFixedCharge;
import nl.regie.relief.ReliefView;
import nl.regie.relief.Reliefs;
import nl.regie.rules.FinancialReliefRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormSubmission;

/**
 * Financieel ontzorgen of a dossier ({@code /dossiers/{id}/ontzorgen}): the arrangement, its vaste lasten, the month
 * overview and the way to financial self-reliance; and the card the voortgangsgesprekken page loads with htmx.
 */
@Controller
class ReliefController {

    private static final String[] ERRORS = {"arrangeErrors", "extendErrors", "endErrors", "chargeErrors", "endChargeErrors", "checkpointErrors"};

    private final Reliefs reliefs;
    private final ManagingRelief managing;
    private final Clock clock;

    ReliefController(Reliefs reliefs, ManagingRelief managing, Clock clock) {
        this.reliefs = reliefs;
        this.managing = managing;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/ontzorgen")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    /** The card on the voortgangsgesprekken page: status, end, budget training, latest checkpoints. */
    @GetMapping("/dossiers/{id}/ontzorgen/samenvatting")
    String summary(RegieUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("r", reliefs.summary(user, id));
        return "relief/summary :: card";
    }

    @PostMapping("/dossiers/{id}/ontzorgen")
    String arrange(RegieUser user, @PathVariable UUID id, @ModelAttribute("arrangeForm") ReliefForms.ArrangeForm form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long cents = Amounts.parseCents(form.getBenefitAmount(), "benefitAmount", errors);
        return submit(user, id, "arrangeErrors", errors, model, response, redirect, () -> {
            var r = managing.arrange(user, id, cents, form.getNewcomerIban());
            return "Financieel ontzorgen gestart: tot en met " + DutchDates.show(r.endsOn()) + ". Voeg nu de vaste lasten toe.";
        });
    }

    @PostMapping("/dossiers/{id}/ontzorgen/verlengen")
    String extend(RegieUser user, @PathVariable UUID id, @ModelAttribute("extendForm") ReliefForms.ExtendForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate end = DutchDates.parse(form.getNewEnd(), "newEnd", errors);
        return submit(user, id, "extendErrors", errors, model, response, redirect, () -> {
            managing.extend(user, id, ReliefForms.version(form.getVersion()), end, form.getExtendReason());
            return "Ontzorgen verlengd tot en met " + DutchDates.show(end) + ".";
        });
    }

    @PostMapping("/dossiers/{id}/ontzorgen/beeindigen")
    String end(RegieUser user, @PathVariable UUID id, @ModelAttribute("endForm") ReliefForms.EndForm form, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate last = DutchDates.parse(form.getLastDay(), "lastDay", errors);
        return submit(user, id, "endErrors", errors, model, response, redirect, () -> {
            managing.endEarly(user, id, ReliefForms.version(form.getVersion()), last, form.getEndReason());
            return "Ontzorgen beëindigd; de laatste dag is " + DutchDates.show(last) + ".";
        });
    }

    @PostMapping("/dossiers/{id}/ontzorgen/vaste-lasten")
    String addCharge(RegieUser user, @PathVariable UUID id, @ModelAttribute("chargeForm") ReliefForms.ChargeForm form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        FixedChargeKind kind = form.kind(errors);
        Long cents = Amounts.parseCents(form.getMonthlyAmount(), "monthlyAmount", errors);
        Integer day = ReliefForms.number(form.getDueDay(), "dueDay", "Vul een dag van de maand in, 1 tot en met 28.", errors);
        YearMonth from = ReliefForms.month(form.getValidFrom(), "validFrom", errors);
        YearMonth until = ReliefForms.month(form.getValidUntil(), "validUntil", errors);
        return submit(user, id, "chargeErrors", errors, model, response, redirect, () -> {
            managing.addCharge(user, id, new NewFixedCharge(kind, form.getCreditorName(), form.getCreditorIban(), form.getPaymentReference(),
                    cents, day, from, until));
            return "Vaste last toegevoegd: " + kind.dutch().toLowerCase() + ", " + FinancialReliefRules.euro(cents) + " per maand.";
        });
    }

    @PostMapping("/dossiers/{id}/ontzorgen/vaste-lasten/{chargeId}/beeindigen")
    String endCharge(RegieUser user, @PathVariable UUID id, @PathVariable long chargeId,
                     @ModelAttribute("endChargeForm") ReliefForms.EndChargeForm form, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth last = ReliefForms.month(form.getLastMonth(), "lastMonth", errors);
        model.addAttribute("endChargeFor", chargeId);
        return submit(user, id, "endChargeErrors", errors, model, response, redirect, () -> {
            managing.endCharge(user, id, chargeId, last, form.getEndChargeReason());
            return "Vaste last beëindigd na " + FinancialReliefRules.month(last) + ".";
        });
    }

    @PostMapping("/dossiers/{id}/ontzorgen/zelfredzaamheid")
    String checkpoint(RegieUser user, @PathVariable UUID id, @ModelAttribute("checkpointForm") ReliefForms.CheckpointForm form,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CheckpointKind kind = form.kind(errors);
        LocalDate on = DutchDates.parse(form.getCheckpointOn(), "checkpointOn", errors);
        if (on == null && !errors.containsKey("checkpointOn")) {
            errors.put("checkpointOn", "Vul de datum in.");
        }
        return submit(user, id, "checkpointErrors", errors, model, response, redirect, () -> {
            managing.recordCheckpoint(user, id, kind, on, form.getCheckpointNote());
            return "Vastgelegd: " + kind.dutch().toLowerCase() + ".";
        });
    }

    /**
     * Runs a change when the form had no typing errors. Success redirects with a flash message; a refusal shows the page
     * again with the messages next to the fields (400) or the conflict (409), keeping what was typed.
     */
    private String submit(RegieUser user, UUID id, String errorsName, Map<String, String> errors, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, Supplier<String> change) {
        var flash = FormSubmission.result(errors, model, response, change);
        if (flash.isPresent()) {
            redirect.addFlashAttribute("flash", flash.get());
            return "redirect:/dossiers/" + id + "/ontzorgen";
        }
        model.addAttribute(errorsName, errors);
        return page(user, id, model);
    }

    private String page(RegieUser user, UUID id, Model model) {
        ReliefView r = reliefs.view(user, id);
        model.addAttribute("r", r);
        model.addAttribute("d", r.dossier());
        for (String e : ERRORS) {
            if (!model.containsAttribute(e)) {
                model.addAttribute(e, Map.of());
            }
        }
        if (!model.containsAttribute("arrangeForm")) {
            model.addAttribute("arrangeForm", new ReliefForms.ArrangeForm());
        }
        if (!model.containsAttribute("extendForm")) {
            ReliefForms.ExtendForm f = new ReliefForms.ExtendForm();
            if (r.relief() != null) {
                f.setNewEnd(DutchDates.show(FinancialReliefRules.endDate(r.relief().startsOn(), r.relief().policyMonths() + 6)));
            }
            model.addAttribute("extendForm", f);
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new ReliefForms.EndForm());
        }
        if (!model.containsAttribute("chargeForm")) {
            ReliefForms.ChargeForm f = new ReliefForms.ChargeForm();
            if (r.relief() != null) {
                YearMonth first = YearMonth.from(r.relief().startsOn());
                YearMonth now = YearMonth.now(clock);
                f.setValidFrom(ReliefForms.typedMonth(first.isAfter(now) ? first : now));
                f.setDueDay("1");
            }
            model.addAttribute("chargeForm", f);
        }
        if (!model.containsAttribute("endChargeForm")) {
            model.addAttribute("endChargeForm", new ReliefForms.EndChargeForm());
        }
        if (!model.containsAttribute("endChargeFor")) {
            model.addAttribute("endChargeFor", -1L);
        }
        if (!model.containsAttribute("checkpointForm")) {
            ReliefForms.CheckpointForm f = new ReliefForms.CheckpointForm();
            f.setCheckpointOn(DutchDates.show(LocalDate.now(clock)));
            model.addAttribute("checkpointForm", f);
        }
        model.addAttribute("kinds", FixedChargeKind.values());
        model.addAttribute("checkpointKinds", CheckpointKind.values());
        return "relief/relief";
    }
}
