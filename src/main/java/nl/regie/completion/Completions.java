package nl.regie.completion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.plan.IntegrationPlan;
import nl.regie.plan.Plans;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

/** Reading a dossier's completion, notice to DUO and aftercare; every read access-checked and logged. */
@Service
@Transactional(readOnly = true)
public class Completions {

    private final CompletionStore store;
    private final DossierQueries dossiers;
    private final Plans plans;
    private final AccessLog accessLog;
    private final Clock clock;

    Completions(CompletionStore store, DossierQueries dossiers, Plans plans, AccessLog accessLog, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.plans = plans;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * @param planRoute the route of the latest established PIP, read only while the completion can still be
     *                  registered (it prefills and checks the form); otherwise {@code null}
     */
    public record Overview(Dossier dossier, Optional<Completion> completion, Optional<StoredNotice> notice,
                           Optional<AftercareContact> aftercare, LearningRoute planRoute, LocalDate today) {

        public LocalDate completedOn() {
            return dossier.dateOf(DossierState.COMPLETED);
        }

        public LocalDate aftercarePlannedOn() {
            return AftercarePlan.plannedOn(completedOn());
        }

        /** The completion can be registered here: in the learning route, not completed yet. */
        public boolean awaitingCompletion() {
            return dossier.state() == DossierState.IN_ROUTE && completion.isEmpty();
        }

        /** Completed through the overview's generic step, so without outcome details and without a notice. */
        public boolean completedElsewhere() {
            return completion.isEmpty() && completedOn() != null;
        }

        public boolean awaitingAftercare() {
            return dossier.state() == DossierState.COMPLETED && aftercare.isEmpty();
        }

        /** The planned contact date has passed and no contact is recorded yet. */
        public boolean aftercareOverdue() {
            return awaitingAftercare() && aftercarePlannedOn() != null && aftercarePlannedOn().isBefore(today);
        }

        public boolean closable() {
            return dossier.state() == DossierState.COMPLETED || dossier.state() == DossierState.AFTERCARE;
        }
    }

    public Overview overview(RegieUser user, UUID dossierId) {
        CompletionAccess.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Afronding en nazorg inzien", Channel.UI);
        Optional<Completion> completion = store.completion(dossierId);
        LearningRoute route = null;
        if (d.state() == DossierState.IN_ROUTE && completion.isEmpty()) {
            route = plans.overview(user, dossierId).latestEstablished().map(IntegrationPlan::content)
                    .map(c -> c.learningRoute()).orElse(null);
        }
        return new Overview(d, completion, store.notice(dossierId), store.aftercare(dossierId), route, LocalDate.now(clock));
    }

    /**
     * The stored notice as a file. It holds the BSN: only the dossier's consultants and team leads get it, and every
     * download is written to the access log.
     */
    public NoticeDownload notice(RegieUser user, UUID dossierId, NoticeFormat format) {
        CompletionAccess.requireCaseworker(user);
        dossiers.get(user, dossierId, "Melding aan DUO downloaden", Channel.UI);
        StoredNotice n = store.notice(dossierId)
                .orElseThrow(() -> new RegieProblem.NotFound("Voor dit dossier is geen melding aan DUO opgesteld."));
        String body = store.noticeBody(n.id(), format).orElseThrow();
        accessLog.record(user, dossierId, AccessAction.DOWNLOAD_DUO_NOTICE,
                "Melding aan DUO (" + format.name() + ") " + n.noticeId(), Channel.UI);
        return new NoticeDownload("melding-duo-" + n.noticeId() + "." + format.extension(), format,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
