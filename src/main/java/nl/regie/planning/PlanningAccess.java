package nl.regie.planning;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.shared.RegieProblem;

/**
 * Who plans: the policy officer and the team lead, each for their own municipality only (the municipality always
 * comes from the account, never from the request). Consultants and chain partners have no part in it: the
 * planning is management information about budgets and capacity, not casework.
 */
final class PlanningAccess {

    private PlanningAccess() {
    }

    static String municipalityOf(RegieUser user) {
        if ((!user.is(Role.POLICY_OFFICER) && !user.is(Role.TEAM_LEAD)) || user.municipalityCode() == null) {
            throw new RegieProblem.Forbidden("De planning is er voor beleidsmedewerkers en teamleiders van de gemeente.");
        }
        return user.municipalityCode();
    }
}
