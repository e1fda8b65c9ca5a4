package nl.regie.route;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.Dossier;
import nl.regie.identity.RegieUser;
import nl.regie.plan.IntegrationPlan;
import nl.regie.rules.ExamPart;
import nl.regie.rules.LanguageLevel;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.LearningRouteRules;
import nl.regie.rules.LearningRouteRules.RequiredPart;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.rules.TargetGroup;

/**
 * Reading a dossier's progress on its learning route; access as for the dossier itself (tenant rule: another
 * municipality's dossier is not found; policy officers are refused; every read is in the access log).
 *
 * <p>For other modules: {@link #of(RegieUser, UUID)} gives the {@link Progress} summary, for instance whether all
 * required exam parts are passed ({@link Progress#allRequiredExamPartsPassed()}) and on which date the last one was
 * ({@link Progress#examsCompletedOn()}), or the Z-route eindgesprek and the taalschakeltraject.
 */
@Service
@Transactional(readOnly = true)
public class RouteProgress {

    private final RouteContext context;
    private final RouteStore store;

    RouteProgress(RouteContext context, RouteStore store) {
        this.context = context;
        this.store = store;
    }

    /** The progress summary of a dossier, read for another module's purpose (logged as such). */
    public Progress of(RegieUser user, UUID dossierId) {
        return progress(context.read(user, dossierId, "Voortgang leerroute lezen"));
    }

    /** Everything the route screen shows: the dossier, its PIP, the summary and every record behind it. */
    public Overview overview(RegieUser user, UUID dossierId) {
        RouteContext.Context c = context.read(user, dossierId, "Leerroute en modules inzien");
        UUID id = c.dossier().id();
        List<ExamResult> results = new ArrayList<>(store.examResults(id));
        results.sort(Comparator.comparing(ExamResult::takenOn).thenComparing(ExamResult::attemptNo).reversed());
        return new Overview(c.dossier(), c.plan(), progress(c), store.hours(id), List.copyOf(results), store.downgrades(id),
                store.finalInterviews(id));
    }

    /**
     * @param examResults     every attempt, newest first
     * @param finalInterviews newest first
     */
    public record Overview(Dossier dossier, IntegrationPlan plan, Progress progress, List<HourRecord> hours,
                           List<ExamResult> examResults, List<LevelDowngrade> downgrades, List<FinalInterview> finalInterviews) {

        public List<HourRecord> unexcusedAbsences() {
            return hours.stream().filter(HourRecord::hasUnexcusedAbsence).toList();
        }

        /**
         * Who pays this attempt: the municipality for an asylum permit holder's first two attempts per part, not at a
         * level below the PIP's (seeds 000, 004); otherwise the newcomer.
         */
        public String paymentDutch(ExamResult r) {
            LanguageLevel required = progress.examParts().stream().filter(s -> s.required().part() == r.part())
                    .findFirst().map(s -> s.required().level()).orElse(null);
            return LearningRouteRules.paidByMunicipality(progress.targetGroup(), r.attemptNo(), r.level(), required)
                    ? "Gemeente" : "Inburgeraar zelf";
        }
    }

    Progress progress(RouteContext.Context c) {
        UUID id = c.dossier().id();
        return compute(id, c.route(), c.dossier().targetGroup(), store.hours(id), store.examResults(id), store.downgrades(id),
                store.participationStatement(id).orElse(ParticipationStatementProgress.NONE),
                store.labourMarketModule(id).orElse(LabourMarketModuleProgress.NONE),
                store.finalInterviews(id).stream().findFirst().orElse(null), store.bridgingProgramme(id).orElse(null));
    }

    /** Language hours at a provider with a keurmerk over periods that ended on or before {@code until}. */
    static BigDecimal qualifyingLanguageHours(List<HourRecord> hours, LocalDate until) {
        return hours.stream().filter(h -> h.component() == ProgrammeComponent.LANGUAGE && h.qualityMarked())
                .filter(h -> until == null || !h.periodTo().isAfter(until))
                .map(HourRecord::attendedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Progress compute(UUID dossierId, LearningRoute route, TargetGroup group, List<HourRecord> hours,
                            List<ExamResult> results, List<LevelDowngrade> downgrades,
                            ParticipationStatementProgress pvt, LabourMarketModuleProgress map,
                            FinalInterview lastInterview, BridgingProgrammeCompletion bridging) {
        Map<ProgrammeComponent, Progress.Hours> perComponent = new EnumMap<>(ProgrammeComponent.class);
        int unexcused = 0;
        for (HourRecord h : hours) {
            perComponent.merge(h.component(), Progress.Hours.NONE.plus(h.plannedHours(), h.attendedHours()),
                    (a, b) -> a.plus(b.planned(), b.attended()));
            unexcused += h.absentUnexcused();
        }
        BigDecimal qualifying = qualifyingLanguageHours(hours, null);
        List<Progress.TargetProgress> targets = new ArrayList<>();
        if (route != null) {
            for (var t : LearningRouteRules.hourTargets(route, group)) {
                BigDecimal counted = t.qualityMarkedOnly() ? qualifying : hours.stream()
                        .filter(h -> t.counted().contains(h.component()))
                        .map(HourRecord::attendedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
                targets.add(new Progress.TargetProgress(t, counted));
            }
        }
        Set<ExamPart> downgraded = EnumSet.noneOf(ExamPart.class);
        downgrades.forEach(d -> downgraded.addAll(d.parts()));
        List<Progress.PartStatus> parts = new ArrayList<>();
        Set<ExamPart> required = EnumSet.noneOf(ExamPart.class);
        if (route != null) {
            for (RequiredPart r : LearningRouteRules.requiredExamParts(route, downgraded)) {
                required.add(r.part());
                parts.add(new Progress.PartStatus(r, results.stream().filter(x -> x.part() == r.part())
                        .sorted(Comparator.comparingInt(ExamResult::attemptNo)).toList()));
            }
        }
        List<ExamResult> other = results.stream().filter(r -> !required.contains(r.part())).toList();
        LocalDate lastExam = results.stream().map(ExamResult::takenOn).max(LocalDate::compareTo).orElse(null);
        LocalDate lastPassed = results.stream().filter(ExamResult::passed).map(ExamResult::takenOn)
                .max(LocalDate::compareTo).orElse(null);
        return new Progress(dossierId, route, group, perComponent, List.copyOf(targets), List.copyOf(parts), other,
                downgraded, qualifying, unexcused, lastExam, lastPassed, pvt, map, lastInterview, bridging);
    }
}
