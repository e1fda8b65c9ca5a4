package nl.regie.progress.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.identity.RegieUser;
import nl.regie.progress.HeldMeeting;
import nl.regie.progress.LifeDomain;
import nl.regie.progress.MeetingSchedule;
import nl.regie.progress.MissedMeeting;
import nl.regie.progress.MissedReason;
import nl.regie.progress.ProgressMeetings;
import nl.regie.progress.ProgressView;
import nl.regie.progress.RecordingProgressMeeting;
import nl.regie.progress.RecordingSatisfaction;
import nl.regie.progress.SatisfactionSubject;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormInput;
import nl.regie.shared.FormSubmission;

/**
 * The voortgangsgesprekken of a dossier ({@code /dossiers/{id}/voortgang}): the schedule, planning on an agreed
 * date, recording a held meeting per life domain or a missed one, the newcomer's satisfaction scores; and a team
 * lead's list of missed meetings.
 */
@Controller
class ProgressController {

    private final ProgressMeetings meetings;
    private final RecordingProgressMeeting recording;
    private final RecordingSatisfaction satisfaction;
    private final Clock clock;

    ProgressController(ProgressMeetings meetings, RecordingProgressMeeting recording, RecordingSatisfaction satisfaction, Clock clock) {
        this.meetings = meetings;
        this.recording = recording;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/voortgang")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/dossiers/{id}/voortgang/plannen")
    String plan(RegieUser user, @PathVariable UUID id, @ModelAttribute("planForm") ProgressForms.PlanForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer number = ProgressForms.number(form.getNumber(), errors);
        LocalDate on = DutchDates.parse(form.getPlannedOn(), "plannedOn", errors);
        String done = submit(errors, model, response, () -> recording.plan(user, id, number, on, form.getNote()), () -> {
            redirect.addFlashAttribute("flash", "Gesprek " + number + " gepland op " + DutchDates.show(on) + ".");
            return "redirect:/dossiers/" + id + "/voortgang";
        });
        if (done != null) {
            return done;
        }
        model.addAttribute("planErrors", errors);
        return page(user, id, model);
    }

    @PostMapping("/dossiers/{id}/voortgang/gevoerd")
    String held(RegieUser user, @PathVariable UUID id, @ModelAttribute("heldForm") ProgressForms.HeldForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer number = ProgressForms.number(form.getNumber(), errors);
        LocalDate on = DutchDates.parse(form.getHeldOn(), "heldOn", errors);
        HeldMeeting h = new HeldMeeting(number, on, form.notes(), form.isPlanRevisionNeeded(), form.getPlanRevisionReason());
        String done = submit(errors, model, response, () -> recording.held(user, id, h), () -> {
            redirect.addFlashAttribute("flash", "Gesprek " + number + " vastgelegd als gevoerd."
                    + (form.isPlanRevisionNeeded() ? " Het PIP moet herzien worden: zie de melding hieronder." : ""));
            return "redirect:/dossiers/" + id + "/voortgang";
        });
        if (done != null) {
            return done;
        }
        model.addAttribute("heldErrors", errors);
        return page(user, id, model);
    }

    @PostMapping("/dossiers/{id}/voortgang/gemist")
    String missed(RegieUser user, @PathVariable UUID id, @ModelAttribute("missedForm") ProgressForms.MissedForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer number = ProgressForms.number(form.getNumber(), errors);
        LocalDate on = DutchDates.parse(form.getOn(), "on", errors);
        MissedReason reason = form.reason(errors);
        MissedMeeting m = new MissedMeeting(number, on, reason, form.valid(), form.getExplanation());
        String done = submit(errors, model, response, () -> recording.missed(user, id, m), () -> {
            redirect.addFlashAttribute("flash", "Gesprek " + number + " vastgelegd als gemist.");
            return "redirect:/dossiers/" + id + "/voortgang";
        });
        if (done != null) {
            return done;
        }
        model.addAttribute("missedErrors", errors);
        return page(user, id, model);
    }

    @PostMapping("/dossiers/{id}/voortgang/tevredenheid")
    String satisfaction(RegieUser user, @PathVariable UUID id, @ModelAttribute("satisfactionForm") ProgressForms.SatisfactionForm form,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        SatisfactionSubject subject = FormInput.choice(SatisfactionSubject.class, form.getSubject(), "subject",
                "Kies een onderwerp uit de lijst.", errors);
        Integer score = FormInput.wholeNumber(form.getScore(), "score", errors);
        LocalDate on = DutchDates.parse(form.getAnsweredOn(), "answeredOn", errors);
        String done = submit(errors, model, response, () -> satisfaction.record(user, id, subject, score, on), () -> {
            redirect.addFlashAttribute("flash", "Tevredenheid vastgelegd: " + subject.dutch() + ", cijfer " + score + ".");
            return "redirect:/dossiers/" + id + "/voortgang#kop-tevredenheid";
        });
        if (done != null) {
            return done;
        }
        model.addAttribute("satisfactionErrors", errors);
        return page(user, id, model);
    }

    @GetMapping("/signalen/voortgangsgesprekken")
    String missedOverview(RegieUser user, Model model) {
        model.addAttribute("overview", meetings.missed(user));
        return "progress/missed";
    }

    /** Runs a change when the form had no typing errors; on a refusal records the messages (400) or conflict (409). */
    private static String submit(Map<String, String> errors, Model model, HttpServletResponse response, Runnable change,
                                 java.util.function.Supplier<String> onSuccess) {
        return FormSubmission.succeeded(errors, model, response, change) ? onSuccess.get() : null;
    }

    private String page(RegieUser user, UUID id, Model model) {
        ProgressView v = meetings.view(user, id);
        model.addAttribute("v", v);
        model.addAttribute("d", v.dossier());
        String next = v.hasSchedule() ? v.schedule().next().map(m -> String.valueOf(m.number())).orElse(null) : null;
        if (!model.containsAttribute("planForm")) {
            ProgressForms.PlanForm f = new ProgressForms.PlanForm();
            f.setNumber(next);
            model.addAttribute("planForm", f);
        }
        if (!model.containsAttribute("heldForm")) {
            ProgressForms.HeldForm f = new ProgressForms.HeldForm();
            f.setNumber(next);
            f.setHeldOn(DutchDates.show(LocalDate.now(clock)));
            model.addAttribute("heldForm", f);
        }
        if (!model.containsAttribute("missedForm")) {
            ProgressForms.MissedForm f = new ProgressForms.MissedForm();
            f.setNumber(next);
            model.addAttribute("missedForm", f);
        }
        if (!model.containsAttribute("satisfactionForm")) {
            ProgressForms.SatisfactionForm f = new ProgressForms.SatisfactionForm();
            f.setAnsweredOn(DutchDates.show(LocalDate.now(clock)));
            model.addAttribute("satisfactionForm", f);
        }
        for (String e : new String[] {"planErrors", "heldErrors", "missedErrors", "satisfactionErrors"}) {
            if (!model.containsAttribute(e)) {
                model.addAttribute(e, Map.of());
            }
        }
        model.addAttribute("domains", Arrays.stream(LifeDomain.values()).filter(x -> v.healthVisible() || !x.specialCategory()).toList());
        model.addAttribute("reasons", MissedReason.values());
        model.addAttribute("subjects", SatisfactionSubject.values());
        model.addAttribute("statuses", MeetingSchedule.Status.values());
        model.addAttribute("isTeamLead", user.is(nl.regie.identity.Role.TEAM_LEAD));
        return "progress/meetings";
    }
}
