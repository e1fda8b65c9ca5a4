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
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.HouseholdMember.Relationship;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Records a newcomer's income situation with the date it started. Each newcomer has their own: when one partner
 * finds work and the household leaves the bijstand, the other becomes NUG but keeps their own duty, PIP and
 * trajectory (seed 000 par. 7.2). Nothing about the dossier's state or deadlines changes here.
 */
@Service
public class RecordingIncome {

    static final int MAX_REMARKS = 500;

    private final HouseholdStore store;
    private final DossierQueries dossiers;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingIncome(HouseholdStore store, DossierQueries dossiers, DossierTimeline timeline, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * What was recorded: for this dossier always; for the partner's own dossier when asked and not already NUG.
     *
     * @param partnerName the partner whose dossier now says "partner werkt (NUG)", or {@code null}
     * @param partnerWasNug the partner was asked for but already NUG, so nothing was added there
     */
    public record Outcome(IncomeSituation recorded, String partnerName, boolean partnerWasNug) {
    }

    /**
     * @param partnerBecomesNug with {@link IncomeType#OWN_INCOME}: the household leaves the bijstand, so the linked
     *                          partner's own dossier records {@link IncomeType#PARTNER_WORKS} from the same date
     */
    @Transactional
    public Outcome record(RegieUser user, UUID dossierId, IncomeType type, LocalDate validFrom, String remarks,
                          boolean partnerBecomesNug) {
        requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Inkomenssituatie vastleggen", Channel.UI);
        requireOpen(d);
        store.lockDossier(dossierId);
        Map<String, String> problems = new LinkedHashMap<>();
        IncomeSituation current = store.currentIncome(dossierId).orElse(null);
        if (type == null) {
            problems.put("situation", "Kies de inkomenssituatie.");
        } else if (current != null && current.type() == type) {
            problems.put("situation", "Dit is al de huidige inkomenssituatie (sinds " + DutchDates.show(current.validFrom()) + ").");
        }
        checkDate(problems, validFrom, current);
        maxLength(problems, "incomeRemarks", remarks == null ? null : remarks.trim(), MAX_REMARKS);
        Dossier partner = null;
        if (partnerBecomesNug) {
            if (type != IncomeType.OWN_INCOME) {
                problems.put("partnerBecomesNug", "Alleen bij 'Eigen inkomen of werk' wordt de partner NUG.");
            } else {
                UUID partnerId = store.members(dossierId).stream()
                        .filter(m -> m.relationship() == Relationship.PARTNER && m.relatedDossierId() != null)
                        .map(HouseholdStore.MemberRow::relatedDossierId).findFirst().orElse(null);
                if (partnerId == null) {
                    problems.put("partnerBecomesNug", "Er is geen partner met een gekoppeld eigen dossier; koppel eerst "
                            + "het dossier van de partner (onder Gezinsleden).");
                } else {
                    partner = partnerProblems(user, partnerId, validFrom, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        String note = trimToNull(remarks);
        store.insertIncome(dossierId, type, validFrom, note, user.username(), clock.instant());
        timeline.append(user, dossierId, EventType.INCOME_RECORDED, validFrom, summary("Inkomenssituatie: " + type.dutch()
                + (type.nug() ? " — eigen inburgeringstraject loopt door" : "")), note);
        String partnerName = null;
        boolean partnerWasNug = partner != null && store.currentIncome(partner.id()).map(IncomeSituation::nug).orElse(false);
        if (partner != null && !partnerWasNug) {
            store.lockDossier(partner.id());
            String why = summary("Partner " + d.fullName() + " heeft eigen inkomen of werk; het huishouden is uit de bijstand.");
            store.insertIncome(partner.id(), IncomeType.PARTNER_WORKS, validFrom, why, user.username(), clock.instant());
            timeline.append(user, partner.id(), EventType.INCOME_RECORDED, validFrom,
                    "Inkomenssituatie: " + IncomeType.PARTNER_WORKS.dutch() + " — eigen inburgeringstraject loopt door", why);
            partnerName = partner.fullName();
        }
        return new Outcome(store.currentIncome(dossierId).orElseThrow(), partnerName, partnerWasNug);
    }

    private void checkDate(Map<String, String> problems, LocalDate validFrom, IncomeSituation current) {
        if (validFrom == null) {
            problems.put("validFrom", "Vul de datum in waarop deze situatie is ingegaan.");
        } else if (validFrom.isAfter(LocalDate.now(clock))) {
            problems.put("validFrom", "De datum ligt in de toekomst; leg de situatie vast zodra die is ingegaan.");
        } else if (current != null && validFrom.isBefore(current.validFrom())) {
            problems.put("validFrom", "De datum ligt vóór de huidige situatie (" + current.type().dutch() + " sinds "
                    + DutchDates.show(current.validFrom()) + ").");
        }
    }

    /** The partner's own dossier, when it can take "partner werkt (NUG)" from {@code validFrom}. */
    private Dossier partnerProblems(RegieUser user, UUID partnerId, LocalDate validFrom, Map<String, String> problems) {
        Dossier p = dossiers.get(user, partnerId, "Inkomenssituatie partner vastleggen", Channel.UI);
        if (p.state() == DossierState.CLOSED) {
            problems.put("partnerBecomesNug", "Het dossier van de partner (" + p.fullName() + ") is gesloten.");
            return null;
        }
        IncomeSituation pc = store.currentIncome(partnerId).orElse(null);
        if (pc != null && validFrom != null && validFrom.isBefore(pc.validFrom())) {
            problems.put("partnerBecomesNug", "In het dossier van " + p.fullName() + " staat een latere situatie ("
                    + pc.type().dutch() + " sinds " + DutchDates.show(pc.validFrom()) + "); leg het daar vast.");
            return null;
        }
        return p;
    }
}
