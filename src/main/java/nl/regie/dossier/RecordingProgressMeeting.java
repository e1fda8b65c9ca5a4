package nl.regie.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** Records a voortgangsgesprek held under the PIP; clears the "no progress meeting" signal. */
@Service
public class RecordingProgressMeeting {

    private final DossierStore store;
    private final DossierLaw law;
    private final Clock clock;

    RecordingProgressMeeting(DossierStore store, DossierLaw law, Clock clock) {
        this.store = store;
        this.law = law;
        this.clock = clock;
    }

    @Transactional
    public void record(RegieUser user, UUID id, LocalDate heldOn, String summary) {
        DossierAccessPolicy.requireDossierRole(user);
        Dossier d = store.find(id).filter(x -> DossierAccessPolicy.canRead(user, x.municipalityCode()))
                .orElseThrow(DossierAccessPolicy::notFound);
        if (!DossierAccessPolicy.canChange(user, d.municipalityCode())) {
            throw new RegieProblem.Forbidden("U kunt dit dossier inzien maar niet wijzigen.");
        }
        if (d.state() != DossierState.PLAN_ESTABLISHED && d.state() != DossierState.IN_ROUTE) {
            throw new RegieProblem.Conflict("Gesprek niet mogelijk",
                    "Voortgangsgesprekken horen bij een vastgesteld PIP; dit dossier staat op '" + d.state().dutch() + "'.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate plan = d.dateOf(DossierState.PLAN_ESTABLISHED);
        if (heldOn == null) {
            problems.put("heldOn", "Datum van het gesprek is verplicht.");
        } else if (heldOn.isAfter(LocalDate.now(clock))) {
            problems.put("heldOn", "De datum ligt in de toekomst; leg een gesprek vast als het is gevoerd.");
        } else if (plan != null && heldOn.isBefore(plan)) {
            problems.put("heldOn", "Het gesprek ligt vóór de vaststelling van het PIP (" + Dates.dutch(plan) + ").");
        }
        if (summary == null || summary.isBlank()) {
            problems.put("summary", "Vat het gesprek kort samen.");
        } else if (summary.length() > 2000) {
            problems.put("summary", "Maximaal 2000 tekens (nu " + summary.length() + ").");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        store.insertProgressMeetings(List.of(new DossierStore.NewMeeting(id, heldOn, summary.trim(), user.username(), clock.instant())));
        store.appendEvents(List.of(new DossierStore.NewEvent(id, clock.instant(), user.username(),
                TimelineEvent.EventType.PROGRESS_MEETING_HELD, heldOn, "Voortgangsgesprek gevoerd", summary.trim())));
        law.refresh(id);
    }
}
