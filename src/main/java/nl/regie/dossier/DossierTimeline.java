package nl.regie.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;

/**
 * Lets other modules put what they change about a dossier on its timeline (who, when, what, why), so the
 * timeline stays the one account of everything that happened. The caller has checked access already.
 */
@Service
public class DossierTimeline {

    private final DossierStore store;
    private final Clock clock;

    DossierTimeline(DossierStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public void append(RegieUser user, UUID dossierId, TimelineEvent.EventType type, LocalDate eventDate, String summary,
                       String reason) {
        store.appendEvents(List.of(new DossierStore.NewEvent(dossierId, clock.instant(), user.username(), type, eventDate,
                summary, RecordingLifecycleStep.blankToNull(reason))));
    }
}
