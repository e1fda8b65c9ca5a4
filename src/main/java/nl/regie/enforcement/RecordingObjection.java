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
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.EnforcementRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * An objection (bezwaar) against an approved fine and its outcome. The received date is checked against the six
 * weeks after the dagtekening (Awb art. 6:7); a late objection is niet-ontvankelijk unless the delay is excusable
 * (Awb art. 6:11). While the objection runs the lapse period stands still (Awb art. 5:45 lid 3).
 */
@Service
public class RecordingObjection {

    private final Cases cases;
    private final EnforcementStore store;
    private final DossierTimeline timeline;
    private final AccessLog accessLog;
    private final Clock clock;

    RecordingObjection(Cases cases, EnforcementStore store, DossierTimeline timeline, AccessLog accessLog, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    private SanctionDecision approvedFine(Cases.Loaded l, long decisionId) {
        SanctionDecision dec = l.decisions().values().stream().flatMap(java.util.List::stream).filter(x -> x.id() == decisionId).findFirst()
                .orElseThrow(() -> new RegieProblem.NotFound("Dit besluit hoort niet bij dit dossier."));
        if (dec.status() != DecisionStatus.APPROVED) {
            throw new RegieProblem.Conflict("Geen boetebeschikking", "Bezwaar kan alleen tegen een goedgekeurde en verzonden boete.");
        }
        return dec;
    }

    @Transactional
    public void receive(RegieUser user, UUID dossierId, long decisionId, LocalDate receivedOn, boolean lateExcusable, String lateReason) {
        cases.dossier(user, dossierId, "Bezwaar vastleggen");
        Cases.Loaded l = cases.load(dossierId);
        SanctionDecision dec = approvedFine(l, decisionId);
        if (l.objections().containsKey(decisionId)) {
            throw new RegieProblem.Conflict("Al vastgelegd", "Tegen deze boete is al een bezwaar vastgelegd.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "receivedOn", receivedOn, "Vul de datum van ontvangst van het bezwaarschrift in.");
        Checks.notFuture(errors, "receivedOn", receivedOn, LocalDate.now(clock));
        Checks.maxLength(errors, "lateReason", lateReason, 1000);
        boolean inTime = true;
        if (!errors.containsKey("receivedOn") && receivedOn != null) {
            var check = EnforcementRules.objectionAdmissible(dec.datedOn(), receivedOn, false);
            inTime = check.allowed();
            if (receivedOn.isBefore(dec.datedOn())) {
                errors.put("receivedOn", check.reason());
            } else if (!inTime && lateExcusable && (lateReason == null || lateReason.isBlank())) {
                errors.put("lateReason", "Het bezwaar is te laat; motiveer waarom de overschrijding verschoonbaar is (Awb art. 6:11).");
            }
        }
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        boolean excusable = !inTime && lateExcusable;
        store.insertObjection(decisionId, receivedOn, inTime, excusable, excusable ? lateReason : null, user.username(), clock.instant());
        String admissibility = inTime ? "binnen de termijn" : excusable ? "te laat, verschoonbaar" : "te laat, niet verschoonbaar: niet-ontvankelijk";
        timeline.append(user, dossierId, TimelineEvent.EventType.OBJECTION_RECORDED, receivedOn,
                "Bezwaar tegen de boete ontvangen (" + admissibility + "; uiterlijk " + DutchDates.show(EnforcementRules.objectionDeadline(dec.datedOn())) + ")",
                excusable ? lateReason : null);
        accessLog.record(user, dossierId, AccessAction.RECORD_OBJECTION, "Bezwaar tegen besluit " + decisionId, Channel.UI);
    }

    @Transactional
    public void decide(RegieUser user, UUID dossierId, long decisionId, ObjectionOutcome outcome, LocalDate decidedOn,
                       BigDecimal newAmount, String reasoning) {
        cases.dossier(user, dossierId, "Beslissing op bezwaar vastleggen");
        Cases.Loaded l = cases.load(dossierId);
        SanctionDecision dec = approvedFine(l, decisionId);
        Objection o = l.objections().get(decisionId);
        if (o == null) {
            throw new RegieProblem.Conflict("Geen bezwaar", "Leg eerst het ontvangen bezwaar vast.");
        }
        if (!o.running()) {
            throw new RegieProblem.Conflict("Al beslist", "Op dit bezwaar is al beslist: " + o.outcome().dutch().toLowerCase() + ".");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "outcome", outcome, "Kies de beslissing op bezwaar.");
        Checks.required(errors, "decidedOn", decidedOn, "Vul de datum van de beslissing in.");
        Checks.notFuture(errors, "decidedOn", decidedOn, LocalDate.now(clock));
        if (!errors.containsKey("decidedOn") && decidedOn != null && decidedOn.isBefore(o.receivedOn())) {
            errors.put("decidedOn", "De beslissing kan niet vóór de ontvangst van het bezwaar liggen.");
        }
        Checks.required(errors, "reasoning", reasoning, "Motiveer de beslissing op bezwaar.");
        Checks.maxLength(errors, "reasoning", reasoning, 2000);
        if (outcome != null && !o.inTime() && !o.lateExcusable() && outcome != ObjectionOutcome.INADMISSIBLE) {
            errors.put("outcome", "Het bezwaar is te laat ontvangen en de overschrijding is niet verschoonbaar: het is niet-ontvankelijk ("
                    + nl.regie.rules.Articles.OBJECTION_TERM + ").");
        }
        if (outcome == ObjectionOutcome.PARTLY_UPHELD) {
            if (newAmount == null || newAmount.signum() <= 0) {
                errors.putIfAbsent("newAmount", "Vul het nieuwe, lagere bedrag in.");
            } else if (newAmount.compareTo(dec.amount()) >= 0) {
                errors.putIfAbsent("newAmount", "Het nieuwe bedrag is lager dan " + EnforcementRules.euro(dec.amount()) + ".");
            }
        }
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        BigDecimal amount = outcome == ObjectionOutcome.PARTLY_UPHELD ? newAmount : null;
        store.insertOutcome(decisionId, outcome, decidedOn, amount, reasoning, user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.OBJECTION_DECIDED, decidedOn,
                "Beslissing op bezwaar: " + outcome.dutch().toLowerCase() + (amount == null ? "" : " (" + EnforcementRules.euro(amount) + ")"),
                reasoning);
        accessLog.record(user, dossierId, AccessAction.RECORD_OBJECTION_OUTCOME, "Beslissing op bezwaar, besluit " + decisionId, Channel.UI);
    }
}
