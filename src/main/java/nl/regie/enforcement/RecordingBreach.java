package nl.regie.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.EnforcementRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/** Recording a breach of a Wi obligation (with hoor en wederhoor), and a Participatiewet measure for the same conduct. */
@Service
public class RecordingBreach {

    private final Cases cases;
    private final EnforcementStore store;
    private final Enforcement reading;
    private final DossierTimeline timeline;
    private final AccessLog accessLog;
    private final Clock clock;

    RecordingBreach(Cases cases, EnforcementStore store, Enforcement reading, DossierTimeline timeline, AccessLog accessLog, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.reading = reading;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Records a breach. The newcomer must have been heard first (hoor en wederhoor) and the consultant must have
     * assessed whether there was a valid reason; Regie then proposes a sanction on the page, never on its own.
     *
     * @return the breach's id
     */
    @Transactional
    public long record(RegieUser user, UUID dossierId, NewBreach b) {
        Dossier d = cases.dossier(user, dossierId, "Overtreding vastleggen");
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "obligation", b.obligation(), "Kies welke verplichting niet is nagekomen.");
        Checks.required(errors, "conductOn", b.conductOn(), "Vul de datum van de gedraging in.");
        Checks.notFuture(errors, "conductOn", b.conductOn(), today);
        Checks.required(errors, "facts", b.facts(), "Beschrijf de feiten: wat is er gebeurd?");
        Checks.maxLength(errors, "facts", b.facts(), 2000);
        Checks.required(errors, "heardOn", b.heardOn(), "Vul in wanneer de inburgeraar is gehoord (hoor en wederhoor).");
        Checks.notFuture(errors, "heardOn", b.heardOn(), today);
        if (!errors.containsKey("heardOn") && b.heardOn() != null && b.conductOn() != null && b.heardOn().isBefore(b.conductOn())) {
            errors.put("heardOn", "De inburgeraar kan niet gehoord zijn vóór de gedraging.");
        }
        Checks.required(errors, "statement", b.statement(), "Leg vast wat de inburgeraar zelf heeft verklaard.");
        Checks.maxLength(errors, "statement", b.statement(), 2000);
        Checks.required(errors, "validReason", b.validReason(), "Geef aan of er een geldige reden was.");
        Checks.required(errors, "culpabilityReasoning", b.culpabilityReasoning(),
                "Motiveer waarom de gedraging wel of niet verwijtbaar is.");
        Checks.maxLength(errors, "culpabilityReasoning", b.culpabilityReasoning(), 2000);
        Checks.maxLength(errors, "circumstanceNote", b.circumstanceNote(), 1000);
        if (b.progressMeetingId() != null) {
            Set<Long> used = store.breaches(dossierId).stream().map(Breach::progressMeetingId).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            boolean candidate = reading.candidates(user, dossierId, used).stream().anyMatch(c -> c.meetingId() == b.progressMeetingId());
            if (!candidate) {
                errors.put("progressMeetingId", "Dit gemiste gesprek is geen mogelijke schending van dit dossier, of er is al een overtreding voor vastgelegd.");
            }
        }
        if (b.conductOn() != null && !errors.containsKey("conductOn") && store.policyOn(d.municipalityCode(), b.conductOn()).isEmpty()) {
            errors.put("conductOn", "Op " + DutchDates.show(b.conductOn()) + " gold nog geen boetebeleid van de gemeente (de Wet inburgering 2021 geldt vanaf 1 januari 2022).");
        }
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        long id = store.insertBreach(dossierId, d.municipalityCode(), b, user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.BREACH_RECORDED, b.conductOn(),
                b.obligation().dutch() + (b.validReason() ? " — met geldige reden (niet verwijtbaar)" : " — zonder geldige reden"),
                "Gehoord op " + DutchDates.show(b.heardOn()));
        accessLog.record(user, dossierId, AccessAction.RECORD_BREACH, "Overtreding " + id, Channel.UI);
        return id;
    }

    /**
     * Records a Participatiewet measure (Pw art. 18 lid 2) for the same conduct as a breach. Refused while a Wi fine
     * stands or awaits approval for that conduct, unless the municipality's policy allows both.
     */
    @Transactional
    public void recordBenefitSanction(RegieUser user, UUID dossierId, long breachId, Integer percentage, Integer months,
                                      LocalDate decidedOn, String reasoning) {
        Dossier d = cases.dossier(user, dossierId, "Maatregel Participatiewet vastleggen");
        Cases.Loaded l = cases.load(dossierId);
        Breach b = l.breach(breachId);
        if (l.measures().containsKey(breachId)) {
            throw new RegieProblem.Conflict("Al vastgelegd", "Voor deze gedraging is al een maatregel op grond van de Participatiewet vastgelegd.");
        }
        FinePolicyVersion policy = cases.policyFor(d, b.conductOn());
        var check = EnforcementRules.checkPwMeasure(policy.policy(), l.wiFineOn(breachId));
        if (!check.allowed()) {
            throw new RegieProblem.Conflict("Geen dubbele sanctie", check.reason() + " (" + check.article() + ")");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "percentage", percentage, "Vul het percentage van de verlaging in.");
        if (percentage != null && (percentage < 1 || percentage > 100)) {
            errors.put("percentage", "Het percentage ligt tussen 1 en 100.");
        }
        Checks.required(errors, "months", months, "Vul het aantal maanden in.");
        if (months != null && (months < 1 || months > 12)) {
            errors.put("months", "Het aantal maanden ligt tussen 1 en 12.");
        }
        Checks.required(errors, "decidedOn", decidedOn, "Vul de datum van het besluit in.");
        Checks.notFuture(errors, "decidedOn", decidedOn, today);
        Checks.required(errors, "reasoning", reasoning, "Motiveer de maatregel.");
        Checks.maxLength(errors, "reasoning", reasoning, 2000);
        if (!errors.isEmpty()) {
            throw new RegieProblem.InvalidInput(errors);
        }
        store.insertBenefitSanction(breachId, percentage, months, decidedOn, reasoning, policy.id(), user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.BENEFIT_SANCTION_RECORDED, decidedOn,
                "Maatregel Participatiewet: " + percentage + "% gedurende " + months + (months == 1 ? " maand" : " maanden")
                        + " voor " + b.obligation().dutch().toLowerCase(), null);
        accessLog.record(user, dossierId, AccessAction.RECORD_BENEFIT_SANCTION, "Maatregel bij overtreding " + breachId, Channel.UI);
    }
}
