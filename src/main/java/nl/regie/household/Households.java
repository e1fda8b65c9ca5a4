package nl.regie.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.rules.Ages;
import nl.regie.shared.RegieProblem;

/**
 * Reading households. The dossier itself and every linked member's own dossier are read through
 * {@link DossierQueries#get}, so the tenant rules apply (another municipality: 404; policy officer: 403) and each
 * person-level read is in the access log.
 */
@Service
@Transactional(readOnly = true)
public class Households {

    /** The NUG list shows at most this many dossiers, longest NUG first. */
    public static final int NUG_LIST_LIMIT = 500;

    private final HouseholdStore store;
    private final DossierQueries dossiers;
    private final Users users;
    private final AccessLog accessLog;
    private final Clock clock;

    Households(HouseholdStore store, DossierQueries dossiers, Users users, AccessLog accessLog, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The household of a dossier; {@code purpose} goes into the access log. */
    public Household household(RegieUser user, UUID dossierId, String purpose) {
        Dossier d = dossiers.get(user, dossierId, purpose, Channel.UI);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Childcare> childcare = store.childcare(dossierId);
        List<Household.Member> members = new ArrayList<>();
        for (HouseholdStore.MemberRow m : store.members(dossierId)) {
            Household.LinkedDossier linked = m.relatedDossierId() == null ? null : linked(user, m.relatedDossierId());
            members.add(new Household.Member(m.id(), m.relationship(), m.name(), m.birthDate(),
                    m.birthDate() == null || m.birthDate().isAfter(today) ? null : Ages.on(m.birthDate(), today),
                    m.relatedDossierId(), linked, childcare.get(m.id())));
        }
        return new Household(d, store.currentIncome(dossierId).orElse(null), store.incomeHistory(dossierId), members);
    }

    /**
     * A linked member's own dossier, read (and logged) as the user may see it. A link never leaves the municipality
     * (see {@link EditingHousehold#link}) and a dossier never changes municipality, so whoever may read the household
     * may read the linked dossier too.
     */
    private Household.LinkedDossier linked(RegieUser user, UUID id) {
        Dossier o = dossiers.get(user, id, "Huishouden: eigen dossier van een gezinslid", Channel.UI);
        String consultant = o.consultantUsername() == null ? null
                : users.find(o.consultantUsername()).map(RegieUser::displayName).orElse(o.consultantUsername());
        return new Household.LinkedDossier(o.id(), o.fullName(), o.state(), o.targetGroup(), consultant,
                store.currentIncome(o.id()).orElse(null));
    }

    /**
     * The team lead's list of open dossiers whose newcomer is NUG now, so that nobody who lost the benefit because a
     * partner found work drops out of sight (seed 000 par. 7.2). Own municipality only; one access-log line.
     */
    public List<NugDossier> nugDossiers(RegieUser user) {
        if (!user.is(Role.TEAM_LEAD)) {
            throw new RegieProblem.Forbidden("Het NUG-overzicht is voor teamleiders.");
        }
        accessLog.record(user, null, AccessAction.LIST_DOSSIERS, "NUG-overzicht teamleider", Channel.UI);
        return store.nugDossiers(user.municipalityCode(), NUG_LIST_LIMIT);
    }
}
