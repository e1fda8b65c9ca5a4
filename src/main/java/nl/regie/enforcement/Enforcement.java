package nl.regie.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierSummary;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.progress.MeetingRecord;
import nl.regie.progress.MissedReason;
import nl.regie.progress.ProgressMeetings;
import nl.regie.progress.ProgressView;
import nl.regie.rules.EnforcementRules;
import nl.regie.rules.SanctionKind;
import nl.regie.shared.RegieProblem;

/** Reading handhaving: a dossier's page, the team lead's approval queue, the archived beschikking, the policy versions. */
@Service
@Transactional(readOnly = true)
public class Enforcement {

    /** Rows on the team lead's queue. */
    public static final int QUEUE_LIMIT = 200;

    private final Cases cases;
    private final EnforcementStore store;
    private final ProgressMeetings meetings;
    private final DossierQueries dossiers;
    private final AccessLog accessLog;
    private final Clock clock;

    Enforcement(Cases cases, EnforcementStore store, ProgressMeetings meetings, DossierQueries dossiers, AccessLog accessLog,
                Clock clock) {
        this.cases = cases;
        this.store = store;
        this.meetings = meetings;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * A dossier's breaches with Regie's proposals, decisions, objections and measures; the missed meetings that are
     * candidates for a breach; DUO's decisions.
     *
     * @throws RegieProblem.NotFound  for a dossier of another municipality
     * @throws RegieProblem.Forbidden for anyone but consultants and team leads
     */
    public EnforcementView view(RegieUser user, UUID dossierId) {
        Dossier d = cases.dossier(user, dossierId, "Handhaving");
        accessLog.record(user, dossierId, AccessAction.VIEW_ENFORCEMENT, "Handhaving", Channel.UI);
        LocalDate today = LocalDate.now(clock);
        Cases.Loaded l = cases.load(dossierId);
        List<BreachView> views = new ArrayList<>();
        for (Breach b : l.breaches()) {
            List<SanctionDecision> ds = l.decisionsOf(b.id());
            SanctionDecision current = ds.isEmpty() ? null : ds.get(ds.size() - 1);
            BreachView v = new BreachView(b, null, ds, l.measures().get(b.id()), current == null ? null : l.objections().get(current.id()),
                    current != null && l.letters().contains(current.id()));
            if (v.needsDecision()) {
                FinePolicyVersion p = cases.policyFor(d, b.conductOn());
                v = new BreachView(b, EnforcementRules.propose(p.policy(), l.facts(b, today)), ds, v.benefitSanction(), v.objection(),
                        v.letter());
            }
            views.add(v);
        }
        Set<Long> used = l.breaches().stream().map(Breach::progressMeetingId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return new EnforcementView(d, store.policyOn(d.municipalityCode(), today).orElse(null), views,
                candidates(user, dossierId, used), store.duoDecisions(dossierId), user.isCaseworker(), user.is(Role.TEAM_LEAD),
                user.username(), today);
    }

    /** Missed progress meetings "niet verschenen zonder geldige reden" (read through progress's own access rules). */
    List<MeetingCandidate> candidates(RegieUser user, UUID dossierId, Set<Long> alreadyUsed) {
        ProgressView pv = meetings.view(user, dossierId);
        List<MeetingCandidate> out = new ArrayList<>();
        for (ProgressView.Entry e : pv.missed()) {
            MeetingRecord r = e.record();
            if (r.possibleBreach() && r.missedReason() == MissedReason.NO_SHOW && !alreadyUsed.contains(r.id())) {
                out.add(new MeetingCandidate(r.id(), e.number(), r.on(), r.explanation()));
            }
        }
        return out;
    }

    /** One line of the team lead's queue of fines awaiting approval. */
    public record QueueLine(long decisionId, UUID dossierId, String name, String consultantName, BigDecimal amount, String decidedBy,
                            LocalDate decidedOn, LocalDate policyValidFrom) {
        public String amountDutch() {
            return EnforcementRules.euro(amount);
        }
    }

    /** Fines awaiting approval in the team lead's municipality, oldest first. */
    public List<QueueLine> awaitingApproval(RegieUser user) {
        if (!user.is(Role.TEAM_LEAD)) {
            throw new RegieProblem.Forbidden("Boetes goedkeuren is voor teamleiders.");
        }
        List<SanctionDecision> rows = store.awaitingApproval(user.municipalityCode(), QUEUE_LIMIT);
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(SanctionDecision::dossierId).toList()));
        Map<UUID, DossierSummary> people = dossiers.summaries(user, ids, "Boetes ter goedkeuring", Channel.UI).stream()
                .collect(Collectors.toMap(DossierSummary::id, Function.identity()));
        accessLog.record(user, null, AccessAction.LIST_FINES_AWAITING_APPROVAL, "Boetes ter goedkeuring", Channel.UI);
        List<QueueLine> out = new ArrayList<>();
        for (SanctionDecision r : rows) {
            DossierSummary p = people.get(r.dossierId());
            if (p != null) {
                out.add(new QueueLine(r.id(), r.dossierId(), p.fullName(), p.consultantName(), r.amount(), r.decidedBy(), r.decidedOn(),
                        r.policyValidFrom()));
            }
        }
        return out;
    }

    /** The archived fine beschikking, as sent; every download is logged. */
    public byte[] letter(RegieUser user, UUID dossierId, long decisionId) {
        return archivedLetter(user, dossierId, decisionId, SanctionKind.FINE);
    }

    /** The letter of a written warning, archived when the warning was decided (logged as a download). */
    public byte[] warningLetter(RegieUser user, UUID dossierId, long decisionId) {
        return archivedLetter(user, dossierId, decisionId, SanctionKind.WARNING);
    }

    private byte[] archivedLetter(RegieUser user, UUID dossierId, long decisionId, SanctionKind kind) {
        boolean fine = kind == SanctionKind.FINE;
        String title = fine ? "Boetebeschikking" : "Waarschuwingsbrief";
        cases.dossier(user, dossierId, title);
        SanctionDecision dec = store.decision(decisionId).filter(x -> x.dossierId().equals(dossierId) && x.kind() == kind)
                .orElseThrow(() -> new RegieProblem.NotFound("Dit besluit hoort niet bij dit dossier."));
        byte[] pdf = store.letter(dec.id()).orElseThrow(() -> new RegieProblem.NotFound(fine ? "Dit besluit heeft (nog) geen beschikking."
                : "Bij deze waarschuwing is geen brief bewaard."));
        accessLog.record(user, dossierId, fine ? AccessAction.DOWNLOAD_FINE_LETTER : AccessAction.DOWNLOAD_WARNING_LETTER,
                title + " " + dec.id(), Channel.UI);
        return pdf;
    }

    /** The fine policy versions of the user's own municipality (no personal data). */
    public List<FinePolicyVersion> policies(RegieUser user) {
        return store.policies(ownMunicipality(user));
    }

    /** The version of the user's own municipality in force today, if any. */
    public java.util.Optional<FinePolicyVersion> policyInForce(RegieUser user) {
        return store.policyOn(ownMunicipality(user), LocalDate.now(clock));
    }

    private static String ownMunicipality(RegieUser user) {
        if (user.municipalityCode() == null) {
            throw new RegieProblem.Forbidden("Het boetebeleid hoort bij een gemeente; uw account hoort bij geen gemeente.");
        }
        return user.municipalityCode();
    }
}
