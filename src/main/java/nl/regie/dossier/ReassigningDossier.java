package nl.regie.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.shared.RegieProblem;

/** A team lead moves a dossier to another consultant (caseload balancing, absence). */
@Service
public class ReassigningDossier {

    private final DossierStore store;
    private final Users users;
    private final Clock clock;

    ReassigningDossier(DossierStore store, Users users, Clock clock) {
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public long reassign(RegieUser user, UUID id, long expectedVersion, String consultantUsername, String reason) {
        DossierAccessPolicy.requireDossierRole(user);
        Dossier d = store.find(id).filter(x -> DossierAccessPolicy.canRead(user, x.municipalityCode()))
                .orElseThrow(DossierAccessPolicy::notFound);
        if (user.role() != Role.TEAM_LEAD) {
            throw new RegieProblem.Forbidden("Alleen een teamleider kan dossiers toewijzen.");
        }
        RegieUser target = users.caseworkers(d.municipalityCode()).stream()
                .filter(u -> u.username().equals(consultantUsername)).findFirst()
                .orElseThrow(() -> new RegieProblem.InvalidInput("consultantUsername",
                        "Kies een actieve consulent van deze gemeente."));
        if (target.username().equals(d.consultantUsername())) {
            throw new RegieProblem.InvalidInput("consultantUsername", "Dit dossier is al toegewezen aan " + target.displayName() + ".");
        }
        Instant now = clock.instant();
        if (d.version() != expectedVersion || !store.updateConsultant(id, expectedVersion, target.username(), now)) {
            throw new RegieProblem.Conflict("Dossier intussen gewijzigd",
                    "Dit dossier is intussen gewijzigd. Uw wijziging is niet opgeslagen; open het dossier opnieuw.");
        }
        store.appendEvents(List.of(new DossierStore.NewEvent(id, now, user.username(),
                TimelineEvent.EventType.CONSULTANT_ASSIGNED, null,
                "Consulent: " + (d.consultantUsername() == null ? "(geen)" : d.consultantUsername()) + " → " + target.username(),
                RecordingLifecycleStep.blankToNull(reason))));
        return expectedVersion + 1;
    }
}
