package nl.regie.route;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.ExamPart;
import nl.regie.rules.LanguageLevel;
import nl.regie.rules.LearningRouteRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/** Records exam results per part (attempts numbered per part) and the municipality's afschalen decisions. */
@Service
public class RecordingExams {

    private final RouteContext context;
    private final RouteStore store;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingExams(RouteContext context, RouteStore store, DossierTimeline timeline, Clock clock) {
        this.context = context;
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Records one attempt at an exam part. The attempt number is the next one for this part; a new attempt is not
     * dated before the previous one. Language parts carry the level taken; KNM has none.
     */
    @Transactional
    public ExamResult recordResult(RegieUser user, UUID dossierId, ExamPart part, LocalDate takenOn, LanguageLevel level,
                                   Boolean passed) {
        context.change(user, dossierId, "Examenuitslag vastleggen");
        Map<String, String> problems = new LinkedHashMap<>();
        if (part == null) {
            problems.put("part", "Kies het examenonderdeel.");
        }
        if (takenOn == null) {
            problems.put("takenOn", "Vul de examendatum in.");
        } else if (takenOn.isAfter(LocalDate.now(clock))) {
            problems.put("takenOn", "De examendatum ligt in de toekomst; leg een uitslag vast na het examen.");
        }
        if (part != null && part.isLanguage() && level == null) {
            problems.put("level", "Kies het niveau waarop " + part.dutch().toLowerCase() + " is afgelegd.");
        } else if (part != null && !part.isLanguage() && level != null) {
            problems.put("level", "KNM heeft geen taalniveau; laat het niveau leeg.");
        }
        if (passed == null) {
            problems.put("passed", "Kies of het onderdeel behaald is.");
        }
        if (part != null && takenOn != null && !problems.containsKey("takenOn")) {
            store.examResults(dossierId).stream().filter(r -> r.part() == part)
                    .max(Comparator.comparingInt(ExamResult::attemptNo))
                    .filter(r -> takenOn.isBefore(r.takenOn()))
                    .ifPresent(r -> problems.put("takenOn", "De vorige poging voor " + part.dutch().toLowerCase() + " (poging "
                            + r.attemptNo() + ") was op " + DutchDates.show(r.takenOn()) + "; een nieuwe poging ligt niet daarvóór."));
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        int attempt = store.lastAttempt(dossierId, part) + 1;
        long id;
        try {
            id = store.insertExamResult(dossierId, part, attempt, takenOn, level, passed, user.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RegieProblem.Conflict("Uitslag intussen vastgelegd", "Een collega legde zojuist een poging voor "
                    + part.dutch().toLowerCase() + " vast. Er is niets opgeslagen; open de pagina opnieuw.");
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.EXAM_RESULT_RECORDED, takenOn,
                part.dutch() + (level == null ? "" : " " + level.name()) + ", poging " + attempt + ": "
                        + (passed ? "behaald" : "niet behaald"), null);
        return store.examResults(dossierId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /**
     * Afschalen (Wi art. 17 lid 3, Bi art. 5.5): the municipality lets the given language parts be taken at A2. Only
     * in the B1-route and only once at least 600 language hours at a provider with a keurmerk are recorded over
     * periods ended by the decision date; refused with the reason otherwise.
     */
    @Transactional
    public LevelDowngrade downgrade(RegieUser user, UUID dossierId, Set<ExamPart> parts, String reason, LocalDate decidedOn) {
        RouteContext.Context c = context.change(user, dossierId, "Afschalen vastleggen");
        Map<String, String> problems = new LinkedHashMap<>();
        if (decidedOn == null) {
            problems.put("decidedOn", "Vul de datum van het besluit in.");
        } else if (decidedOn.isAfter(LocalDate.now(clock))) {
            problems.put("decidedOn", "De besluitdatum ligt in de toekomst; leg het besluit vast als het genomen is.");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Geef de reden: de aanzienlijke inspanningen en wat de taalaanbieder adviseert.");
        } else {
            RecordingHours.checkLength("reason", reason.trim(), 2000, problems);
        }
        Set<ExamPart> requested = EnumSet.noneOf(ExamPart.class);
        if (parts != null) {
            requested.addAll(parts);
        }
        List<LevelDowngrade> earlier = store.downgrades(dossierId);
        Set<ExamPart> already = EnumSet.noneOf(ExamPart.class);
        earlier.forEach(d -> already.addAll(d.parts()));
        List<HourRecord> hours = store.hours(dossierId);
        BigDecimal qualifying = RouteProgress.qualifyingLanguageHours(hours, decidedOn == null ? LocalDate.now(clock) : decidedOn);
        var decision = LearningRouteRules.levelDowngrade(c.route(), qualifying, requested, already);
        if (!decision.allowed()) {
            boolean aboutParts = requested.isEmpty() || requested.contains(ExamPart.KNM)
                    || requested.stream().anyMatch(already::contains);
            if (aboutParts) {
                problems.put("parts", decision.reason());
            } else if (problems.isEmpty()) {
                throw new RegieProblem.Conflict("Afschalen niet mogelijk", decision.reason());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        String why = reason.trim();
        long id;
        try {
            id = store.insertDowngrade(dossierId, decidedOn, requested, why, qualifying, user.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RegieProblem.Conflict("Intussen afgeschaald", "Een collega legde zojuist afschalen voor een van deze "
                    + "onderdelen vast. Er is niets opgeslagen; open de pagina opnieuw.");
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.LEVEL_DOWNGRADED, decidedOn,
                "Afgeschaald naar A2: " + requested.stream().map(ExamPart::dutch).collect(Collectors.joining(", "))
                        + " (na " + LearningRouteRules.dutchHours(qualifying) + " uur taalonderwijs met keurmerk)", why);
        return store.downgrades(dossierId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }
}
