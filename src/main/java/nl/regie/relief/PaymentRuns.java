package nl.regie.relief;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierSummary;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Users;
import nl.regie.identity.Role;
import nl.regie.rules.FinancialReliefRules;
import nl.regie.rules.FinancialReliefRules.MonthComputation;
import nl.regie.rules.FinancialReliefRules.Payment;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * The monthly SEPA payment run of a municipality: every arrangement active in the month pays its vaste lasten to the
 * creditors and the remainder of the benefit to the newcomer, in one pain.001.001.09 file. Produced by a team lead
 * (four eyes on money leaving the municipality: consultants prepare the arrangements, the team lead releases the
 * payments). Once per municipality and month: a second request is refused with the existing run, and the database's
 * unique constraint refuses it too when two instances try at the same moment. A correction is an explicit, separate
 * run with a reason that pays one dossier that the month's run did not pay (left out for a shortfall, or arranged late);
 * a dossier is never paid twice in a month.
 */
@Service
public class PaymentRuns {

    public static final String REGULAR = "REGULAR";
    static final String CORRECTION = "CORRECTION-";

    private final ReliefStore store;
    private final DossierQueries dossiers;
    private final DossierTimeline timeline;
    private final AccessLog accessLog;
    private final Clock clock;

    private final Users users;

