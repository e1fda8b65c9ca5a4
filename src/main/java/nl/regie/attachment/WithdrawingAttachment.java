package nl.regie.attachment;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Attachments are never changed or deleted, with one exception: whoever added one may withdraw it within the first
 * minutes ({@code regie.attachments.withdraw-minutes}, default 10) — for an upload into the wrong dossier or of the
 * wrong file, which would otherwise keep another person's data in this dossier (AVG art. 5 lid 1 sub c and d).
 * The content is deleted; the timeline keeps who withdrew what, when and why.
 */
@Service
public class WithdrawingAttachment {

    static final int MAX_REASON = 1000;

    private final AttachmentStore store;
    private final DossierQueries dossiers;
    private final DossierTimeline timeline;
    private final Clock clock;
    private final Duration window;

    WithdrawingAttachment(AttachmentStore store, DossierQueries dossiers, DossierTimeline timeline, Clock clock,
                          @Value("${regie.attachments.withdraw-minutes:10}") long withdrawMinutes) {
        this.store = store;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.clock = clock;
        this.window = Duration.ofMinutes(withdrawMinutes);
    }

    @Transactional
    public void withdraw(RegieUser user, UUID dossierId, long attachmentId, String reason) {
        AttachmentRules.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Bijlage intrekken", Channel.UI);
        store.lockDossier(dossierId);
        Attachment a = store.find(dossierId, attachmentId).filter(x -> AttachmentRules.visible(user, d, x))
                .orElseThrow(AttachmentRules::notFound);
        if (!a.uploadedBy().equals(user.username())) {
            throw new RegieProblem.Forbidden("Alleen wie een bijlage heeft toegevoegd, kan haar intrekken.");
        }
        if (!clock.instant().isBefore(a.uploadedAt().plus(window))) {
            throw new RegieProblem.Conflict("Intrekken niet meer mogelijk", "Een bijlage kan alleen in de eerste "
                    + window.toMinutes() + " minuten na het toevoegen worden ingetrokken; daarna hoort zij bij het dossier.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RegieProblem.InvalidInput("withdrawReason", "Geef de reden, bijvoorbeeld 'verkeerd dossier' of 'verkeerd bestand'.");
        }
        if (reason.trim().length() > MAX_REASON) {
            throw new RegieProblem.InvalidInput("withdrawReason", "Maximaal " + MAX_REASON + " tekens (nu " + reason.trim().length() + ").");
        }
        store.delete(a.id());
        String what = a.category().special() ? a.category().dutch().toLowerCase()
                : a.category().dutch().toLowerCase() + " — " + a.description();
        timeline.append(user, dossierId, EventType.ATTACHMENT_WITHDRAWN, null,
                AddingAttachment.fit("Bijlage ingetrokken door wie haar toevoegde: " + what), reason.trim());
    }
}
