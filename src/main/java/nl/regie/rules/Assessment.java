package nl.regie.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer to "what does the law say for this person, and by when?".
 *
 * @param dutyStartsOn for a minor still of compulsory-school age: the day the duty will start; otherwise {@code null}
 */
public record Assessment(
        boolean integrationDuty,
        LocalDate dutyStartsOn,
        List<Exemption> exemptions,
        TargetGroup targetGroup,
        Set<Entitlement> entitlements,
        Set<LearningRoute> eligibleRoutes,
        Map<DeadlineCode, Deadline> deadlines,
        List<String> notes) {
}
