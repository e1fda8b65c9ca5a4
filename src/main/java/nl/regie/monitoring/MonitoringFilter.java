package nl.regie.monitoring;

import java.time.LocalDate;

import nl.regie.rules.LearningRoute;
import nl.regie.rules.TargetGroup;

/**
 * What the dashboard shows: the cohort period, the peildatum (only what happened on or before it counts, so a
 * report for a past date can be reproduced), whose dossiers, and optionally one target group or learning route
 * ({@code null} for all).
 */
public record MonitoringFilter(Period period, LocalDate peildatum, Scope scope, TargetGroup targetGroup, LearningRoute route) {

    public String describe() {
        return "cohort " + period.dutch() + ", peildatum " + peildatum + ", " + scope.dutch()
                + (targetGroup == null ? "" : ", " + targetGroup.dutch()) + (route == null ? "" : ", " + route.dutch());
    }
}
