package nl.regie.relief;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLaw;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.municipality.MunicipalPolicy;
import nl.regie.municipality.Municipalities;
import nl.regie.rules.FinancialReliefRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Changing financieel ontzorgen: starting the arrangement, extending it, ending it early, adding and ending vaste
 * lasten, recording the way to financial self-reliance. Each use case is one transaction that also writes the
 * timeline, the access log and (where the end moves) the dossier's deadline and signal.
 */
@Service
public class ManagingRelief {

    static final int MAX_TEXT = 1000;

    private final ReliefContext context;
    private final ReliefStore store;
    private final Reliefs reliefs;
    private final Municipalities municipalities;
    private final DossierTimeline timeline;
    private final DossierLaw law;
    private final AccessLog accessLog;
    private final Clock clock;

    ManagingRelief(ReliefContext context, ReliefStore store, Reliefs reliefs, Municipalities municipalities, DossierTimeline timeline,
                   DossierLaw law, AccessLog accessLog, Clock clock) {
        this.context = context;
        this.store = store;
        this.reliefs = reliefs;
        this.municipalities = municipalities;
        this.timeline = timeline;
        this.law = law;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Starts ontzorgen on the day the right to bijstand started, for the months of the municipality's policy in force on
     * that day (Pw art. 56a lid 1: six by default).
     *
     * @throws RegieProblem.InvalidInput for another target group, without bijstand, or with a bad amount or IBAN
     * @throws RegieProblem.Conflict     when the dossier has an arrangement already
     */
    @Transactional
    public FinancialRelief arrange(RegieUser user, UUID dossierId, Long benefitCents, String newcomerIban) {
        Dossier d = context.change(user, dossierId, "Financieel ontzorgen starten");
        if (store.ofDossier(dossierId).isPresent()) {
            throw new RegieProblem.Conflict("Ontzorgen bestaat al", "Dit dossier heeft al een ontzorgarrangement. Ververs de pagina.");
        }
        FinancialReliefRules.Decision eligibility = reliefs.eligibility(user, d, true);
        if (!eligibility.allowed()) {
            throw new RegieProblem.InvalidInput("arrangement", eligibility.reason());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (benefitCents != null && benefitCents <= 0) {
            problems.put("benefitAmount", "Het bedrag van de uitkering moet groter zijn dan € 0,00.");
        }
        String iban = FinancialReliefRules.ibanProblem(newcomerIban);
        if (iban != null) {
            problems.put("newcomerIban", iban);
        }
        if (!problems.isEmpty() || benefitCents == null) {
            throw new RegieProblem.InvalidInput(problems);
        }
        LocalDate start = d.legalFacts().benefitStartedOn();
        MunicipalPolicy policy = municipalities.policyOn(d.municipalityCode(), start)
                .orElseThrow(() -> new RegieProblem.InvalidInput("arrangement", "Er is geen gemeentelijk beleid dat geldt op "
                        + DutchDates.show(start) + "; vraag de functioneel beheerder het beleid vast te leggen."));
        int months = Math.max(policy.financialReliefMonths(), FinancialReliefRules.STATUTORY_MONTHS);
        LocalDate end = FinancialReliefRules.endDate(start, months);
        Instant now = clock.instant();
        long id = store.insert(dossierId, d.municipalityCode(), start, months, policy.validFrom(), end, benefitCents,
                FinancialReliefRules.normalizedIban(newcomerIban), user.username(), now);
        timeline.append(user, dossierId, EventType.FINANCIAL_RELIEF_ARRANGED, start,
                "Financieel ontzorgen gestart: " + months + " maanden vanaf de start van de bijstand, tot en met " + DutchDates.show(end)
                        + "; uitkering " + FinancialReliefRules.euro(benefitCents) + " per maand", null);
        law.refresh(dossierId);
        accessLog.record(user, dossierId, AccessAction.FINANCIAL_RELIEF_ARRANGED, "Financieel ontzorgen gestart", Channel.UI);
        return store.byId(id).orElseThrow();
    }

    /** A longer period when the newcomer is not yet self-reliant (seeds 002–004; Pw art. 57). */
    @Transactional
    public void extend(RegieUser user, UUID dossierId, long expectedVersion, LocalDate newEnd, String reason) {
        Dossier d = context.change(user, dossierId, "Financieel ontzorgen verlengen");
        FinancialRelief r = existing(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        String p = FinancialReliefRules.extensionProblem(r.endsOn(), newEnd, r.endedEarly());
        if (p != null) {
            problems.put("newEnd", p);
        }
        reason(problems, "extendReason", reason, "Geef de reden van de verlenging, bijvoorbeeld: nog niet financieel zelfredzaam.");
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        moveEnd(r, expectedVersion, newEnd, false);
        store.insertChange(r.id(), ReliefChange.Kind.EXTENDED, r.endsOn(), newEnd, reason.strip(), user.username(), clock.instant());
        timeline.append(user, d.id(), EventType.FINANCIAL_RELIEF_EXTENDED, newEnd,
                "Ontzorgen verlengd van " + DutchDates.show(r.endsOn()) + " tot en met " + DutchDates.show(newEnd), reason);
        law.refresh(dossierId);
        accessLog.record(user, dossierId, AccessAction.FINANCIAL_RELIEF_EXTENDED, "Ontzorgen verlengd", Channel.UI);
    }

    /** Ending early because the newcomer manages on their own (seed 003; see {@code FinancialReliefRules.earlyEndProblem}). */
    @Transactional
    public void endEarly(RegieUser user, UUID dossierId, long expectedVersion, LocalDate lastDay, String reason) {
        Dossier d = context.change(user, dossierId, "Financieel ontzorgen beëindigen");
        FinancialRelief r = existing(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        String p = FinancialReliefRules.earlyEndProblem(r.startsOn(), r.endsOn(), lastDay, r.endedEarly());
        if (p != null) {
            problems.put("lastDay", p);
        }
        reason(problems, "endReason", reason, "Geef de reden, bijvoorbeeld: budgettraining afgerond, betaalt de vaste lasten zelf.");
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        moveEnd(r, expectedVersion, lastDay, true);
        store.insertChange(r.id(), ReliefChange.Kind.ENDED_EARLY, r.endsOn(), lastDay, reason.strip(), user.username(), clock.instant());
        timeline.append(user, d.id(), EventType.FINANCIAL_RELIEF_ENDED, lastDay,
                "Ontzorgen eerder beëindigd: laatste dag " + DutchDates.show(lastDay) + " (gepland tot en met " + DutchDates.show(r.endsOn()) + ")",
                reason);
        law.refresh(dossierId);
        accessLog.record(user, dossierId, AccessAction.FINANCIAL_RELIEF_ENDED, "Ontzorgen eerder beëindigd", Channel.UI);
    }

    @Transactional
    public void addCharge(RegieUser user, UUID dossierId, NewFixedCharge c) {
        Dossier d = context.change(user, dossierId, "Vaste last toevoegen");
        FinancialRelief r = existing(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.kind() == null) {
            problems.put("kind", "Kies de soort vaste last.");
        }
        problems.putAll(FinancialReliefRules.chargeProblems(c.creditorName(), c.creditorIban(), c.paymentReference(), c.amountCents(),
                c.dueDay(), c.validFrom(), c.validUntil(), r.startsOn(), r.endsOn()));
        if (c.amountCents() == null) {
            problems.putIfAbsent("monthlyAmount", "Vul het bedrag per maand in.");
        }
        if (c.dueDay() == null) {
            problems.putIfAbsent("dueDay", "Vul de betaaldag in (1 tot en met 28).");
        }
        if (c.validFrom() == null) {
            problems.putIfAbsent("validFrom", "Vul de eerste maand in.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        if (r.endedEarly() || LocalDate.now(clock).isAfter(r.endsOn())) {
            throw new RegieProblem.InvalidInput("kind", "Het ontzorgen is afgelopen; er kunnen geen vaste lasten meer bij.");
        }
        store.insertCharge(r.id(), c.kind(), c.creditorName().strip(), FinancialReliefRules.normalizedIban(c.creditorIban()),
                c.paymentReference().strip(), c.amountCents(), c.dueDay(), c.validFrom(), c.validUntil(), user.username(), clock.instant());
        timeline.append(user, d.id(), EventType.FIXED_CHARGE_ADDED, c.validFrom().atDay(1),
                "Vaste last " + c.kind().dutch().toLowerCase() + ": " + FinancialReliefRules.euro(c.amountCents()) + " per maand aan "
                        + c.creditorName().strip() + ", vanaf " + FinancialReliefRules.month(c.validFrom()), null);
        accessLog.record(user, dossierId, AccessAction.FIXED_CHARGE_ADDED, "Vaste last toegevoegd", Channel.UI);
    }

    /** Ends a vaste last after {@code lastMonth} (for instance because the newcomer pays it personally now). */
    @Transactional
    public void endCharge(RegieUser user, UUID dossierId, long chargeId, YearMonth lastMonth, String reason) {
        Dossier d = context.change(user, dossierId, "Vaste last beëindigen");
        FinancialRelief r = existing(dossierId);
        FixedCharge c = store.charges(r.id()).stream().filter(x -> x.id() == chargeId).findFirst()
                .orElseThrow(() -> new RegieProblem.NotFound("Deze vaste last bestaat niet."));
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.ended()) {
            problems.put("lastMonth", "Deze vaste last is al beëindigd.");
        } else if (lastMonth == null) {
            problems.put("lastMonth", "Vul de laatste maand in.");
        } else if (lastMonth.isBefore(c.validFrom().minusMonths(1)) || (c.validUntil() != null && lastMonth.isAfter(c.validUntil()))) {
            problems.put("lastMonth", "De laatste maand ligt tussen " + FinancialReliefRules.month(c.validFrom().minusMonths(1)) + " en "
                    + (c.validUntil() == null ? "het einde van het ontzorgen" : FinancialReliefRules.month(c.validUntil())) + ".");
        }
        reason(problems, "endChargeReason", reason, "Geef de reden, bijvoorbeeld: betaalt de huur nu zelf.");
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        if (!store.endCharge(chargeId, lastMonth, reason.strip(), user.username(), clock.instant())) {
            throw new RegieProblem.Conflict("Vaste last intussen gewijzigd", "Deze vaste last is intussen door iemand anders beëindigd.");
        }
        timeline.append(user, d.id(), EventType.FIXED_CHARGE_ENDED, lastMonth.atEndOfMonth(),
                "Vaste last " + c.kind().dutch().toLowerCase() + " (" + c.creditorName() + ") beëindigd na "
                        + FinancialReliefRules.month(lastMonth), reason);
        accessLog.record(user, dossierId, AccessAction.FIXED_CHARGE_ENDED, "Vaste last beëindigd", Channel.UI);
    }

    /** A step on the way to financial self-reliance. */
    @Transactional
    public void recordCheckpoint(RegieUser user, UUID dossierId, CheckpointKind kind, LocalDate on, String note) {
        Dossier d = context.change(user, dossierId, "Financiële zelfredzaamheid vastleggen");
        FinancialRelief r = existing(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("checkpointKind", "Kies wat u vastlegt.");
        }
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            problems.put("checkpointOn", "De datum ligt in de toekomst.");
        } else if (on != null && on.isBefore(r.startsOn().minusMonths(3))) {
            problems.put("checkpointOn", "De datum ligt ruim vóór de start van het ontzorgen (" + DutchDates.show(r.startsOn()) + ").");
        }
        if ((kind == CheckpointKind.NOTE || kind == CheckpointKind.OWN_PAYMENT_TAKEN_OVER) && (note == null || note.isBlank())) {
            problems.put("checkpointNote", kind == CheckpointKind.NOTE ? "Schrijf de notitie."
                    : "Schrijf welke betaling de inburgeraar zelf heeft overgenomen.");
        } else if (note != null && note.length() > MAX_TEXT) {
            problems.put("checkpointNote", "Hoogstens " + MAX_TEXT + " tekens.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        store.insertCheckpoint(r.id(), kind, on, text, user.username(), clock.instant());
        timeline.append(user, d.id(), EventType.RELIEF_CHECKPOINT_RECORDED, on, kind.dutch() + (text == null ? "" : ": " + text), null);
        accessLog.record(user, dossierId, AccessAction.RELIEF_CHECKPOINT_RECORDED, "Financiële zelfredzaamheid: " + kind.dutch(), Channel.UI);
    }

    private FinancialRelief existing(UUID dossierId) {
        return store.ofDossier(dossierId).orElseThrow(() -> new RegieProblem.NotFound("Dit dossier heeft geen ontzorgarrangement."));
    }

    private void moveEnd(FinancialRelief r, long expectedVersion, LocalDate newEnd, boolean endedEarly) {
        if (r.version() != expectedVersion || !store.moveEnd(r.id(), expectedVersion, newEnd, endedEarly)) {
            throw new RegieProblem.Conflict("Ontzorgen intussen gewijzigd",
                    "Het ontzorgen is intussen door iemand anders gewijzigd. Er is niets opgeslagen; bekijk de pagina opnieuw.");
        }
    }

    private static void reason(Map<String, String> problems, String field, String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            problems.put(field, missing);
        } else if (reason.length() > MAX_TEXT) {
            problems.put(field, "Hoogstens " + MAX_TEXT + " tekens.");
        }
    }
}
