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
 * The suppression rule ({@link #suppress}, {@link Count}) is the one every aggregate in Regie uses, the monitoring
 * module's KPIs included.
 * Counts of one to four are suppressed ("minder dan 5"): in a small municipality a tiny group is recognisable;
 * see {@link #suppress} for why one more cell may be hidden.
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
        Map<DossierState, Long> raw = new EnumMap<>(DossierState.class);
        for (DossierState s : DossierState.values()) {
            raw.put(s, 0L);
        }
        jdbc.sql("SELECT state, COUNT(*) AS n FROM dossier WHERE municipality_code = ? GROUP BY state")
                .param(user.municipalityCode())
                .query((rs, i) -> raw.put(DossierState.valueOf(rs.getString("state")), rs.getLong("n")))
                .list();
        return suppress(raw);
    }

    /**
     * Primary suppression hides counts of 1–4. When that hides exactly one cell, the total would give it away
     * (total minus the shown cells), so the smallest other non-zero cell is hidden too (secondary suppression).
     */
    public static <K> Map<K, Count> suppress(Map<K, Long> raw) {
        Map<K, Count> out = new java.util.LinkedHashMap<>();
        raw.forEach((k, n) -> out.put(k, Count.of(n)));
        long hidden = out.values().stream().filter(Count::suppressed).count();
        if (hidden == 1) {
            raw.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !out.get(e.getKey()).suppressed())
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> out.put(e.getKey(), new Count(e.getValue(), true)));
        }
        return out;
    }

    /** A count as it may be shown. */
    public record Count(long value, boolean suppressed) {
        public static Count of(long n) {
            return new Count(n, n > 0 && n < SUPPRESS_BELOW);
        }

        public String shown() {
            return suppressed ? (value < SUPPRESS_BELOW ? "minder dan 5" : "afgeschermd") : String.valueOf(value);
        }
    }
}
