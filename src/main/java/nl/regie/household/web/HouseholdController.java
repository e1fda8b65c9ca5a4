package nl.regie.household.web;

import java.util.HashMap;
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

import nl.regie.dossier.DossierState;
import nl.regie.dossier.HouseholdMember;
import nl.regie.household.ChildcareArrangement;
import nl.regie.household.ChildcareNeed;
import nl.regie.household.EditingHousehold;
import nl.regie.household.Household;
import nl.regie.household.Households;
import nl.regie.household.IncomeType;
import nl.regie.household.RecordingChildcare;
import nl.regie.household.RecordingIncome;
import nl.regie.identity.RegieUser;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormSubmission;

/**
 * The household page of a dossier ({@code /dossiers/{id}/huishouden}), its summary card on the dossier overview
 * (loaded by htmx, so that the dossier module does not depend on this one) and the team lead's NUG list.
 */
@Controller
class HouseholdController {

    private final Households households;
    private final EditingHousehold editing;
    private final RecordingIncome income;
    private final RecordingChildcare childcare;

    HouseholdController(Households households, EditingHousehold editing, RecordingIncome income, RecordingChildcare childcare) {
        this.households = households;
        this.editing = editing;
        this.income = income;
        this.childcare = childcare;
    }

    @GetMapping("/dossiers/{id}/huishouden")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, Map.of(), model);
    }

    /** The card on the dossier overview: income situation with the NUG notice, partner, childcare per child. */
    @GetMapping("/dossiers/{id}/huishouden/samenvatting")
    String summary(RegieUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("h", households.household(user, id, "Dossieroverzicht: huishouden, inkomen en kinderopvang"));
        return "household/summary :: card";
    }

    @PostMapping("/dossiers/{id}/huishouden/leden")
    String add(RegieUser user, @PathVariable UUID id, @ModelAttribute("memberForm") HouseholdForms.MemberForm form,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        HouseholdMember m = form.toMember(errors);
        return submit(user, id, errors, model, response, redirect,
                () -> {
                    editing.addMember(user, id, m, form.getAddReason());
                    return "Gezinslid toegevoegd.";
                });
    }

    @PostMapping("/dossiers/{id}/huishouden/verwijderen")
    String remove(RegieUser user, @PathVariable UUID id, @ModelAttribute("removeForm") HouseholdForms.RemoveForm form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submit(user, id, new LinkedHashMap<>(), model, response, redirect,
                () -> {
                    editing.removeMember(user, id, HouseholdForms.id(form.getRemoveMemberId()), form.getRemoveReason());
                    return "Gezinslid verwijderd.";
                });
    }

    @PostMapping("/dossiers/{id}/huishouden/koppelen")
    String link(RegieUser user, @PathVariable UUID id, @ModelAttribute("linkForm") HouseholdForms.LinkForm form,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submit(user, id, new LinkedHashMap<>(), model, response, redirect,
                () -> {
                    editing.link(user, id, HouseholdForms.id(form.getLinkMemberId()), form.getBsn());
                    return "Gezinslid gekoppeld aan het eigen dossier.";
                });
    }

    @PostMapping("/dossiers/{id}/huishouden/leden/{memberId}/ontkoppelen")
    String unlink(RegieUser user, @PathVariable UUID id, @PathVariable long memberId, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return submit(user, id, new LinkedHashMap<>(), model, response, redirect,
                () -> {
                    editing.unlink(user, id, memberId);
                    return "Koppeling verwijderd.";
                });
    }

    @PostMapping("/dossiers/{id}/huishouden/inkomen")
    String income(RegieUser user, @PathVariable UUID id, @ModelAttribute("incomeForm") HouseholdForms.IncomeForm form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        IncomeType type = form.type(errors);
        var validFrom = DutchDates.parse(form.getValidFrom(), "validFrom", errors);
        return submit(user, id, errors, model, response, redirect,
                () -> {
                    var outcome = income.record(user, id, type, validFrom, form.getIncomeRemarks(), form.isPartnerBecomesNug());
                    String done = "Inkomenssituatie vastgelegd: " + outcome.recorded().type().dutch() + ".";
                    if (outcome.partnerName() != null) {
                        done += " In het dossier van " + outcome.partnerName() + " staat nu: "
                                + IncomeType.PARTNER_WORKS.dutch() + "; het eigen traject loopt door.";
                    } else if (outcome.partnerWasNug()) {
                        done += " De partner stond al als NUG geregistreerd.";
                    }
                    return done;
                });
    }

    @PostMapping("/dossiers/{id}/huishouden/leden/{memberId}/kinderopvang")
    String childcare(RegieUser user, @PathVariable UUID id, @PathVariable long memberId,
                     @ModelAttribute("childcareForm") HouseholdForms.ChildcareForm form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        var input = form.toInput(errors);
        model.addAttribute("childcareFor", memberId);
        return submit(user, id, errors, model, response, redirect,
                () -> {
                    childcare.record(user, id, memberId, input);
                    return "Kinderopvang vastgelegd.";
                });
    }

    @GetMapping("/nug")
    String nug(RegieUser user, Model model) {
        model.addAttribute("rows", households.nugDossiers(user));
        model.addAttribute("limit", Households.NUG_LIST_LIMIT);
        return "household/nug";
    }

    /**
     * Runs a change when the form had no typing errors. Success redirects with a flash message; a refusal shows the
     * page again with the messages next to the fields (400) or the conflict (409), keeping what was typed.
     */
    private String submit(RegieUser user, UUID id, Map<String, String> errors, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, Supplier<String> change) {
        var flash = FormSubmission.result(errors, model, response, change);
        if (flash.isPresent()) {
            redirect.addFlashAttribute("flash", flash.get());
            // To the top of the page, where the confirmation and any NUG notice are.
            return "redirect:/dossiers/" + id + "/huishouden";
        }
        return page(user, id, errors, model);
    }

    private String page(RegieUser user, UUID id, Map<String, String> errors, Model model) {
        Household h = households.household(user, id, "Huishouden inzien");
        model.addAttribute("h", h);
        model.addAttribute("d", h.dossier());
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("canEdit", user.isCaseworker() && h.dossier().state() != DossierState.CLOSED);
        model.addAttribute("relationships", HouseholdMember.Relationship.values());
        model.addAttribute("incomeTypes", IncomeType.values());
        model.addAttribute("needs", ChildcareNeed.values());
        model.addAttribute("arrangements", ChildcareArrangement.values());
        for (String form : new String[] {"memberForm", "linkForm", "removeForm", "incomeForm"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, switch (form) {
                    case "memberForm" -> new HouseholdForms.MemberForm();
                    case "linkForm" -> new HouseholdForms.LinkForm();
                    case "removeForm" -> new HouseholdForms.RemoveForm();
                    default -> new HouseholdForms.IncomeForm();
                });
            }
        }
        // Each child has its own childcare form: the one that was refused keeps what was typed, the others show
        // what is recorded.
        Map<Long, HouseholdForms.ChildcareForm> childcareForms = new HashMap<>();
        Object typed = model.getAttribute("childcareForm");
        Object failedFor = model.getAttribute("childcareFor");
        for (Household.Member m : h.children()) {
            childcareForms.put(m.id(), typed instanceof HouseholdForms.ChildcareForm f && failedFor instanceof Long l && l == m.id()
                    ? f : HouseholdForms.ChildcareForm.of(m.childcare()));
        }
        model.addAttribute("childcareForms", childcareForms);
        if (!model.containsAttribute("childcareFor")) {
            model.addAttribute("childcareFor", -1L);
        }
        return "household/household";
    }
}
