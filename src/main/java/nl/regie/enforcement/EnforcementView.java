package nl.regie.enforcement;

import java.time.LocalDate;
import java.util.List;

import nl.regie.dossier.Dossier;

/**
 * A dossier's handhaving page.
 *
 * @param policy     the fine policy in force today ({@code null} when the municipality has none)
 * @param candidates missed progress meetings without a valid reason that have no breach recorded yet
 * @param canRecord  whether the reader may record and decide (consultants and team leads)
 * @param isTeamLead whether the reader may review fines (never their own decision)
 */
public record EnforcementView(Dossier dossier, FinePolicyVersion policy, List<BreachView> breaches,
                              List<MeetingCandidate> candidates, List<DuoDecision> duoDecisions, boolean canRecord,
                              boolean isTeamLead, String username, LocalDate today) {
}
