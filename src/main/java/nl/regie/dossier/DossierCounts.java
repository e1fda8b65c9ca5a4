package nl.regie.dossier;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.shared.RegieProblem;

/**
 * Aggregates of the user's own municipality, for the policy officer (who never sees persons) and the team lead.
 * Counts of one to four are suppressed ("minder dan 5"): in a small municipality a tiny group is recognisable.
 */
@Service
public class DossierCounts {

    /** Below this a count is shown as "&lt; 5" (small-cell suppression, CBS practice). */
    public static final int SUPPRESS_BELOW = 5;

    private final JdbcClient jdbc;

    DossierCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<DossierState, Count> byState(RegieUser user) {
        if (!user.is(Role.POLICY_OFFICER) && !user.is(Role.TEAM_LEAD)) {
            throw new RegieProblem.Forbidden("Cijfers zijn er voor beleidsmedewerkers en teamleiders.");
        }
        Map<DossierState, Count> counts = new EnumMap<>(DossierState.class);
        for (DossierState s : DossierState.values()) {
            counts.put(s, Count.of(0));
        }
        jdbc.sql("SELECT state, COUNT(*) AS n FROM dossier WHERE municipality_code = ? GROUP BY state")
                .param(user.municipalityCode())
                .query((rs, i) -> counts.put(DossierState.valueOf(rs.getString("state")), Count.of(rs.getLong("n"))))
                .list();
        return counts;
    }

    /** A count as it may be shown. */
    public record Count(long value, boolean suppressed) {
        static Count of(long n) {
            return new Count(n, n > 0 && n < SUPPRESS_BELOW);
        }

        public String shown() {
            return suppressed ? "minder dan 5" : String.valueOf(value);
        }
    }
}
