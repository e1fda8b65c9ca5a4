package nl.regie.household;

import static nl.regie.household.HouseholdRules.maxLength;
import static nl.regie.household.HouseholdRules.requireCaseworker;
import static nl.regie.household.HouseholdRules.requireOpen;
import static nl.regie.household.HouseholdRules.summary;
import static nl.regie.household.HouseholdRules.trimToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLookup;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.HouseholdMember;
import nl.regie.dossier.HouseholdMember.Relationship;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.shared.Bsn;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Changes the composition of a household after registration: adding and removing members, and linking a member to
 * their own dossier in the same municipality. Every change is one transaction with its timeline event.
 */
@Service
public class EditingHousehold {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;

    private final HouseholdStore store;
    private final DossierQueries dossiers;
    private final DossierLookup lookup;
    private final DossierTimeline timeline;
    private final Clock clock;

    EditingHousehold(HouseholdStore store, DossierQueries dossiers, DossierLookup lookup, DossierTimeline timeline, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Adds a member. A household has at most one partner at a time (a second one is refused until the first is
     * removed); a birth date may not lie in the future.
     *
     * @return the new member's id
     */
    @Transactional
    public long addMember(RegieUser user, UUID dossierId, HouseholdMember member, String reason) {
        requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Huishouden wijzigen", Channel.UI);
        requireOpen(d);
        store.lockDossier(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (member.relationship() == null) {
            problems.put("relationship", "Kies de relatie van dit gezinslid.");
        } else if (member.relationship() == Relationship.PARTNER) {
            store.members(dossierId).stream().filter(m -> m.relationship() == Relationship.PARTNER).findFirst()
                    .ifPresent(p -> problems.put("relationship", "Er staat al een partner in het huishouden (" + p.name()
                            + "). Een huishouden heeft één partner; verwijder eerst de huidige partner als de relatie is beëindigd."));
        }
        if (member.name() == null || member.name().isBlank()) {
            problems.put("name", "Naam van het gezinslid is verplicht.");
        } else {
            maxLength(problems, "name", member.name().trim(), MAX_NAME);
        }
        if (member.birthDate() != null && member.birthDate().isAfter(LocalDate.now(clock))) {
            problems.put("birthDate", "De geboortedatum ligt in de toekomst.");
        }
        maxLength(problems, "addReason", reason, MAX_REASON);
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        String name = member.name().trim();
        long id = store.insertMember(dossierId, member.relationship(), name, member.birthDate());
        timeline.append(user, dossierId, EventType.HOUSEHOLD_CHANGED, null,
                summary("Gezinslid toegevoegd: " + describe(member.relationship(), name, member.birthDate())), trimToNull(reason));
        return id;
    }

    /**
     * Removes a member who no longer belongs to the household (relationship ended, moved out, entered by mistake),
     * with the childcare recorded for them. A reason is required; the timeline keeps who was removed, when and why.
     * A linked member's own dossier is not touched.
     */
    @Transactional
    public void removeMember(RegieUser user, UUID dossierId, Long memberId, String reason) {
        requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Huishouden wijzigen", Channel.UI);
        requireOpen(d);
        store.lockDossier(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        HouseholdStore.MemberRow m = memberOrProblem(dossierId, memberId, "removeMemberId", problems);
        if (reason == null || reason.isBlank()) {
            problems.put("removeReason", "Geef de reden, bijvoorbeeld 'relatie beëindigd' of 'woont niet meer in het huishouden'.");
        } else {
            maxLength(problems, "removeReason", reason.trim(), MAX_REASON);
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        store.deleteMember(m.id());
        timeline.append(user, dossierId, EventType.HOUSEHOLD_CHANGED, null,
                summary("Gezinslid verwijderd: " + describe(m.relationship(), m.name(), m.birthDate())
                        + (m.relatedDossierId() == null ? "" : " (het eigen dossier van dit gezinslid blijft bestaan)")),
                reason.trim());
    }

    /**
     * Links a member to their own dossier, found by BSN (11-proef) among the dossiers of the household's own
     * municipality only. The answer is the same whether or not the BSN has a dossier elsewhere, so nothing about
     * other municipalities can be learned here. Both timelines record the link.
     */
    @Transactional
    public void link(RegieUser user, UUID dossierId, Long memberId, String bsn) {
        requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Huishouden wijzigen", Channel.UI);
        requireOpen(d);
        store.lockDossier(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        HouseholdStore.MemberRow m = memberOrProblem(dossierId, memberId, "linkMemberId", problems);
        if (m != null && m.relatedDossierId() != null) {
            problems.put("linkMemberId", m.name() + " is al gekoppeld aan een eigen dossier.");
        }
        String bsnProblem = Bsn.problemWith(bsn);
        UUID found = null;
        if (bsnProblem != null) {
            problems.put("bsn", bsnProblem);
        } else if (bsn.trim().equals(d.bsn().value())) {
            problems.put("bsn", "Dit is het BSN van dit dossier zelf; vul het BSN van het gezinslid in.");
        } else {
            found = lookup.dossierWithBsn(user, bsn.trim()).orElse(null);
            if (found == null) {
                problems.put("bsn", "Er is in uw gemeente geen dossier met dit BSN. Een gezinslid kan alleen worden "
                        + "gekoppeld aan een dossier in dezelfde gemeente.");
            } else {
                UUID target = found;
                store.members(dossierId).stream().filter(x -> target.equals(x.relatedDossierId())).findFirst()
                        .ifPresent(x -> problems.put("bsn", "Dit dossier is al gekoppeld aan " + x.name() + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        Dossier other = dossiers.get(user, found, "Huishouden: gezinslid koppelen", Channel.UI);
        store.link(m.id(), other.id());
        timeline.append(user, dossierId, EventType.HOUSEHOLD_CHANGED, null,
                summary("Gezinslid gekoppeld aan eigen dossier: " + m.relationship().dutch().toLowerCase() + " " + m.name()
                        + " → dossier van " + other.fullName()), null);
        timeline.append(user, other.id(), EventType.HOUSEHOLD_CHANGED, null,
                summary("Gekoppeld als gezinslid (" + m.relationship().dutch().toLowerCase() + ") in het huishouden van "
                        + d.fullName()), null);
    }

    /** Undoes a link made by mistake; both dossiers stay as they are, both timelines record it. */
    @Transactional
    public void unlink(RegieUser user, UUID dossierId, Long memberId) {
        requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Huishouden wijzigen", Channel.UI);
        requireOpen(d);
        store.lockDossier(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        HouseholdStore.MemberRow m = memberOrProblem(dossierId, memberId, "unlinkMemberId", problems);
        if (m != null && m.relatedDossierId() == null) {
            problems.put("unlinkMemberId", m.name() + " is niet gekoppeld.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        Dossier other = dossiers.get(user, m.relatedDossierId(), "Huishouden: koppeling verwijderen", Channel.UI);
        store.link(m.id(), null);
        timeline.append(user, dossierId, EventType.HOUSEHOLD_CHANGED, null,
                summary("Koppeling verwijderd: " + m.name() + " is niet meer gekoppeld aan het dossier van " + other.fullName()), null);
        timeline.append(user, other.id(), EventType.HOUSEHOLD_CHANGED, null,
                summary("Niet meer gekoppeld als gezinslid in het huishouden van " + d.fullName()), null);
    }

    private HouseholdStore.MemberRow memberOrProblem(UUID dossierId, Long memberId, String field, Map<String, String> problems) {
        if (memberId == null) {
            problems.put(field, "Kies het gezinslid.");
            return null;
        }
        HouseholdStore.MemberRow m = store.member(dossierId, memberId).orElse(null);
        if (m == null) {
            problems.put(field, "Dit gezinslid staat niet (meer) in het huishouden; laad de pagina opnieuw.");
        }
        return m;
    }

    static String describe(Relationship relationship, String name, LocalDate birthDate) {
        return relationship.dutch().toLowerCase() + " " + name + (birthDate == null ? "" : " (geboren " + DutchDates.show(birthDate) + ")");
    }
}
