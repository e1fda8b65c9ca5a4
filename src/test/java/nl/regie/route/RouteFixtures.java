package nl.regie.route;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.regie.TestData;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.identity.RegieUser;
import nl.regie.plan.DraftingPlan;
import nl.regie.plan.EstablishingPlan;
import nl.regie.plan.PlanContent;
import nl.regie.rules.LearningRoute;

/** Wassenaar dossiers with an established PIP on a given route, made through the services as a consultant would. */
@Component
public class RouteFixtures {

    private final TestData data;
    private final RecordingLifecycleStep steps;
    private final DraftingPlan drafting;
    private final EstablishingPlan establishing;

    RouteFixtures(TestData data, RecordingLifecycleStep steps, DraftingPlan drafting, EstablishingPlan establishing) {
        this.data = data;
        this.steps = steps;
        this.drafting = drafting;
        this.establishing = establishing;
    }

    /** An asylum permit holder in brede intake: BRP registration {@code brpDaysAgo} days ago. */
    public UUID inIntake(int brpDaysAgo) {
        RegieUser c = data.user(TestData.CONSULTANT_WASSENAAR);
        LocalDate brp = LocalDate.now().minusDays(brpDaysAgo);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(40));
        long v = steps.record(c, id, 0, new DossierLifecycle.StepRequest(DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, brp.plusDays(7), null, null), null);
        return id;
    }

    /** A dossier whose first PIP, on {@code route}, was dated {@code planDaysAgo} days ago. */
    public UUID onRoute(LearningRoute route, int planDaysAgo) {
        UUID id = inIntake(planDaysAgo + 30);
        RegieUser c = data.user(TestData.CONSULTANT_WASSENAAR);
        drafting.save(c, id, plan(route), null, null);
        establishing.establish(c, id, 0, LocalDate.now().minusDays(planDaysAgo));
        return id;
    }

    public static PlanContent plan(LearningRoute route) {
        return new PlanContent(route, "Leerbaarheidstoets en brede intake; eigen voorkeur.", "Taalschool De Brug",
                "KNM in de eerste zes maanden", route == LearningRoute.EDUCATION ? null : "MAP bij een zorginstelling",
                "PVT met excursie", "Vrijwilligerswerk", null, null, null, 8, Set.of());
    }
}
