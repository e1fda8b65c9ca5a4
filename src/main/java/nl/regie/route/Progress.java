package nl.regie.route;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.rules.ExamPart;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.LearningRouteRules;
import nl.regie.rules.LearningRouteRules.HourTarget;
import nl.regie.rules.LearningRouteRules.RequiredPart;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.rules.TargetGroup;

/**
 * Where a dossier stands on its learning route, as {@link RouteProgress#of} gives it to other modules and the route
 * screen shows it.
 *
 * @param route              the learning route of the latest established PIP; {@code null} when no PIP is established
 *                           yet (then there are no targets and no required exam parts)
 * @param hours              planned and attended hours per component, over all recorded periods
 * @param targets            the statutory hour norms of this route and target group with the hours that count for each
 * @param examParts          the exam parts the route requires (B1-route only) with their attempts
 * @param otherResults       results of parts the route does not require (optional KNM/A2 exams in the Z-route, for example)
 * @param qualifyingLanguageHours attended language hours at a provider with a keurmerk: the afschalen threshold counts these
 * @param unexcusedAbsences  sessions missed without a valid reason (ongeoorloofd), over all periods
 * @param lastExamDate       the date of the latest exam attempt of any part, or {@code null}
 * @param lastPassedExamDate the date of the latest passed attempt of any part, or {@code null}
 */
public record Progress(
        UUID dossierId,
        LearningRoute route,
        TargetGroup targetGroup,
        Map<ProgrammeComponent, Hours> hours,
        List<TargetProgress> targets,
        List<PartStatus> examParts,
        List<ExamResult> otherResults,
        Set<ExamPart> downgradedParts,
        BigDecimal qualifyingLanguageHours,
        int unexcusedAbsences,
        LocalDate lastExamDate,
        LocalDate lastPassedExamDate,
        ParticipationStatementProgress participationStatement,
        LabourMarketModuleProgress labourMarketModule,
        FinalInterview lastFinalInterview,
        BridgingProgrammeCompletion bridgingProgramme) {

    /** Planned (may be zero when unknown) and attended hours. */
    public record Hours(BigDecimal planned, BigDecimal attended) {
        public static final Hours NONE = new Hours(BigDecimal.ZERO, BigDecimal.ZERO);

        public String plannedDutch() {
            return LearningRouteRules.dutchHours(planned);
        }

        public String attendedDutch() {
            return LearningRouteRules.dutchHours(attended);
        }

        Hours plus(BigDecimal p, BigDecimal a) {
            return new Hours(planned.add(p == null ? BigDecimal.ZERO : p), attended.add(a));
        }
    }

    /** One hour norm with the hours that count towards it. */
    public record TargetProgress(HourTarget target, BigDecimal counted) {
        public boolean reached() {
            return counted.compareTo(BigDecimal.valueOf(target.hours())) >= 0;
        }

        /** Whole percentage, capped at 100. */
        public int percent() {
            if (target.hours() == 0) {
                return 100;
            }
            return counted.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(target.hours()), 0, RoundingMode.DOWN)
                    .min(BigDecimal.valueOf(100)).intValue();
        }

        /** The value for a progress bar: the counted hours, at most the norm. */
        public BigDecimal barValue() {
            return counted.min(BigDecimal.valueOf(target.hours()));
        }

        public String countedDutch() {
            return LearningRouteRules.dutchHours(counted);
        }

        /** "312 van 800 uur (39%)". */
        public String text() {
            return countedDutch() + " van " + target.hours() + " uur (" + percent() + "%)";
        }
    }

    /** A required exam part: what is required, every attempt (oldest first) and whether a passed attempt meets it. */
    public record PartStatus(RequiredPart required, List<ExamResult> attempts) {
        public Optional<ExamResult> passing() {
            return attempts.stream().filter(r -> r.passed() && LearningRouteRules.meets(required, r.level()))
                    .min(Comparator.comparing(ExamResult::takenOn));
        }

        public boolean passed() {
            return passing().isPresent();
        }

        public String requiredLevelDutch() {
            return required.level() == null ? "n.v.t." : required.level().name();
        }

        public String statusDutch() {
            if (passed()) {
                return "Behaald";
            }
            return attempts.isEmpty() ? "Nog niet afgelegd" : "Nog niet behaald (" + attempts.size()
                    + (attempts.size() == 1 ? " poging)" : " pogingen)");
        }
    }

    public boolean hasRoute() {
        return route != null;
    }

    /** Whether the route requires exam parts at all: only the B1-route does. */
    public boolean examsRequired() {
        return !examParts.isEmpty();
    }

    public int requiredPartsCount() {
        return examParts.size();
    }

    public int requiredPartsPassed() {
        return (int) examParts.stream().filter(PartStatus::passed).count();
    }

    /**
     * {@code true} only when the route requires exam parts (the B1-route) and every one of them has a passed attempt
     * at the required level (A2 for parts lowered by afschalen). For the onderwijsroute and the Z-route, which end
     * without exams, this is {@code false}: look at {@link #bridgingProgramme()} and {@link #lastFinalInterview()}.
     */
    public boolean allRequiredExamPartsPassed() {
        return examsRequired() && examParts.stream().allMatch(PartStatus::passed);
    }

    /**
     * The date of the last passed required exam part when all are passed: the day the exam side of the B1-route was
     * completed. Empty otherwise.
     */
    public Optional<LocalDate> examsCompletedOn() {
        if (!allRequiredExamPartsPassed()) {
            return Optional.empty();
        }
        return examParts.stream().map(p -> p.passing().orElseThrow().takenOn()).max(LocalDate::compareTo);
    }

    public boolean downgradeThresholdReached() {
        return qualifyingLanguageHours.compareTo(BigDecimal.valueOf(
                nl.regie.rules.HourNorms.LEVEL_DOWNGRADE_THRESHOLD.hours())) >= 0;
    }

    public String qualifyingLanguageHoursDutch() {
        return LearningRouteRules.dutchHours(qualifyingLanguageHours);
    }

    /** Hours still missing before afschalen is possible; "0" when the threshold is reached. */
    public String hoursToDowngradeThresholdDutch() {
        BigDecimal missing = BigDecimal.valueOf(nl.regie.rules.HourNorms.LEVEL_DOWNGRADE_THRESHOLD.hours())
                .subtract(qualifyingLanguageHours);
        return LearningRouteRules.dutchHours(missing.max(BigDecimal.ZERO));
    }

    public Hours hoursOf(ProgrammeComponent c) {
        return hours.getOrDefault(c, Hours.NONE);
    }

    public Hours participationStatementHours() {
        return hoursOf(ProgrammeComponent.PARTICIPATION_STATEMENT_PROGRAMME);
    }

    public Hours labourMarketModuleHours() {
        return hoursOf(ProgrammeComponent.LABOUR_MARKET_MODULE);
    }

    public Hours labourMarketModulePracticalHours() {
        return hoursOf(ProgrammeComponent.LABOUR_MARKET_MODULE_PRACTICAL);
    }
}
