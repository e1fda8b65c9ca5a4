package nl.regie.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLaw;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.DeadlineCode;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

/**
 * Establishes a PIP draft as a beschikking (Wi 2021 art. 15 lid 3): fixes the dagtekening, writes the decision
 * letter (PDF/A) into the archive, and for the first version moves the dossier to "PIP vastgesteld", which starts
 * the integration term the day after the dagtekening (Wi art. 11). All in one transaction: no letter without a
 * decision, no decision without a letter.
 */
@Service
public class EstablishingPlan {

    private final PlanStore store;
    private final DossierQueries dossiers;
    private final RecordingLifecycleStep steps;
    private final DossierTimeline timeline;
    private final DossierLaw law;
    private final PlanLetter letters;
    private final Clock clock;

    EstablishingPlan(PlanStore store, DossierQueries dossiers, RecordingLifecycleStep steps, DossierTimeline timeline,
                     DossierLaw law, PlanLetter letters, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.steps = steps;
        this.timeline = timeline;
        this.law = law;
        this.letters = letters;
        this.clock = clock;
    }

    @Transactional
    public IntegrationPlan establish(RegieUser user, UUID dossierId, long draftVersion, LocalDate datedOn) {
        DraftingPlan.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "PIP vaststellen", Channel.UI);
        List<IntegrationPlan> versions = store.versions(dossierId);
        IntegrationPlan draft = versions.stream().filter(IntegrationPlan::isDraft).findFirst()
                .orElseThrow(() -> new RegieProblem.Conflict("Geen concept", "Er is geen PIP-concept om vast te stellen."));
        IntegrationPlan previous = versions.stream().filter(v -> !v.isDraft()).findFirst().orElse(null);
        LocalDate today = LocalDate.now(clock);
        if (datedOn == null) {
            throw new RegieProblem.InvalidInput("datedOn", "De dagtekening is verplicht.");
        }
        if (datedOn.isAfter(today)) {
            throw new RegieProblem.InvalidInput("datedOn", "De dagtekening ligt in de toekomst; een besluit wordt gedagtekend op of voor vandaag.");
        }
        if (previous == null) {
            if (d.state() != DossierState.INTAKE_IN_PROGRESS) {
                throw new RegieProblem.Conflict("PIP niet mogelijk",
                        "Het eerste PIP wordt vastgesteld na de start van de brede intake; dit dossier staat op '" + d.state().dutch() + "'.");
            }
        } else {
            if (d.state() != DossierState.PLAN_ESTABLISHED && d.state() != DossierState.IN_ROUTE) {
                throw new RegieProblem.Conflict("Herziening niet mogelijk",
                        "Een PIP wordt herzien zolang het plan loopt; dit dossier staat op '" + d.state().dutch() + "'.");
            }
            if (datedOn.isBefore(previous.datedOn())) {
                throw new RegieProblem.InvalidInput("datedOn", "De dagtekening ligt vóór die van de vorige versie ("
                        + previous.datedOn() + ").");
            }
            checkRouteSwitch(d, previous.content().learningRoute(), draft.content().learningRoute(), datedOn);
        }
        if (!store.establish(draft.id(), draftVersion, datedOn, user.username(), clock.instant())) {
            throw new RegieProblem.Conflict("Concept intussen gewijzigd",
                    "Het PIP-concept is intussen gewijzigd of al vastgesteld. Er is niets vastgesteld; open het PIP opnieuw.");
        }
        if (previous == null) {
            // The first PIP's dagtekening starts the integration term (Wi art. 11 lid 1).
            steps.record(user, dossierId, d.version(), new DossierLifecycle.StepRequest(DossierState.PLAN_ESTABLISHED,
                    datedOn, null, null), "PIP versie " + draft.versionNo() + " vastgesteld als beschikking");
        }
        IntegrationPlan established = store.find(draft.id()).orElseThrow();
        Dossier after = dossiers.get(user, dossierId, "PIP-beschikking opmaken", Channel.UI);
        LocalDate firstDated = previous == null ? datedOn
                : versions.stream().filter(v -> !v.isDraft()).reduce((a, b) -> b).map(IntegrationPlan::datedOn).orElse(datedOn);
        byte[] pdf = letters.render(after, established, previous, firstDated, user);
        store.insertLetter(established.id(), pdf, clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.PLAN_ESTABLISHED, datedOn,
                "PIP versie " + established.versionNo() + " vastgesteld (" + established.content().learningRoute().dutch()
                        + "); beschikking gearchiveerd", established.revisionReason());
        return store.find(draft.id()).orElseThrow();
    }

    /**
     * Schakelen: another route only within the window after the start of the term; from the onderwijsroute to the
     * B1-route at any time (rules.md, Divosa Q&A leerroutes).
     */
    private void checkRouteSwitch(Dossier d, LearningRoute from, LearningRoute to, LocalDate datedOn) {
        if (from == to || (from == LearningRoute.EDUCATION && to == LearningRoute.B1)) {
            return;
        }
        LocalDate until = law.assess(d).deadlines().containsKey(DeadlineCode.ROUTE_SWITCH_UNTIL)
                ? law.assess(d).deadlines().get(DeadlineCode.ROUTE_SWITCH_UNTIL).date() : null;
        if (until != null && datedOn.isAfter(until)) {
            throw new RegieProblem.InvalidInput("learningRoute", "Schakelen van " + from.dutch() + " naar " + to.dutch()
                    + " kon tot en met " + until + " (anderhalf jaar na de start van de termijn); van de onderwijsroute "
                    + "naar de B1-route kan altijd.");
        }
    }

    /** Records the date on which the newcomer signed for receipt of the plan. */
    @Transactional
    public void acknowledge(RegieUser user, UUID dossierId, int versionNo, LocalDate on) {
        DraftingPlan.requireCaseworker(user);
        dossiers.get(user, dossierId, "PIP ondertekening vastleggen", Channel.UI);
        IntegrationPlan p = store.versions(dossierId).stream().filter(v -> v.versionNo() == versionNo && !v.isDraft())
                .findFirst().orElseThrow(() -> new RegieProblem.NotFound("Deze vastgestelde versie van het PIP bestaat niet."));
        if (on == null) {
            throw new RegieProblem.InvalidInput("acknowledgedOn", "Vul de datum van ondertekening in.");
        }
        if (on.isBefore(p.datedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new RegieProblem.InvalidInput("acknowledgedOn", "De ondertekening ligt tussen de dagtekening ("
                    + p.datedOn() + ") en vandaag.");
        }
        store.acknowledge(p.id(), on);
        timeline.append(user, dossierId, TimelineEvent.EventType.PLAN_ACKNOWLEDGED, on,
                "PIP versie " + versionNo + " ondertekend door de inburgeraar", null);
    }
}
