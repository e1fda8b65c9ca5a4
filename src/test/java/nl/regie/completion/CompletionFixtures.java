package nl.regie.completion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.regie.TestData;
import nl.regie.dossier.DossierLifecycle.StepRequest;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.identity.RegieUser;
import nl.regie.plan.DraftingPlan;
import nl.regie.plan.EstablishingPlan;
import nl.regie.plan.PlanContent;
import nl.regie.rules.LearningRoute;

/**
 * Dossiers in the learning route, reached through the services as a consultant would: linking, housing, BRP
 * registration, brede intake, a PIP established as a decision (plan module), start of the route.
 */
@Component
public class CompletionFixtures {

    private final TestData data;
    private final RecordingLifecycleStep steps;
    private final DraftingPlan drafting;
    private final EstablishingPlan establishing;
    private final JdbcClient jdbc;

    CompletionFixtures(TestData data, RecordingLifecycleStep steps, DraftingPlan drafting, EstablishingPlan establishing,
                       JdbcClient jdbc) {
        this.data = data;
        this.steps = steps;
        this.drafting = drafting;
        this.establishing = establishing;
        this.jdbc = jdbc;
    }

    public RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    /**
     * A Wassenaar dossier in the learning route.
     *
     * @param pipDatedOn the dagtekening of the first PIP; BRP registration 70 days before it, route start 10 days after
     */
    public UUID inRoute(LearningRoute route, LocalDate pipDatedOn) {
        UUID id = inIntake(pipDatedOn.minusDays(70));
        drafting.save(consultant(), id, plan(route), null, null);
        establishing.establish(consultant(), id, 0, pipDatedOn);
        steps.record(consultant(), id, version(id), new StepRequest(DossierState.IN_ROUTE, pipDatedOn.plusDays(10), null, null),
                "Start " + route.dutch());
        return id;
    }

    /** In the learning route without a PIP in Regie (established elsewhere, recorded as a step only). */
    public UUID inRouteWithoutPlan(LocalDate planDatedOn) {
        UUID id = inIntake(planDatedOn.minusDays(70));
        steps.record(consultant(), id, version(id), new StepRequest(DossierState.PLAN_ESTABLISHED, planDatedOn, null, null), null);
        steps.record(consultant(), id, version(id), new StepRequest(DossierState.IN_ROUTE, planDatedOn.plusDays(10), null, null), null);
        return id;
    }

    private UUID inIntake(LocalDate brp) {
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(40));
        long v = steps.record(consultant(), id, 0, new StepRequest(DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = steps.record(consultant(), id, v, new StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        steps.record(consultant(), id, v, new StepRequest(DossierState.INTAKE_IN_PROGRESS, brp.plusDays(7), null, null), null);
        return id;
    }

    public long version(UUID id) {
        return jdbc.sql("SELECT version FROM dossier WHERE id = ?").param(id).query(Long.class).single();
    }

    static PlanContent plan(LearningRoute route) {
        return new PlanContent(route, "Leerbaarheidstoets, brede intake en eigen voorkeur wijzen op deze route.",
                "Taalschool De Brug", "KNM-lessen in het eerste halfjaar",
                route == LearningRoute.EDUCATION ? null : "MAP met 40 praktijkuren", "PVT met excursie",
                "Vrijwilligerswerk 8 uur per week", null, null, null, 8, Set.of());
    }

    /** All five parts of a passed exam: language parts at B1 except writing at A2 (afschalen), and KNM. */
    public static List<ExamPartResult> allParts() {
        return List.of(new ExamPartResult(ExamPart.READING, ExamLevel.B1), new ExamPartResult(ExamPart.LISTENING, ExamLevel.B1),
                new ExamPartResult(ExamPart.WRITING, ExamLevel.A2), new ExamPartResult(ExamPart.SPEAKING, ExamLevel.B1),
                new ExamPartResult(ExamPart.KNM, null));
    }
}
