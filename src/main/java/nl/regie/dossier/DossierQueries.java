package nl.regie.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.rules.DeadlineCode;

/** Reading dossiers, with the tenant rules applied and every read of person-level data logged. */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final DossierStore store;
    private final AccessLog accessLog;
    private final DossierLaw law;

    DossierQueries(DossierStore store, AccessLog accessLog, DossierLaw law) {
        this.store = store;
        this.accessLog = accessLog;
        this.law = law;
    }

    /** @throws nl.regie.shared.RegieProblem.NotFound also when the dossier belongs to another municipality */
    public Dossier get(RegieUser user, UUID id, String purpose, Channel channel) {
        DossierAccessPolicy.requireDossierRole(user);
        Dossier d = store.find(id).filter(x -> DossierAccessPolicy.canRead(user, x.municipalityCode()))
                .orElseThrow(DossierAccessPolicy::notFound);
        accessLog.record(user, id, AccessAction.VIEW_DOSSIER, purpose, channel);
        return d;
    }

    public List<TimelineEvent> timeline(RegieUser user, UUID id, String purpose, Channel channel) {
        DossierAccessPolicy.requireDossierRole(user);
        Dossier d = store.find(id).filter(x -> DossierAccessPolicy.canRead(user, x.municipalityCode()))
                .orElseThrow(DossierAccessPolicy::notFound);
        accessLog.record(user, d.id(), AccessAction.VIEW_TIMELINE, purpose, channel);
        return store.events(id);
    }

    /**
     * A page of the user's worklist. Consultants and team leads see their own municipality; a chain partner
     * sees only referred dossiers (none until referrals exist).
     *
     * @param page 1-based
     */
    public Page list(RegieUser user, WorklistFilter filter, int page, int pageSize, String purpose, Channel channel) {
        DossierAccessPolicy.requireDossierRole(user);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        int number = Math.max(1, page);
        if (user.role() == Role.CHAIN_PARTNER) {
            return new Page(List.of(), 0, number, size);
        }
        DossierStore.Filter f = new DossierStore.Filter(user.municipalityCode(), filter.state(),
                filter.consultantUsername(), filter.nameContains());
        long total = store.count(f);
        List<DossierSummary> found = store.list(f, (number - 1) * size, size);
        var messages = store.topSignalMessages(found.stream().filter(r -> r.signalCount() > 0).map(DossierSummary::id).toList());
        List<DossierSummary> rows = found.stream().map(r -> r.signalCount() == 0 ? r : new DossierSummary(r.id(),
                r.municipalityCode(), r.givenNames(), r.familyName(), r.birthDate(), r.nationality(), r.targetGroup(),
                r.state(), r.stateSince(), r.consultantUsername(), r.consultantName(), r.version(), r.signalCount(),
                r.topSeverity(), messages.get(r.id()))).toList();
        accessLog.record(user, null, AccessAction.LIST_DOSSIERS, purpose, channel);
        return new Page(rows, total, number, size);
    }

    /**
     * Worklist lines (without signals) of the given dossiers, for another module's list of dossiers (such as the
     * missed voortgangsgesprekken): only those the user may read; the list is logged once, like a worklist page.
     */
    public List<DossierSummary> summaries(RegieUser user, List<UUID> ids, String purpose, Channel channel) {
        DossierAccessPolicy.requireDossierRole(user);
        if (user.role() == Role.CHAIN_PARTNER || ids.isEmpty()) {
            return List.of();
        }
        List<DossierSummary> found = store.summaries(user.municipalityCode(), ids);
        accessLog.record(user, null, AccessAction.LIST_DOSSIERS, purpose, channel);
        return found;
    }

    /**
     * What the law says for a dossier: the live assessment, stored deadlines, open signals, and where it stands with
     * its voortgangsgesprekken ({@code null} when it has no schedule yet).
     */
    public record LawView(nl.regie.rules.Assessment assessment, List<DossierDeadline> deadlines, List<Signal> signals,
                          MeetingStatus meetings) {
    }

    /** Call after {@link #get}: the same access rules, no second log line for the same page view. */
    public LawView law(RegieUser user, Dossier d) {
        DossierAccessPolicy.requireDossierRole(user);
        if (!DossierAccessPolicy.canRead(user, d.municipalityCode())) {
            throw DossierAccessPolicy.notFound();
        }
        List<DossierDeadline> deadlines = store.deadlines(d.id()).stream()
                .map(x -> new DossierDeadline(x.code(), x.date(), x.basis(), x.explanation())).toList();
        LocalDate termEnd = deadlines.stream().filter(x -> x.code() == DeadlineCode.TERM_END).map(DossierDeadline::date)
                .findFirst().orElse(null);
        return new LawView(law.assess(d), deadlines, store.signals(d.id()), law.meetingStatus(d, termEnd));
    }

    /** The team lead's overview of open signals in their municipality. */
    public SignalOverview signalOverview(RegieUser user) {
        if (user.role() != Role.TEAM_LEAD) {
            throw new nl.regie.shared.RegieProblem.Forbidden("Het signalenoverzicht is voor teamleiders.");
        }
        accessLog.record(user, null, AccessAction.LIST_DOSSIERS, "Signalenoverzicht teamleider", Channel.UI);
        return new SignalOverview(store.signalsPerConsultant(user.municipalityCode()),
                store.openSignals(user.municipalityCode(), 100));
    }

    public record WorklistFilter(DossierState state, String consultantUsername, String nameContains) {
    }

    public record Page(List<DossierSummary> items, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page < pages();
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }
}
