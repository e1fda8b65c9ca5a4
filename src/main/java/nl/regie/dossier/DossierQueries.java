package nl.regie.dossier;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;

/** Reading dossiers, with the tenant rules applied and every read of person-level data logged. */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final DossierStore store;
    private final AccessLog accessLog;

    DossierQueries(DossierStore store, AccessLog accessLog) {
        this.store = store;
        this.accessLog = accessLog;
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
        List<DossierSummary> rows = store.list(f, (number - 1) * size, size);
        accessLog.record(user, null, AccessAction.LIST_DOSSIERS, purpose, channel);
        return new Page(rows, total, number, size);
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
