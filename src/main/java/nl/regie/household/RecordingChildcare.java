package nl.regie.household;

import static nl.regie.household.HouseholdRules.maxLength;
import static nl.regie.household.HouseholdRules.requireCaseworker;
import static nl.regie.household.HouseholdRules.requireOpen;
import static nl.regie.household.HouseholdRules.summary;
import static nl.regie.household.HouseholdRules.trimToNull;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.HouseholdMember.Relationship;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Records a child's childcare: whether it is needed, how it is arranged, how many hours a week. Seed 000 par. 7.2:
 * childcare must be arranged when both partners follow a trajectory, or one works and the other follows one.
 * Each recording is kept (append-only); the latest counts.
 */
@Service
public class RecordingChildcare {

    /** A full working week of daycare is about 50 hours; more than 60 a week is a typing error. */
    static final int MAX_HOURS = 60;
    static final int MAX_REMARKS = 1000;

    private final HouseholdStore store;
    private final DossierQueries dossiers;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingChildcare(HouseholdStore store, DossierQueries dossiers, DossierTimeline timeline, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public void record(RegieUser user, UUID dossierId, long memberId, ChildcareInput in) {
        requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Kinderopvang vastleggen", Channel.UI);
        requireOpen(d);
        HouseholdStore.MemberRow child = store.member(dossierId, memberId)
                .orElseThrow(() -> new RegieProblem.NotFound("Dit gezinslid staat niet (meer) in het huishouden."));
        if (child.relationship() != Relationship.CHILD) {
            throw new RegieProblem.InvalidInput("need", "Kinderopvang wordt alleen voor kinderen vastgelegd.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.need() == null) {
            problems.put("need", "Kies of er opvang nodig is: ja, nee of onbekend.");
        } else if (in.need() == ChildcareNeed.YES && in.arrangement() == null) {
            problems.put("arrangement", "Kies hoe de opvang is geregeld; kies 'Geen' als die nog niet geregeld is.");
        }
        if (in.hoursPerWeek() != null && (in.hoursPerWeek() < 0 || in.hoursPerWeek() > MAX_HOURS)) {
            problems.put("hoursPerWeek", "Het aantal uren per week ligt tussen 0 en " + MAX_HOURS + ".");
        }
        maxLength(problems, "childcareRemarks", in.remarks() == null ? null : in.remarks().trim(), MAX_REMARKS);
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        ChildcareInput clean = new ChildcareInput(in.need(), in.arrangement(), in.hoursPerWeek(), trimToNull(in.remarks()));
        store.insertChildcare(dossierId, memberId, clean, user.username(), clock.instant());
        Childcare recorded = new Childcare(clean.need(), clean.arrangement(), clean.hoursPerWeek(), clean.remarks(),
                user.username(), clock.instant());
        timeline.append(user, dossierId, EventType.CHILDCARE_RECORDED, null,
                summary("Kinderopvang " + child.name() + ": " + recorded.shortDutch()), clean.remarks());
    }
}
