package nl.regie.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.identity.RegieUser;
import nl.regie.rules.EnforcementRules;
import nl.regie.rules.SanctionKind;
import nl.regie.shared.RegieProblem;

/**
 * Loads a dossier's enforcement records and turns them into the facts the rules need: which earlier sanctions
 * still stand, whether a Participatiewet measure covers the same conduct, and how long objections suspended the
 * lapse period. Tenant rules through {@link DossierQueries#get}; the module's own role rule on top.
 */
@Component
class Cases {

    private final DossierQueries dossiers;
    private final EnforcementStore store;

    Cases(DossierQueries dossiers, EnforcementStore store) {
        this.dossiers = dossiers;
        this.store = store;
    }

    /** Enforcement concerns consultants and team leads only: a chain partner, policy officer or administrator gets 403. */
    static void requireCaseworker(RegieUser user) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Handhaving is alleen voor consulenten en teamleiders van de gemeente.");
        }
    }

    Dossier dossier(RegieUser user, UUID id, String purpose) {
        requireCaseworker(user);
        return dossiers.get(user, id, purpose, Channel.UI);
    }

    /** Everything recorded for one dossier. */
    record Loaded(List<Breach> breaches, Map<Long, List<SanctionDecision>> decisions, Map<Long, BenefitSanction> measures,
                  Map<Long, Objection> objections, Set<Long> letters) {

        Breach breach(long id) {
            return breaches.stream().filter(b -> b.id() == id).findFirst()
                    .orElseThrow(() -> new RegieProblem.NotFound("Deze overtreding hoort niet bij dit dossier."));
        }

        List<SanctionDecision> decisionsOf(long breachId) {
            return decisions.getOrDefault(breachId, List.of());
        }

        SanctionDecision current(long breachId) {
            List<SanctionDecision> l = decisionsOf(breachId);
            return l.isEmpty() ? null : l.get(l.size() - 1);
        }

        /** A sanction that stands: decided (or awaiting approval) and not withdrawn on objection. */
        boolean stands(SanctionDecision d) {
            if (d == null || !d.active() || d.kind() == SanctionKind.NONE) {
                return false;
            }
            Objection o = objections.get(d.id());
            return o == null || o.outcome() != ObjectionOutcome.UPHELD;
        }

        /** A Wi fine that stands or awaits approval for this breach (blocks a Participatiewet measure). */
        boolean wiFineOn(long breachId) {
            SanctionDecision d = current(breachId);
            return stands(d) && d.kind() == SanctionKind.FINE;
        }

        EnforcementRules.BreachFacts facts(Breach b, LocalDate today) {
            List<EnforcementRules.EarlierSanction> earlier = new ArrayList<>();
            for (Breach other : breaches) {
                SanctionDecision d = current(other.id());
                if (other.id() != b.id() && stands(d)) {
                    earlier.add(new EnforcementRules.EarlierSanction(other.conductOn(), d.kind()));
                }
            }
            List<EnforcementRules.Suspension> suspensions = new ArrayList<>();
            for (SanctionDecision d : decisionsOf(b.id())) {
                Objection o = objections.get(d.id());
                if (o != null) {
                    suspensions.add(new EnforcementRules.Suspension(o.receivedOn(), o.decidedOn()));
                }
            }
            return new EnforcementRules.BreachFacts(b.conductOn(), b.validReason(), b.circumstances(), earlier,
                    measures.containsKey(b.id()), today, EnforcementRules.suspendedDays(suspensions, today));
        }
    }

    Loaded load(UUID dossierId) {
        List<Breach> breaches = store.breaches(dossierId);
        Map<Long, List<SanctionDecision>> decisions = store.decisions(dossierId).stream()
                .sorted(Comparator.comparingLong(SanctionDecision::id))
                .collect(Collectors.groupingBy(SanctionDecision::breachId, Collectors.toList()));
        Map<Long, BenefitSanction> measures = store.benefitSanctions(dossierId).stream()
                .collect(Collectors.toMap(BenefitSanction::breachId, Function.identity()));
        Map<Long, Objection> objections = store.objections(dossierId).stream()
                .collect(Collectors.toMap(Objection::decisionId, Function.identity()));
        return new Loaded(breaches, decisions, measures, objections, store.decisionsWithLetter(dossierId));
    }

    /** The fine policy in force on the day of the conduct (the rules that applied when the person acted). */
    FinePolicyVersion policyFor(Dossier d, LocalDate conductOn) {
        return store.policyOn(d.municipalityCode(), conductOn).orElseThrow(() -> new RegieProblem.Conflict("Geen boetebeleid",
                "De gemeente heeft geen boetebeleid dat geldt op " + nl.regie.shared.DutchDates.show(conductOn)
                        + ". Vraag de functioneel beheerder een beleidsversie vast te leggen."));
    }
}
