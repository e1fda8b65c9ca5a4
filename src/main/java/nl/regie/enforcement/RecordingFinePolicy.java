package nl.regie.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.rules.EnforcementRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * A new version of the municipality's fine policy (its verordening or beleidsregels), valid from a date: the seeded
 * starting values (V13) say each municipality replaces them by its own amounts. Recorded by a policy officer or team
 * lead of that municipality; never retroactive, so a breach is always judged by the policy of the day of the conduct
 * that was known then. The law's limits are {@link EnforcementRules#policyProblems}.
 */
@Service
public class RecordingFinePolicy {

    private final EnforcementStore store;
    private final Clock clock;

    RecordingFinePolicy(EnforcementStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether {@code user} may add a version: a policy officer or team lead of a municipality. */
    public static boolean mayRecord(RegieUser user) {
        return (user.is(Role.POLICY_OFFICER) || user.is(Role.TEAM_LEAD)) && user.municipalityCode() != null;
    }

    @Transactional
    public FinePolicyVersion add(RegieUser user, EnforcementRules.FinePolicy policy, String source) {
        if (!mayRecord(user)) {
            throw new RegieProblem.Forbidden("Alleen een beleidsmedewerker of teamleider van de gemeente legt het boetebeleid vast.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        Checks.required(errors, "validFrom", policy.validFrom(), "Vul in vanaf welke datum deze versie geldt.");
        if (policy.validFrom() != null && policy.validFrom().isBefore(today)) {
            // A policy that weighs on newcomers may not reach back: conduct before the date keeps the policy of its day.
            errors.put("validFrom", "Een nieuwe versie geldt vanaf vandaag of later; boetebeleid geldt niet met terugwerkende kracht.");
        }
        EnforcementRules.policyProblems(policy).forEach(errors::putIfAbsent);
        Checks.required(errors, "source", source, "Noem het besluit waarmee dit beleid is vastgesteld, bijvoorbeeld de verordening "
                + "of de beleidsregels en de datum van vaststelling.");
        Checks.maxLength(errors, "source", source, 500);
        String code = user.municipalityCode();
        if (errors.isEmpty() && store.policyExists(code, policy.validFrom())) {
            errors.put("validFrom", existing(policy.validFrom()));
        }
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        try {
            return store.policy(store.insertPolicy(code, policy, source.trim(), user.username(), clock.instant()));
        } catch (DuplicateKeyException e) {
            // Someone else recorded a version for the same day between the check and the insert.
            throw new RegieProblem.InvalidInput(Map.of("validFrom", existing(policy.validFrom())));
        }
    }

    private static String existing(LocalDate validFrom) {
        return "Er is al een versie van het boetebeleid vanaf " + DutchDates.show(validFrom) + ". Kies een andere datum.";
    }
}
