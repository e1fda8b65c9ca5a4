package nl.regie.completion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Records the aftercare contact (nazorg, seed 003) and moves the dossier from "Afgerond" to "Nazorg". The step
 * makes the dossier's deadlines and signals be recomputed, and the "Nazorgcontact" signal exists only in
 * "Afgerond" ({@code SignalRules}), so recording the contact resolves it.
 */
@Service
public class RecordingAftercare {

    static final int MAX_REMARKS = 2000;

    private final CompletionStore store;
    private final DossierQueries dossiers;
    private final RecordingLifecycleStep steps;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingAftercare(CompletionStore store, DossierQueries dossiers, RecordingLifecycleStep steps, DossierTimeline timeline,
                       Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.steps = steps;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public AftercareContact record(RegieUser user, UUID dossierId, long expectedVersion, AftercareInput in) {
        CompletionAccess.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Nazorgcontact vastleggen", Channel.UI);
        store.aftercare(dossierId).ifPresent(a -> {
            throw new RegieProblem.Conflict("Nazorg al vastgelegd", "Het nazorgcontact is al vastgelegd op "
                    + DutchDates.show(a.contactedOn()) + ".");
        });
        if (d.state() != DossierState.COMPLETED) {
            throw new RegieProblem.Conflict("Nazorg niet mogelijk",
                    "Nazorg volgt op de afronding; dit dossier staat op '" + d.state().dutch() + "'.");
        }
        LocalDate completed = d.dateOf(DossierState.COMPLETED);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.contactedOn() == null) {
            problems.put("contactedOn", "Vul de datum van het nazorgcontact in.");
        } else if (in.contactedOn().isAfter(today)) {
            problems.put("contactedOn", "De datum van het nazorgcontact ligt in de toekomst; leg het contact vast als het heeft plaatsgevonden.");
        } else if (completed != null && in.contactedOn().isBefore(completed)) {
            problems.put("contactedOn", "Het nazorgcontact ligt vóór de afronding (" + DutchDates.show(completed) + ").");
        }
        if (in.outcome() == null) {
            problems.put("participation", "Kies hoe de inburgeraar nu meedoet: werk, opleiding, vrijwilligerswerk of nog geen participatie.");
        }
        if (in.remarks() != null && in.remarks().length() > MAX_REMARKS) {
            problems.put("aftercareRemarks", "De opmerkingen zijn maximaal " + MAX_REMARKS + " tekens.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        try {
            steps.record(user, dossierId, expectedVersion, new DossierLifecycle.StepRequest(DossierState.AFTERCARE,
                    in.contactedOn(), null, null), "Nazorgcontact: " + in.outcome().dutch().toLowerCase());
        } catch (RegieProblem.InvalidInput e) {
            throw StepFields.onForm(e, Map.of("date", "contactedOn"));
        }
        LocalDate planned = AftercarePlan.plannedOn(completed);
        store.insertAftercare(dossierId, planned, in, user.username(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        timeline.append(user, dossierId, TimelineEvent.EventType.AFTERCARE_CONTACT_RECORDED, in.contactedOn(),
                "Nazorgcontact (gepland " + DutchDates.show(planned) + "): " + in.outcome().dutch(), in.remarks());
        return store.aftercare(dossierId).orElseThrow();
    }
}
