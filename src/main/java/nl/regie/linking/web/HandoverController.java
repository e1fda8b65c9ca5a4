package nl.regie.linking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.linking.WarmHandover;
import nl.regie.linking.WarmHandovers;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/** The warm-handover page of a dossier: plan it, then record it as held. */
@Controller
class HandoverController {

    private final WarmHandovers handovers;

    HandoverController(WarmHandovers handovers) {
        this.handovers = handovers;
    }

    @GetMapping("/dossiers/{id}/overdracht")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, null, null, Map.of(), model);
    }

    @PostMapping("/dossiers/{id}/overdracht/plan")
    String plan(RegieUser user, @PathVariable UUID id, @ModelAttribute HandoverForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            handovers.plan(user, id, form.toPlan(errors), errors, form.getVersion());
            redirect.addFlashAttribute("flash", "Warme overdracht gepland.");
            return "redirect:/dossiers/" + id + "/overdracht";
        } catch (RegieProblem.InvalidInput e) {
            response.setStatus(400);
            return page(user, id, form, "plan", e.problems(), model);
        } catch (RegieProblem.Conflict e) {
            response.setStatus(409);
            model.addAttribute("conflict", e.getMessage());
            return page(user, id, form, "plan", Map.of(), model);
        }
    }

    @PostMapping("/dossiers/{id}/overdracht/verslag")
    String record(RegieUser user, @PathVariable UUID id, @ModelAttribute HandoverForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            handovers.record(user, id, form.toReport(errors), errors, form.getVersion());
            redirect.addFlashAttribute("flash", "Verslag van de warme overdracht vastgelegd; het dossier staat op 'Warme overdracht gehouden'.");
            return "redirect:/dossiers/" + id + "/overdracht";
        } catch (RegieProblem.InvalidInput e) {
            response.setStatus(400);
            return page(user, id, form, "report", e.problems(), model);
        } catch (RegieProblem.Conflict e) {
            response.setStatus(409);
            model.addAttribute("conflict", e.getMessage());
            return page(user, id, form, "report", Map.of(), model);
        }
    }

    private String page(RegieUser user, UUID id, HandoverForm submitted, String failed, Map<String, String> errors, Model model) {
        WarmHandovers.View view = handovers.view(user, id);
        Dossier d = view.dossier();
        Optional<WarmHandover> h = Optional.ofNullable(view.handover());
        boolean caseworker = user.isCaseworker();
        boolean held = h.map(WarmHandover::held).orElse(false);
        model.addAttribute("d", d);
        model.addAttribute("h", h.orElse(null));
        model.addAttribute("participants", WarmHandover.Participant.values());
        model.addAttribute("canPlan", caseworker && !held && d.state() == DossierState.LINKED);
        model.addAttribute("canRecord", caseworker && !held
                && (d.state() == DossierState.LINKED || d.state() == DossierState.WARM_HANDOVER_HELD));
        model.addAttribute("planForm", "plan".equals(failed) ? submitted : planDefaults(d, h.orElse(null)));
        model.addAttribute("reportForm", "report".equals(failed) ? submitted : reportDefaults(d, h.orElse(null)));
        model.addAttribute("planErrors", "plan".equals(failed) ? errors : Map.of());
        model.addAttribute("reportErrors", "report".equals(failed) ? errors : Map.of());
        return "linking/handover";
    }

    /** A first plan invites the usual people: the newcomer, COA, the consultant and, when needed, an interpreter. */
    private static HandoverForm planDefaults(Dossier d, WarmHandover h) {
        HandoverForm f = new HandoverForm();
        var who = new ArrayList<String>();
        if (h != null) {
            f.setPlannedOn(DutchDates.show(h.plannedOn()));
            f.setLocation(h.plannedLocation());
            h.participants().forEach(p -> who.add(p.name()));
            f.setOtherParticipants(h.otherParticipants());
            f.setInterpreterLanguage(h.interpreterLanguage());
            f.setVersion(h.version());
        } else {
            who.add(WarmHandover.Participant.NEWCOMER.name());
            who.add(WarmHandover.Participant.COA.name());
            who.add(WarmHandover.Participant.CONSULTANT.name());
            if (d.interpreterNeeded()) {
                who.add(WarmHandover.Participant.INTERPRETER.name());
                f.setInterpreterLanguage(d.contactLanguage());
            }
            if (d.coaProfile() != null) {
                f.setLocation(d.coaProfile().azcLocation());
            }
        }
        f.setParticipants(who);
        return f;
    }

    private static HandoverForm reportDefaults(Dossier d, WarmHandover h) {
        HandoverForm f = planDefaults(d, h);
        f.setPlannedOn(null);
        f.setConversationLanguage(d.contactLanguage());
        return f;
    }
}
