package nl.regie.completion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import nl.regie.municipality.Municipalities;
import nl.regie.municipality.Municipality;
import nl.regie.plan.IntegrationPlan;
import nl.regie.plan.Plans;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Registers how a dossier's integration duty ended, in one transaction: the outcome with its per-part results,
 * the lifecycle step to "Afgerond", the notice to DUO in JSON and XML (checked against its XSD), and the timeline.
 * Either all of it is written or nothing. A dossier is completed once: a second completion is refused.
 */
@Service
public class RegisteringCompletion {

    private final CompletionStore store;
    private final DossierQueries dossiers;
    private final Plans plans;
    private final RecordingLifecycleStep steps;
    private final DossierTimeline timeline;
    private final Municipalities municipalities;
    private final DuoNoticeFormats formats;
    private final Clock clock;

    RegisteringCompletion(CompletionStore store, DossierQueries dossiers, Plans plans, RecordingLifecycleStep steps,
                          DossierTimeline timeline, Municipalities municipalities, DuoNoticeFormats formats, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.plans = plans;
        this.steps = steps;
        this.timeline = timeline;
        this.municipalities = municipalities;
        this.formats = formats;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the dossier version the consultant saw (optimistic locking, as for every step)
     */
    @Transactional
    public Completion register(RegieUser user, UUID dossierId, long expectedVersion, CompletionInput entered) {
        CompletionAccess.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Afronding vastleggen", Channel.UI);
        store.completion(dossierId).ifPresent(c -> {
            throw new RegieProblem.Conflict("Al afgerond", "Dit dossier is al afgerond op " + DutchDates.show(c.completedOn())
                    + " (" + c.outcome().dutch() + "); een tweede afronding is niet mogelijk.");
        });
        if (d.state() != DossierState.IN_ROUTE) {
            throw new RegieProblem.Conflict("Afronden niet mogelijk", d.dateOf(DossierState.COMPLETED) != null
                    ? "Dit dossier is al afgerond op " + DutchDates.show(d.dateOf(DossierState.COMPLETED))
                    + "; een tweede afronding is niet mogelijk."
                    : "Afronden kan als het dossier in de leerroute is; dit dossier staat op '" + d.state().dutch() + "'.");
        }
        LearningRoute planRoute = plans.overview(user, dossierId).latestEstablished()
                .map(IntegrationPlan::content).map(c -> c.learningRoute()).orElse(null);
        CompletionInput in = entered.relevant();
        LocalDate today = LocalDate.now(clock);
        LocalDate firstPlan = d.dateOf(DossierState.PLAN_ESTABLISHED);
        Map<String, String> problems = CompletionCheck.problems(in,
                new CompletionCheck.Context(today, firstPlan, d.lastStepDate(), planRoute));
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        LearningRoute route = planRoute != null ? planRoute : in.learningRoute();

        try {
            steps.record(user, dossierId, expectedVersion,
                    new DossierLifecycle.StepRequest(DossierState.COMPLETED, in.completedOn(), in.outcome(), null), in.remarks());
        } catch (RegieProblem.InvalidInput e) {
            throw StepFields.onForm(e, Map.of("date", "completedOn", "completionType", "outcome", "reason", "remarks"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long completionId = store.insertCompletion(dossierId, in, route, user.username(), now);
        Completion c = store.completion(dossierId).orElseThrow();

        Municipality m = municipalities.find(d.municipalityCode()).orElseThrow();
        DuoNotice notice = new DuoNotice(DuoNotice.SCHEMA_VERSION, UUID.randomUUID(), now,
                new DuoNotice.Sender(m.code(), m.name(), user.displayName()), new DuoNotice.Newcomer(d.bsn().value()),
                dossierId, route, firstPlan,
                new DuoNotice.Result(c.outcome(), c.completedOn(), c.examParts(), c.finalInterviewOn(), c.programmeProvider(),
                        c.duoDecisionOn() == null ? null : new DuoNotice.DuoDecision(c.duoDecisionOn(), c.duoReference())));
        String json = formats.json(notice);
        String xml = formats.xml(notice);
        formats.requireValid(xml);
        store.insertNotice(notice, completionId, json, xml, user.username());

        // The remarks are the step's "why" already; this event carries the details of the outcome.
        timeline.append(user, dossierId, TimelineEvent.EventType.COMPLETION_REGISTERED, c.completedOn(),
                "Afronding vastgelegd: " + describe(c), null);
        timeline.append(user, dossierId, TimelineEvent.EventType.DUO_NOTICE_PREPARED, today,
                "Melding aan DUO opgesteld (JSON en XML): " + NoticeStatus.READY_TO_SEND.dutch().toLowerCase(), null);
        return c;
    }

    /** One line for the timeline: the outcome and what belongs to it. */
    static String describe(Completion c) {
        StringBuilder s = new StringBuilder(c.outcome().dutch()).append(" op ").append(DutchDates.show(c.completedOn()));
        if (!c.examParts().isEmpty()) {
            s.append("; onderdelen: ").append(c.examSummary());
        }
        if (c.finalInterviewOn() != null) {
            s.append("; eindgesprek ").append(DutchDates.show(c.finalInterviewOn()));
        }
        if (c.programmeProvider() != null) {
            s.append("; bij ").append(c.programmeProvider());
        }
        if (c.duoReference() != null) {
            s.append("; besluit DUO ").append(DutchDates.show(c.duoDecisionOn())).append(", kenmerk ").append(c.duoReference());
        }
        String line = s.toString();
        return line.length() > 500 ? line.substring(0, 497) + "…" : line;
    }
}
