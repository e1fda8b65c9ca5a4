package nl.regie.route;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.LearningRouteRules;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * The milestones of the PVT (excursion, signing the participatieverklaring) and the MAP (practical part, completion).
 * Their hours are hour records of the components PVT and MAP. One row per dossier and module, changed with the
 * version the user read (optimistic locking).
 */
@Service
public class RecordingModules {

    private final RouteContext context;
    private final RouteStore store;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingModules(RouteContext context, RouteStore store, DossierTimeline timeline, Clock clock) {
        this.context = context;
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Records the PVT's excursion and the signing of the participatieverklaring. Signing ends the traject of at least
     * 12 hours (Bi art. 3.1), so it is refused while fewer PVT hours are recorded.
     *
     * @param expectedVersion the version read (0 when nothing was recorded yet)
     */
    @Transactional
    public ParticipationStatementProgress participationStatement(RegieUser user, UUID dossierId, LocalDate excursionOn,
                                                                 LocalDate signedOn, long expectedVersion) {
        context.change(user, dossierId, "PVT-voortgang vastleggen");
        LocalDate today = LocalDate.now(clock);
        ParticipationStatementProgress now = store.participationStatement(dossierId).orElse(ParticipationStatementProgress.NONE);
        Map<String, String> problems = new LinkedHashMap<>();
        notInFuture("excursionOn", "De excursie", excursionOn, today, problems);
        notInFuture("signedOn", "De ondertekening", signedOn, today, problems);
        if (excursionOn == null && signedOn == null && !now.recorded()) {
            problems.put("excursionOn", "Vul de datum van de excursie of van de ondertekening in.");
        }
        if (excursionOn != null && signedOn != null && signedOn.isBefore(excursionOn) && !problems.containsKey("signedOn")) {
            problems.put("signedOn", "De ondertekening sluit het PVT af en ligt niet vóór de excursie ("
                    + DutchDates.show(excursionOn) + ").");
        }
        if (signedOn != null && !problems.containsKey("signedOn")) {
            BigDecimal hours = store.hours(dossierId).stream()
                    .filter(h -> h.component() == ProgrammeComponent.PARTICIPATION_STATEMENT_PROGRAMME)
                    .map(HourRecord::attendedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
            var decision = LearningRouteRules.participationStatementSigning(hours);
            if (!decision.allowed()) {
                problems.put("signedOn", decision.reason());
            }
        }
        if (problems.isEmpty() && now.recorded() && Objects.equals(now.excursionOn(), excursionOn)
                && Objects.equals(now.signedOn(), signedOn)) {
            problems.put("excursionOn", "Er is niets gewijzigd.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        if (!now.recorded()) {
            insertOnce(() -> store.insertParticipationStatement(dossierId, excursionOn, signedOn, user.username(), clock.instant()),
                    expectedVersion, "PVT");
        } else if (!store.updateParticipationStatement(dossierId, expectedVersion, excursionOn, signedOn, user.username(),
                clock.instant())) {
            throw changedMeanwhile("PVT");
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.PVT_PROGRESS, signedOn != null ? signedOn : excursionOn,
                "PVT: " + describe("excursie", excursionOn) + "; " + describe("participatieverklaring ondertekend", signedOn), null);
        return store.participationStatement(dossierId).orElseThrow();
    }

    /**
     * Records the MAP's practical part and its completion. Not in the onderwijsroute (Wi art. 8); the module is
     * completed after its practical part.
     */
    @Transactional
    public LabourMarketModuleProgress labourMarketModule(RegieUser user, UUID dossierId, LocalDate practicalDoneOn,
                                                         LocalDate completedOn, long expectedVersion) {
        RouteContext.Context c = context.change(user, dossierId, "MAP-voortgang vastleggen");
        var allowed = LearningRouteRules.componentAllowed(c.route(), ProgrammeComponent.LABOUR_MARKET_MODULE);
        if (!allowed.allowed()) {
            throw new RegieProblem.Conflict("Niet in deze leerroute", allowed.reason() + " (" + allowed.article() + ")");
        }
        LocalDate today = LocalDate.now(clock);
        LabourMarketModuleProgress now = store.labourMarketModule(dossierId).orElse(LabourMarketModuleProgress.NONE);
        Map<String, String> problems = new LinkedHashMap<>();
        notInFuture("practicalDoneOn", "Het praktijkdeel", practicalDoneOn, today, problems);
        notInFuture("completedOn", "De afronding", completedOn, today, problems);
        if (practicalDoneOn == null && completedOn == null && !now.recorded()) {
            problems.put("practicalDoneOn", "Vul de datum van het praktijkdeel of van de afronding in.");
        }
        if (completedOn != null && !problems.containsKey("completedOn")) {
            if (practicalDoneOn == null) {
                problems.put("completedOn", "De MAP wordt afgerond na het praktijkdeel; vul ook de datum van het praktijkdeel in.");
            } else if (completedOn.isBefore(practicalDoneOn)) {
                problems.put("completedOn", "De afronding ligt vóór het praktijkdeel (" + DutchDates.show(practicalDoneOn) + ").");
            }
        }
        if (problems.isEmpty() && now.recorded() && Objects.equals(now.practicalDoneOn(), practicalDoneOn)
                && Objects.equals(now.completedOn(), completedOn)) {
            problems.put("practicalDoneOn", "Er is niets gewijzigd.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        if (!now.recorded()) {
            insertOnce(() -> store.insertLabourMarketModule(dossierId, practicalDoneOn, completedOn, user.username(), clock.instant()),
                    expectedVersion, "MAP");
        } else if (!store.updateLabourMarketModule(dossierId, expectedVersion, practicalDoneOn, completedOn, user.username(),
                clock.instant())) {
            throw changedMeanwhile("MAP");
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.MAP_PROGRESS, completedOn != null ? completedOn : practicalDoneOn,
                "MAP: " + describe("praktijkdeel gedaan", practicalDoneOn) + "; " + describe("afgerond", completedOn), null);
        return store.labourMarketModule(dossierId).orElseThrow();
    }

    private static void insertOnce(Runnable insert, long expectedVersion, String module) {
        if (expectedVersion != 0) {
            throw changedMeanwhile(module);
        }
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            throw changedMeanwhile(module);
        }
    }

    private static RegieProblem.Conflict changedMeanwhile(String module) {
        return new RegieProblem.Conflict(module + " intussen gewijzigd", "De " + module + "-voortgang is intussen door een "
                + "collega gewijzigd. Uw wijziging is niet opgeslagen; open de pagina opnieuw.");
    }

    private static void notInFuture(String field, String what, LocalDate date, LocalDate today, Map<String, String> problems) {
        if (date != null && date.isAfter(today)) {
            problems.put(field, what + " ligt in de toekomst; leg een datum vast als het gebeurd is.");
        }
    }

    private static String describe(String what, LocalDate on) {
        return on == null ? what + ": nog niet" : what + " op " + DutchDates.show(on);
    }
}
