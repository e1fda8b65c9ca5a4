package nl.regie.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.LearningRouteRules;
import nl.regie.shared.RegieProblem;

/**
 * How the routes without an exam end: the Z-route with an eindgesprek with the municipality (Bi art. 3.14), the
 * onderwijsroute with the completed taalschakeltraject (Wi art. 8). Refused for a dossier on another route.
 */
@Service
public class RecordingRouteEnd {

    private final RouteContext context;
    private final RouteStore store;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingRouteEnd(RouteContext context, RouteStore store, DossierTimeline timeline, Clock clock) {
        this.context = context;
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public FinalInterview finalInterview(RegieUser user, UUID dossierId, LocalDate heldOn, FinalInterview.Outcome outcome,
                                         String summary) {
        RouteContext.Context c = context.change(user, dossierId, "Eindgesprek Z-route vastleggen");
        var allowed = LearningRouteRules.finalInterview(c.route());
        if (!allowed.allowed()) {
            throw new RegieProblem.Conflict("Niet in deze leerroute", allowed.reason() + " (" + allowed.article() + ")");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (heldOn == null) {
            problems.put("heldOn", "Vul de datum van het eindgesprek in.");
        } else if (heldOn.isAfter(LocalDate.now(clock))) {
            problems.put("heldOn", "Het eindgesprek ligt in de toekomst; leg het vast als het gehouden is.");
        }
        if (outcome == null) {
            problems.put("outcome", "Kies de uitkomst van het eindgesprek.");
        }
        if (summary == null || summary.isBlank()) {
            problems.put("summary", "Vat het eindgesprek samen: wat is bereikt in taal en participatie, en wat is afgesproken.");
        } else {
            RecordingHours.checkLength("summary", summary.trim(), 2000, problems);
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        store.insertFinalInterview(dossierId, heldOn, outcome, summary.trim(), user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.FINAL_INTERVIEW_HELD, heldOn,
                "Eindgesprek Z-route: " + outcome.dutch(), null);
        return store.finalInterviews(dossierId).get(0);
    }

    @Transactional
    public BridgingProgrammeCompletion bridgingProgramme(RegieUser user, UUID dossierId, LocalDate completedOn,
                                                         String institution, String note) {
        RouteContext.Context c = context.change(user, dossierId, "Taalschakeltraject vastleggen");
        var allowed = LearningRouteRules.bridgingProgramme(c.route());
        if (!allowed.allowed()) {
            throw new RegieProblem.Conflict("Niet in deze leerroute", allowed.reason() + " (" + allowed.article() + ")");
        }
        if (store.bridgingProgramme(dossierId).isPresent()) {
            throw new RegieProblem.Conflict("Al vastgelegd", "De afronding van het taalschakeltraject is al vastgelegd.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (completedOn == null) {
            problems.put("completedOn", "Vul de datum van afronding in.");
        } else if (completedOn.isAfter(LocalDate.now(clock))) {
            problems.put("completedOn", "De afronding ligt in de toekomst; leg die vast als het traject is afgerond.");
        }
        if (institution == null || institution.isBlank()) {
            problems.put("institution", "Vul de onderwijsinstelling in.");
        } else {
            RecordingHours.checkLength("institution", institution.trim(), 200, problems);
        }
        RecordingHours.checkLength("note", note, 1000, problems);
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        try {
            store.insertBridgingProgramme(dossierId, completedOn, institution.trim(), RecordingHours.blankToNull(note),
                    user.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RegieProblem.Conflict("Al vastgelegd", "De afronding van het taalschakeltraject is zojuist door een collega vastgelegd.");
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.BRIDGING_PROGRAMME_COMPLETED, completedOn,
                "Taalschakeltraject afgerond bij " + institution.trim(), RecordingHours.blankToNull(note));
        return store.bridgingProgramme(dossierId).orElseThrow();
    }
}
