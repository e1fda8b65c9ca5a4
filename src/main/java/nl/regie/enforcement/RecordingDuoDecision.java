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
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.LegalFacts;
import nl.regie.dossier.RecordingLegalFacts;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.EnforcementRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * DUO's own decisions (its fines for the term, MAP and PVT; an extension of the term; an exemption) as the
 * municipality received them: recorded as facts, never computed (seeds 001, 003; rules.md "DUO enforces"). An
 * extension also becomes the dossier's term end (Wi art. 12): recorded once, the deadlines and signals follow it.
 */
@Service
public class RecordingDuoDecision {

    private final Cases cases;
    private final EnforcementStore store;
    private final DossierTimeline timeline;
    private final AccessLog accessLog;
    private final RecordingLegalFacts legalFacts;
    private final Clock clock;

    RecordingDuoDecision(Cases cases, EnforcementStore store, DossierTimeline timeline, AccessLog accessLog,
                         RecordingLegalFacts legalFacts, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.legalFacts = legalFacts;
        this.clock = clock;
    }

    @Transactional
    public void record(RegieUser user, UUID dossierId, DuoDecisionKind kind, LocalDate decidedOn, String reference, BigDecimal amount,
                       LocalDate newTermEnd, String note) {
        Dossier d = cases.dossier(user, dossierId, "Besluit van DUO vastleggen");
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "kind", kind, "Kies het soort besluit van DUO.");
        Checks.required(errors, "decidedOn", decidedOn, "Vul de datum van het besluit van DUO in.");
        Checks.notFuture(errors, "decidedOn", decidedOn, LocalDate.now(clock));
        Checks.required(errors, "reference", reference, "Vul het kenmerk van het besluit van DUO in.");
        Checks.maxLength(errors, "reference", reference, 100);
        Checks.maxLength(errors, "note", note, 1000);
        if (kind != null && kind.hasAmount()) {
            Checks.required(errors, "amount", amount, "Vul het bedrag van de boete van DUO in.");
            if (amount != null && amount.signum() <= 0) {
                errors.put("amount", "Het bedrag is groter dan nul.");
            }
        }
        if (kind != null && kind.hasNewTermEnd()) {
            Checks.required(errors, "newTermEnd", newTermEnd, "Vul de nieuwe einddatum van de termijn in.");
            if (newTermEnd != null && decidedOn != null && !newTermEnd.isAfter(decidedOn)) {
                errors.put("newTermEnd", "De nieuwe einddatum ligt na de datum van het besluit.");
            }
            // The term runs from the day after the first PIP (Wi art. 11); without one there is no term to extend.
            LocalDate plan = d.dateOf(DossierState.PLAN_ESTABLISHED);
            if (plan == null) {
                errors.put("kind", "Een verlenging van de termijn kan pas als het eerste PIP is vastgesteld.");
            } else if (newTermEnd != null && !newTermEnd.isAfter(plan)) {
                errors.putIfAbsent("newTermEnd", "De nieuwe einddatum ligt na de datum van het eerste PIP.");
            }
        }
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        BigDecimal a = kind.hasAmount() ? amount : null;
        LocalDate end = kind.hasNewTermEnd() ? newTermEnd : null;
        store.insertDuoDecision(dossierId, d.municipalityCode(), kind, decidedOn, reference, a, end, note, user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.DUO_DECISION_RECORDED, decidedOn,
                kind.dutch() + " (kenmerk " + reference.trim() + ")" + (a == null ? "" : ": " + EnforcementRules.euro(a))
                        + (end == null ? "" : ": nieuwe einddatum " + DutchDates.show(end)), note);
        if (end != null) {
            LegalFacts f = d.legalFacts();
            legalFacts.record(user, dossierId, d.version(), new LegalFacts(f.temporaryPurpose(),
                    f.yearsInNetherlandsDuringCompulsorySchoolAge(), f.hasQualifyingDutchDiploma(), f.benefitStartedOn(), end),
                    "Verlenging van de inburgeringstermijn door DUO (kenmerk " + reference.trim() + ")");
        }
        accessLog.record(user, dossierId, AccessAction.RECORD_DUO_DECISION, "Besluit van DUO", Channel.UI);
    }
}
