package nl.regie.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** Records that a newcomer reached the next step of the chain, refusing steps the lifecycle does not allow. */
@Service
public class RecordingLifecycleStep {

    private final DossierStore store;
    private final DossierLaw law;
    private final Clock clock;

    RecordingLifecycleStep(DossierStore store, DossierLaw law, Clock clock) {
        this.store = store;
        this.law = law;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the user saw; if someone else changed the dossier since, nothing is
     *                        written and the user is told to reload (no lost update)
     * @return the dossier's new version
     */
    @Transactional
    public long record(RegieUser user, UUID id, long expectedVersion, DossierLifecycle.StepRequest step, String reason) {
        return record(user, id, expectedVersion, step, reason, false);
    }

    /**
     * A step from the generic step form or the API: as {@link #record}, but a step that has its own screen
     * ({@link DossierLifecycle#ownScreen}) is refused with a pointer to that screen, so that a PIP is never marked
     * established without its decision letter and a completion never without its notice to DUO.
     */
    @Transactional
    public long recordGeneric(RegieUser user, UUID id, long expectedVersion, DossierLifecycle.StepRequest step, String reason) {
        return record(user, id, expectedVersion, step, reason, true);
    }

    private long record(RegieUser user, UUID id, long expectedVersion, DossierLifecycle.StepRequest step, String reason,
                        boolean generic) {
        DossierAccessPolicy.requireDossierRole(user);
        Dossier d = store.find(id).filter(x -> DossierAccessPolicy.canRead(user, x.municipalityCode()))
                .orElseThrow(DossierAccessPolicy::notFound);
        if (!DossierAccessPolicy.canChange(user, d.municipalityCode())) {
            throw new RegieProblem.Forbidden("U kunt dit dossier inzien maar niet wijzigen.");
        }
        if (reason != null && reason.length() > 1000) {
            throw new RegieProblem.InvalidInput("reason", "Toelichting is maximaal 1000 tekens.");
        }
        if (step.target() == null) {
            throw new RegieProblem.InvalidInput("state", "Kies de stap die u wilt vastleggen.");
        }
        if (d.version() != expectedVersion) {
            throw conflict(d.id(), d.version());
        }
        DossierLifecycle.Decision decision = DossierLifecycle.decide(d.state(), step, d.lastStepDate(), LocalDate.now(clock));
        if (!decision.allowed()) {
            if ("state".equals(decision.field())) {
                throw new RegieProblem.Conflict("Stap niet toegestaan", decision.reason());
            }
            throw new RegieProblem.InvalidInput(decision.field(), decision.reason());
        }
        if (generic && DossierLifecycle.ownScreen(step.target()) != null) {
            throw new RegieProblem.InvalidInput("state", DossierLifecycle.ownScreen(step.target()));
        }
        Instant now = clock.instant();
        boolean written;
        try {
            written = store.updateState(id, expectedVersion, step.target(), step.date(), step.completionType(),
                    step.closureReason(), now);
        } catch (ConcurrencyFailureException e) {
            // The database refused because another transaction holds the row: the same situation as a stale version.
            throw new RegieProblem.Conflict("Dossier intussen gewijzigd", "Dit dossier is intussen gewijzigd door een collega. "
                    + "Uw wijziging is niet opgeslagen; open het dossier opnieuw en leg de stap zo nodig nogmaals vast.");
        }
        if (!written) {
            throw conflict(id, -1);
        }
        String detail = step.completionType() != null ? " — " + step.completionType().dutch()
                : step.closureReason() != null ? " — " + step.closureReason().dutch() : "";
        store.appendEvents(List.of(new DossierStore.NewEvent(id, now, user.username(),
                TimelineEvent.EventType.STEP_RECORDED, step.date(),
                d.state().dutch() + " → " + step.target().dutch() + detail, blankToNull(reason))));
        // Deadlines start (BRP registration, first PIP, exam) and signals clear with the step that meets them.
        law.refresh(id);
        return expectedVersion + 1;
    }

    private RegieProblem.Conflict conflict(UUID id, long knownVersion) {
        String who = store.lastEvent(id).map(e -> e.actor()).orElse("een collega");
        return new RegieProblem.Conflict("Dossier intussen gewijzigd",
                "Dit dossier is intussen gewijzigd door " + who + ". Uw wijziging is niet opgeslagen; "
                        + "open het dossier opnieuw en leg de stap zo nodig nogmaals vast.");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
