package nl.regie.plan;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** Drafts a PIP version: the first after the brede intake, a revision while the plan runs. One open draft per dossier. */
@Service
public class DraftingPlan {

    private final PlanStore store;
    private final DossierQueries dossiers;
    private final DossierTimeline timeline;
    private final Clock clock;

    DraftingPlan(PlanStore store, DossierQueries dossiers, DossierTimeline timeline, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Saves the dossier's draft (creating it when there is none).
     *
     * @param expectedVersion the draft version the user edited, or {@code null} for a new draft
     * @return the draft's id
     */
    @Transactional
    public long save(RegieUser user, UUID dossierId, PlanContent content, String revisionReason, Long expectedVersion) {
        requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "PIP opstellen", Channel.UI);
        if (d.state() != DossierState.INTAKE_IN_PROGRESS && d.state() != DossierState.PLAN_ESTABLISHED
                && d.state() != DossierState.IN_ROUTE) {
            throw new RegieProblem.Conflict("PIP niet mogelijk", "Een PIP wordt opgesteld na de start van de brede intake "
                    + "en herzien zolang het plan loopt; dit dossier staat op '" + d.state().dutch() + "'.");
        }
        List<IntegrationPlan> versions = store.versions(dossierId);
        boolean revision = versions.stream().anyMatch(v -> !v.isDraft());
        Map<String, String> problems = new LinkedHashMap<>(PlanCheck.problems(content));
        if (revision && (revisionReason == null || revisionReason.isBlank())) {
            problems.put("revisionReason", "Geef de reden van de herziening (bijvoorbeeld een voortgangsgesprek of schakelen van route).");
        }
        if (revisionReason != null && revisionReason.length() > 1000) {
            problems.put("revisionReason", "Maximaal 1000 tekens (nu " + revisionReason.length() + ").");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        String reason = revisionReason == null || revisionReason.isBlank() ? null : revisionReason.trim();
        var draft = versions.stream().filter(IntegrationPlan::isDraft).findFirst();
        if (draft.isPresent()) {
            if (expectedVersion == null || !store.updateDraft(draft.get().id(), expectedVersion, content, reason)) {
                throw new RegieProblem.Conflict("Concept intussen gewijzigd",
                        "Het PIP-concept is intussen door een collega gewijzigd. Uw wijziging is niet opgeslagen; open het concept opnieuw.");
            }
            return draft.get().id();
        }
        int next = versions.stream().mapToInt(IntegrationPlan::versionNo).max().orElse(0) + 1;
        long id = store.insertDraft(dossierId, next, content, reason, user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.PLAN_DRAFTED, null,
                "PIP versie " + next + " in concept (" + content.learningRoute().dutch() + ")", reason);
        return id;
    }

    static void requireCaseworker(RegieUser user) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders stellen een PIP op.");
        }
    }
}
