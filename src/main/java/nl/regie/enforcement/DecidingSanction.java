package nl.regie.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.rules.EnforcementRules;
import nl.regie.rules.SanctionKind;
import nl.regie.shared.RegieProblem;

/**
 * A person decides on Regie's proposal (C-158/23: never automatic). A warning or no sanction is final at once; a fine
 * goes to a team lead who did not decide it (four eyes) and, once approved, gets its beschikking archived.
 */
@Service
public class DecidingSanction {

    private final Cases cases;
    private final EnforcementStore store;
    private final SanctionLetters letters;
    private final Users users;
    private final DossierTimeline timeline;
    private final AccessLog accessLog;
    private final Clock clock;

    DecidingSanction(Cases cases, EnforcementStore store, SanctionLetters letters, Users users, DossierTimeline timeline, AccessLog accessLog,
                     Clock clock) {
        this.cases = cases;
        this.store = store;
        this.letters = letters;
        this.users = users;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Decides on a breach. The person may deviate from the proposal with a reason, but never beyond the law (see
     * {@link EnforcementRules#checkDecision}).
     *
     * @return the decision's id
     */
    @Transactional
    public long decide(RegieUser user, UUID dossierId, long breachId, SanctionKind kind, BigDecimal amount, String deviationReason) {
        Dossier d = cases.dossier(user, dossierId, "Besluit op overtreding");
        Cases.Loaded l = cases.load(dossierId);
        Breach b = l.breach(breachId);
        SanctionDecision current = l.current(breachId);
        if (current != null && current.status() != DecisionStatus.REJECTED) {
            throw new RegieProblem.Conflict("Al besloten", "Op deze overtreding is al besloten (" + current.kind().dutch().toLowerCase() + ", "
                    + current.status().dutch().toLowerCase() + ").");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "kind", kind, "Kies uw besluit.");
        Checks.maxLength(errors, "deviationReason", deviationReason, 1000);
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        LocalDate today = LocalDate.now(clock);
        FinePolicyVersion policy = cases.policyFor(d, b.conductOn());
        EnforcementRules.BreachFacts facts = l.facts(b, today);
        EnforcementRules.Proposal proposal = EnforcementRules.propose(policy.policy(), facts);
        BigDecimal decidedAmount = kind == SanctionKind.FINE ? amount : null;
        var check = EnforcementRules.checkDecision(policy.policy(), facts, proposal, kind, decidedAmount, deviationReason);
        if (!check.allowed()) {
            throw new RegieProblem.InvalidInput(Map.of(field(kind, decidedAmount, deviationReason, check), check.reason() + " (" + check.article() + ")"));
        }
        DecisionStatus status = kind == SanctionKind.FINE ? DecisionStatus.AWAITING_APPROVAL : DecisionStatus.FINAL;
        long id = store.insertDecision(breachId, dossierId, d.municipalityCode(), policy.id(), proposal, kind, decidedAmount, deviationReason,
                user.username(), today, status, clock.instant());
        // A warning is final at once, so its letter is made and archived now, like a fine's beschikking on approval.
        if (kind == SanctionKind.WARNING) {
            store.insertLetter(id, letters.warning(d, b, id, policy, today, user.displayName()), clock.instant());
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.SANCTION_DECIDED, today,
                kind.dutch() + (decidedAmount == null ? "" : " van " + EnforcementRules.euro(decidedAmount))
                        + " voor " + b.obligation().dutch().toLowerCase() + " (" + status.dutch().toLowerCase() + ")"
                        + (kind == SanctionKind.WARNING ? "; waarschuwingsbrief gemaakt" : ""),
                deviationReason);
        accessLog.record(user, dossierId, AccessAction.DECIDE_SANCTION, "Besluit " + id + " op overtreding " + breachId, Channel.UI);
        return id;
    }

    /** Which form field a refusal belongs to. */
    private static String field(SanctionKind kind, BigDecimal amount, String reason, EnforcementRules.Decision check) {
        if (check.reason().contains("geef de reden") && (reason == null || reason.isBlank())) {
            return "deviationReason";
        }
        if (kind == SanctionKind.FINE && check.article().equals(nl.regie.rules.Articles.FINE_MAXIMUM)) {
            return "amount";
        }
        return "kind";
    }

    /**
     * The team lead approves or rejects a fine (four eyes: never their own decision). On approval the fine is dated
     * today and its beschikking is rendered and archived in the same transaction.
     */
    @Transactional
    public void review(RegieUser user, UUID dossierId, long decisionId, long version, boolean approve, String reason) {
        if (!user.is(Role.TEAM_LEAD)) {
            throw new RegieProblem.Forbidden("Alleen een teamleider keurt een boete goed of af.");
        }
        Dossier d = cases.dossier(user, dossierId, "Boete beoordelen");
        Cases.Loaded l = cases.load(dossierId);
        SanctionDecision dec = l.decisions().values().stream().flatMap(java.util.List::stream).filter(x -> x.id() == decisionId).findFirst()
                .orElseThrow(() -> new RegieProblem.NotFound("Dit besluit hoort niet bij dit dossier."));
        if (dec.status() != DecisionStatus.AWAITING_APPROVAL) {
            throw new RegieProblem.Conflict("Al beoordeeld", "Deze boete wacht niet (meer) op goedkeuring: " + dec.status().dutch().toLowerCase() + ".");
        }
        if (dec.decidedBy().equals(user.username())) {
            throw new RegieProblem.Forbidden("Vier ogen: u hebt deze boete zelf voorgesteld. Een andere teamleider beoordeelt haar.");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new RegieProblem.InvalidInput("reason", "Geef de reden waarom u de boete afwijst.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.maxLength(errors, "reason", reason, 1000);
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        LocalDate today = LocalDate.now(clock);
        Breach b = l.breach(dec.breachId());
        if (approve) {
            // The law is checked again on the day the fine is dated: the power may have lapsed, or a Pw measure been recorded.
            FinePolicyVersion policy = cases.policyFor(d, b.conductOn());
            EnforcementRules.BreachFacts facts = l.facts(b, today);
            var check = EnforcementRules.checkDecision(policy.policy(), facts, EnforcementRules.propose(policy.policy(), facts),
                    SanctionKind.FINE, dec.amount(), "beoordeeld bij goedkeuring");
            if (!check.allowed()) {
                throw new RegieProblem.Conflict("Boete niet mogelijk", check.reason() + " (" + check.article() + ")");
            }
        }
        DecisionStatus status = approve ? DecisionStatus.APPROVED : DecisionStatus.REJECTED;
        if (!store.review(decisionId, version, status, user.username(), reason, approve ? today : null, clock.instant())) {
            throw new RegieProblem.Conflict("Intussen gewijzigd", "Iemand anders heeft deze boete intussen beoordeeld. Laad de pagina opnieuw.");
        }
        if (approve) {
            String decider = users.find(dec.decidedBy()).map(RegieUser::displayName).orElse(dec.decidedBy());
            store.insertLetter(decisionId, letters.fine(d, b, dec, today, decider, user.displayName()), clock.instant());
        }
        timeline.append(user, dossierId, approve ? TimelineEvent.EventType.FINE_APPROVED : TimelineEvent.EventType.FINE_REJECTED, today,
                (approve ? "Boete goedgekeurd: " : "Boete afgewezen: ") + EnforcementRules.euro(dec.amount()) + " voor "
                        + b.obligation().dutch().toLowerCase() + (approve ? "; beschikking verzonden" : ""), reason);
        accessLog.record(user, dossierId, AccessAction.REVIEW_FINE, (approve ? "Goedgekeurd: besluit " : "Afgewezen: besluit ") + decisionId,
                Channel.UI);
    }
}