    PaymentRuns(ReliefStore store, DossierQueries dossiers, DossierTimeline timeline, AccessLog accessLog, Clock clock, Users users) {
        this.users = users;
        this.store = store;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One arrangement in the month. {@code paid}: some run of this month paid it already. */
    public record Line(UUID dossierId, String name, long reliefId, MonthComputation computation, boolean paid) {

        public boolean payable() {
            return computation.active() && !computation.overdrawn() && !paid;
        }

        public String withheld() {
            return FinancialReliefRules.euro(computation.withholdingCents());
        }

        public String remainder() {
            return FinancialReliefRules.euro(computation.remainderCents());
        }

        public String benefit() {
            return FinancialReliefRules.euro(computation.benefitCents());
        }
    }

    /** What a run of the month would pay, and the runs that exist for it. */
    public record Preview(YearMonth month, List<Line> lines, List<PaymentRun> runs, String debtorName, String debtorIban,
                          boolean mayProduceMonth) {

        public Optional<PaymentRun> regular() {
            return runs.stream().filter(r -> !r.correction()).findFirst();
        }

        public List<Line> payable() {
            return lines.stream().filter(Line::payable).toList();
        }

        public List<Line> shortfalls() {
            return lines.stream().filter(l -> l.computation().overdrawn() && !l.paid()).toList();
        }

        public List<Line> correctable() {
            return regular().isPresent() ? payable() : List.of();
        }

        public int transactions() {
            return payable().stream().mapToInt(l -> l.computation().payments().size()).sum();
        }

        public String total() {
            return FinancialReliefRules.euro(payable().stream().mapToLong(l -> l.computation().benefitCents()).sum());
        }

        public String monthDutch() {
            return FinancialReliefRules.month(month);
        }

        public String debtorIbanShown() {
            return Amounts.ibanShown(debtorIban);
        }
    }

    public record Download(String fileName, byte[] xml) {
    }

    /** The month's computed payments for the team lead's municipality. */
    @Transactional(readOnly = true)
    public Preview preview(RegieUser user, YearMonth month) {
        requireTeamLead(user);
        Preview p = compute(user, month);
        accessLog.record(user, null, AccessAction.VIEW_PAYMENT_RUN, "Betaalrun ontzorgen " + FinancialReliefRules.month(month), Channel.UI);
        return p;
    }

    /** The latest runs of the team lead's municipality. */
    @Transactional(readOnly = true)
    public List<PaymentRun> recent(RegieUser user) {
        requireTeamLead(user);
        return store.recentRuns(user.municipalityCode(), 12);
    }

    /**
     * Produces the month's run and its SEPA file.
     *
     * @param confirmShortfalls the team lead saw that arrangements whose vaste lasten exceed the benefit are left out
     * @throws RegieProblem.Conflict     when the month's run exists already (nothing is paid again)
     * @throws RegieProblem.InvalidInput with shortfalls not confirmed, or nothing to pay
     */
    @Transactional
    public PaymentRun produce(RegieUser user, YearMonth month, boolean confirmShortfalls) {
        requireTeamLead(user);
        Optional<PaymentRun> existing = store.runs(user.municipalityCode(), month).stream().filter(r -> !r.correction()).findFirst();
        if (existing.isPresent()) {
            throw alreadyProduced(existing.get());
        }
        Preview p = compute(user, month);
        if (!p.mayProduceMonth()) {
            throw new RegieProblem.InvalidInput("month", "Een betaalrun kan hoogstens voor de volgende maand worden aangemaakt.");
        }
        if (!p.shortfalls().isEmpty() && !confirmShortfalls) {
            throw new RegieProblem.InvalidInput("confirmShortfalls", p.shortfalls().size() + (p.shortfalls().size() == 1 ? " dossier heeft" : " dossiers hebben")
                    + " vaste lasten die hoger zijn dan de uitkering en wordt niet betaald. Bevestig dat u de betaalrun zonder "
                    + (p.shortfalls().size() == 1 ? "dit dossier" : "deze dossiers") + " aanmaakt; betaal later met een correctie.");
        }
        if (p.payable().isEmpty()) {
            throw new RegieProblem.InvalidInput("month", "Er is niets te betalen in " + p.monthDutch() + ".");
        }
        return create(user, month, REGULAR, null, p.payable(), p.shortfalls().size());
    }

    /** A correction: pays one dossier of the month that no run of the month paid yet, with a reason. */
    @Transactional
    public PaymentRun correct(RegieUser user, YearMonth month, UUID dossierId, String reason) {
        requireTeamLead(user);
        if (reason == null || reason.isBlank()) {
            throw new RegieProblem.InvalidInput("correctionReason", "Geef de reden van de correctie, bijvoorbeeld: tekort opgelost, huur aangepast.");
        }
        if (reason.length() > ManagingRelief.MAX_TEXT) {
            throw new RegieProblem.InvalidInput("correctionReason", "Hoogstens " + ManagingRelief.MAX_TEXT + " tekens.");
        }
        Preview p = compute(user, month);
        if (p.regular().isEmpty()) {
            throw new RegieProblem.InvalidInput("correctionDossier", "Maak eerst de betaalrun van " + p.monthDutch() + " aan; een correctie vult die aan.");
        }
        Line line = p.lines().stream().filter(l -> l.dossierId().equals(dossierId)).findFirst()
                .orElseThrow(() -> new RegieProblem.InvalidInput("correctionDossier", "Dit dossier heeft geen ontzorgen in " + p.monthDutch() + "."));
        if (line.paid()) {
            throw new RegieProblem.InvalidInput("correctionDossier", line.name() + " is in " + p.monthDutch() + " al betaald; er wordt niet dubbel betaald.");
        }
        if (line.computation().overdrawn()) {
            throw new RegieProblem.InvalidInput("correctionDossier", "De vaste lasten van " + line.name()
                    + " zijn nog steeds hoger dan de uitkering; pas eerst de vaste lasten of de uitkering aan.");
        }
        long corrections = p.runs().stream().filter(PaymentRun::correction).count();
        return create(user, month, CORRECTION + (corrections + 1), reason.strip(), List.of(line), 0);
    }

    /** The stored file of a run, exactly as produced; every dossier in it gets a line in the access log. */
    @Transactional(readOnly = true)
    public Download file(RegieUser user, long runId) {
        requireTeamLead(user);
        PaymentRun run = store.run(runId).filter(r -> r.municipalityCode().equals(user.municipalityCode()))
                .orElseThrow(() -> new RegieProblem.NotFound("Deze betaalrun bestaat niet."));
        byte[] xml = store.file(runId).orElseThrow(() -> new RegieProblem.NotFound("Deze betaalrun heeft geen bestand."));
        for (UUID d : new LinkedHashSet<>(store.paymentsOfRun(runId).stream().map(ReliefStore.StoredPayment::dossierId).toList())) {
            accessLog.record(user, d, AccessAction.DOWNLOAD_PAYMENT_FILE, "SEPA-bestand " + run.messageId(), Channel.UI);
        }
        return new Download(run.messageId() + ".xml", xml);
    }

    private PaymentRun create(RegieUser user, YearMonth month, String runKey, String reason, List<Line> lines, int skipped) {
        ReliefStore.Account debtor = store.accountOn(user.municipalityCode(), month.atDay(1))
                .orElseThrow(() -> new RegieProblem.InvalidInput("month", "Er is geen betaalrekening van de gemeente vastgelegd die geldt in "
                        + FinancialReliefRules.month(month) + "."));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String messageId = messageId(user.municipalityCode(), month, runKey);
        int count = lines.stream().mapToInt(l -> l.computation().payments().size()).sum();
        long total = lines.stream().flatMap(l -> l.computation().payments().stream()).mapToLong(Payment::amountCents).sum();
        long runId;
        try {
            runId = store.insertRun(user.municipalityCode(), month, runKey, reason, messageId, debtor.iban(), count, total, skipped,
                    user.username(), now);
        } catch (DuplicateKeyException e) {
            // Another instance (or a double click) produced the same run a moment ago: the constraint kept it single.
            throw new RegieProblem.Conflict("Betaalrun bestaat al", "De betaalrun van " + FinancialReliefRules.month(month)
                    + " is zojuist al aangemaakt. Er is niets opnieuw betaald; ververs de pagina om het bestaande bestand te downloaden.");
        }
        List<ReliefStore.StoredPayment> stored = new ArrayList<>();
        List<SepaFile.Transfer> transfers = new ArrayList<>();
        int n = 0;
        for (Line l : lines) {
            for (Payment p : l.computation().payments()) {
                n++;
                String e2e = messageId + "-" + String.format("%04d", n);
                String remittance = cut(p.reference() + (p.chargeId() == null ? "" : " " + p.label() + " " + FinancialReliefRules.month(month)), 140);
                String name = cut(p.creditorName(), 70);
                LocalDate exec = FinancialReliefRules.executionDate(p.dueOn(), today);
                stored.add(new ReliefStore.StoredPayment(runId, l.reliefId(), l.dossierId(), p.chargeId(), e2e, name, p.creditorIban(),
                        remittance, p.amountCents(), exec));
                transfers.add(new SepaFile.Transfer(e2e, p.amountCents(), name, p.creditorIban(), remittance, exec));
            }
        }
        store.insertPayments(stored);
        store.insertFile(runId, SepaFile.write(messageId, now, debtor, transfers));
        for (Line l : lines) {
            MonthComputation c = l.computation();
            timeline.append(user, l.dossierId(), EventType.RELIEF_PAYMENT_RUN, month.atDay(1),
                    "Vaste lasten " + FinancialReliefRules.month(month) + " betaald: " + c.chargePayments().size() + " betaling(en), samen "
                            + FinancialReliefRules.euro(c.withholdingCents()) + "; restant " + FinancialReliefRules.euro(c.remainderCents())
                            + " naar de inburgeraar (betaalrun " + messageId + ")", reason);
            accessLog.record(user, l.dossierId(), AccessAction.PAYMENT_RUN_PRODUCED, "Betaalrun " + messageId, Channel.UI);
        }
        return store.run(runId).orElseThrow();
    }

    private Preview compute(RegieUser user, YearMonth month) {
        String code = user.municipalityCode();
        List<FinancialRelief> reliefs = store.overlapping(code, month);
        Map<Long, List<FixedCharge>> charges = store.chargesOf(reliefs.stream().map(FinancialRelief::id).toList());
        Map<UUID, DossierSummary> people = dossiers.summaries(user, reliefs.stream().map(FinancialRelief::dossierId).toList(),
                        "Betaalrun ontzorgen " + FinancialReliefRules.month(month), Channel.UI).stream()
                .collect(Collectors.toMap(DossierSummary::id, Function.identity()));
        Set<UUID> paid = new java.util.HashSet<>(store.paidDossiers(code, month));
        List<Line> lines = new ArrayList<>();
        for (FinancialRelief r : reliefs) {
            DossierSummary s = people.get(r.dossierId());
            if (s == null) {
                continue;
            }
            MonthComputation c = FinancialReliefRules.month(month, r.startsOn(), r.endsOn(), r.benefitCents(),
                    charges.getOrDefault(r.id(), List.of()).stream().map(FixedCharge::asRule).toList(), s.fullName(), r.newcomerIban());
            if (c.active()) {
                lines.add(new Line(r.dossierId(), s.fullName(), r.id(), c, paid.contains(r.dossierId())));
            }
        }
        var account = store.accountOn(code, month.atDay(1));
        boolean mayProduce = !month.isAfter(YearMonth.now(clock).plusMonths(1));
        return new Preview(month, lines, store.runs(code, month), account.map(ReliefStore.Account::debtorName).orElse(null),
                account.map(ReliefStore.Account::iban).orElse(null), mayProduce);
    }

    static String messageId(String municipalityCode, YearMonth month, String runKey) {
        return "ONTZ-" + municipalityCode + "-" + month + "-" + (REGULAR.equals(runKey) ? "R" : "C" + runKey.substring(CORRECTION.length()));
    }

    private RegieProblem.Conflict alreadyProduced(PaymentRun r) {
        String by = users.displayNames(List.of(r.producedBy())).getOrDefault(r.producedBy(), r.producedBy());
        return new RegieProblem.Conflict("Betaalrun bestaat al", "De betaalrun van " + r.monthDutch() + " is al aangemaakt door "
                + by + " op " + DutchDates.show(LocalDate.ofInstant(r.producedAt(), java.time.ZoneId.of("Europe/Amsterdam")))
                + " (berichtkenmerk " + r.messageId() + "). Er is niets opnieuw betaald; download zo nodig het bestaande bestand.");
    }

    private static void requireTeamLead(RegieUser user) {
        if (!user.is(Role.TEAM_LEAD)) {
            throw new RegieProblem.Forbidden("De betaalrun van het ontzorgen is voor teamleiders.");
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
