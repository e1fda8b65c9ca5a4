package nl.regie.completion;

import java.time.Clock;
import java.time.LocalDate;
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
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.identity.RegieUser;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Closes a completed dossier (after aftercare, or directly after completion when, say, the newcomer moved) with a
 * {@link nl.regie.dossier.ClosureReason}. The lifecycle step itself is the timeline entry: who, when, which reason,
 * and the explanation as its "why".
 */
@Service
public class ClosingDossier {

    private final DossierQueries dossiers;
    private final RecordingLifecycleStep steps;
    private final Clock clock;

    ClosingDossier(DossierQueries dossiers, RecordingLifecycleStep steps, Clock clock) {
        this.dossiers = dossiers;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional
    public void close(RegieUser user, UUID dossierId, long expectedVersion, ClosureInput in) {
        CompletionAccess.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Dossier sluiten na afronding", Channel.UI);
        if (d.state() == DossierState.CLOSED) {
            throw new RegieProblem.Conflict("Al gesloten", "Dit dossier is al gesloten op "
                    + DutchDates.show(d.dateOf(DossierState.CLOSED)) + ".");
        }
        if (d.state() != DossierState.COMPLETED && d.state() != DossierState.AFTERCARE) {
            throw new RegieProblem.Conflict("Sluiten hier niet mogelijk", "Hier sluit u een afgerond dossier; dit dossier staat op '"
                    + d.state().dutch() + "'. Een dossier in een eerdere fase sluit u via het overzicht.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.reason() == null) {
            problems.put("closureReason", "Kies een reden om het dossier te sluiten.");
        }
        if (in.closedOn() == null) {
            problems.put("closedOn", "Vul de datum van sluiten in.");
        } else if (in.closedOn().isAfter(LocalDate.now(clock))) {
            problems.put("closedOn", "De datum van sluiten ligt in de toekomst.");
        } else if (d.lastStepDate() != null && in.closedOn().isBefore(d.lastStepDate())) {
            problems.put("closedOn", "De datum van sluiten ligt vóór de laatste stap in het dossier ("
                    + DutchDates.show(d.lastStepDate()) + ").");
        }
        if (in.explanation() != null && in.explanation().length() > 1000) {
            problems.put("explanation", "De toelichting is maximaal 1000 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        try {
            steps.record(user, dossierId, expectedVersion,
                    new DossierLifecycle.StepRequest(DossierState.CLOSED, in.closedOn(), null, in.reason()), in.explanation());
        } catch (RegieProblem.InvalidInput e) {
            throw StepFields.onForm(e, Map.of("date", "closedOn", "reason", "explanation"));
        }
    }
}
