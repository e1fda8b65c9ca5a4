package nl.regie.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.regie.dossier.CompletionType;
import nl.regie.dossier.DossierBulkWriter.GeneratedDossier;
import nl.regie.dossier.DossierState;
import nl.regie.progress.SatisfactionSubject;
import nl.regie.rules.ExamPart;
import nl.regie.rules.FinancialReliefRules;
import nl.regie.rules.LanguageLevel;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.rules.TargetGroup;

/**
 * What the modules record about a generated dossier, for the figures to count: the nulmeting and eindmeting, the
 * established PIP and its route, hours per quarter, exam attempts, PVT and MAP, the aftercare contact, the income
 * situation, financieel ontzorgen (the arrangement and its changes; no payment runs), satisfaction answers and
 * enforcement (breaches with their decision; fines stay awaiting approval, since only approval makes the beschikking). Derived from the dossier's step dates, so a record never predates the step it belongs to and nothing is
 * dated after the reference date or after the dossier closed. Deterministic: the same generator seed and dossier give
 * the same history. Pure: no database, no clock.
 *
 * <p>The proportions are plausible, not measured: the route mix follows the national estimate 65/20/15 (seed 003,
 * bijlage 1) unless the completion fixes the route (an exam is the B1-route, a taalschakeltraject the onderwijsroute,
 * a final interview the Z-route).
 */
public final class SyntheticHistory {

    public record Measurement(String kind, LocalDate measuredOn, int ladderStep, Map<String, Integer> zrm) {
    }

    public record Hours(ProgrammeComponent component, LocalDate from, LocalDate to, BigDecimal planned, BigDecimal attended) {
    }

    public record Exam(ExamPart part, int attemptNo, LocalDate takenOn, LanguageLevel level, boolean passed) {
    }

    public record Aftercare(LocalDate plannedOn, LocalDate contactedOn, String outcome) {
    }

    public record Income(String situation, LocalDate validFrom) {
    }

    /** An extension or early end of the relief, recorded on {@code recordedOn}. */
    public record ReliefChange(String kind, LocalDate previousEnd, LocalDate newEnd, LocalDate recordedOn) {
    }

    /** Financieel ontzorgen (Pw art. 56a) from the start of the right to bijstand, for the statutory six months. */
    public record Relief(LocalDate startsOn, LocalDate endsOn, boolean endedEarly, List<ReliefChange> changes) {
    }

    public record Satisfaction(SatisfactionSubject subject, int score, LocalDate answeredOn) {
    }

    /**
     * A breach of a Wi obligation, heard, and the decision on it if one was taken by the reference date: {@code kind}
     * NONE (a valid reason), WARNING or FINE (awaiting the team lead's approval: approving makes the beschikking, which
     * only the enforcement module can write).
     */
    public record Breach(String obligation, LocalDate conductOn, LocalDate heardOn, boolean validReason, LocalDate decidedOn,
                         String kind, BigDecimal amount) {
    }

    /** {@code plannedOn}/{@code route} are null without a PIP; module dates are null when not reached. */
    public record History(GeneratedDossier dossier, List<Measurement> measurements, LocalDate planOn, LearningRoute route,
                          List<Hours> hours, List<Exam> exams, LocalDate pvtSignedOn, LocalDate mapPracticalDoneOn,
                          LocalDate mapCompletedOn, Aftercare aftercare, List<Income> incomes, Relief relief,
                          List<Satisfaction> satisfaction, List<Breach> breaches) {
    }

    /** ZRM domains (intake.ZrmDomain) and whether each is a special category of personal data (AVG art. 9). */
    static final Map<String, Boolean> ZRM_DOMAINS = zrmDomains();

    private final long seed;
    private final LocalDate referenceDate;

    public SyntheticHistory(long seed, LocalDate referenceDate) {
        this.seed = seed;
        this.referenceDate = referenceDate;
    }

    public History of(GeneratedDossier g) {
        SplittableRandom rnd = new SplittableRandom(seed ^ g.id().getMostSignificantBits() ^ g.id().getLeastSignificantBits());
        Map<DossierState, LocalDate> steps = g.stepDates();
        // The last day anything can be recorded: the reference date, or the closure.
        LocalDate end = steps.containsKey(DossierState.CLOSED) ? steps.get(DossierState.CLOSED) : referenceDate;

        List<Measurement> measurements = new ArrayList<>();
        LocalDate intake = steps.get(DossierState.INTAKE_IN_PROGRESS);
        int baselineStep = 1 + (int) Math.min(2, Math.abs(rnd.nextGaussian()) * 1.2);
        if (intake != null && rnd.nextDouble() < 0.85) {
            LocalDate on = cap(intake.plusDays(rnd.nextInt(0, 21)), end);
            measurements.add(new Measurement("BASELINE", on, baselineStep, zrm(rnd, 0)));
        }

        LocalDate planOn = steps.get(DossierState.PLAN_ESTABLISHED);
        LearningRoute route = planOn == null ? null : route(rnd, g);
        LocalDate routeStart = steps.get(DossierState.IN_ROUTE);
        LocalDate routeEnd = steps.containsKey(DossierState.COMPLETED) ? steps.get(DossierState.COMPLETED) : end;

        List<Hours> hours = new ArrayList<>();
        List<Exam> exams = new ArrayList<>();
        LocalDate pvt = null;
        LocalDate mapPractical = null;
        LocalDate map = null;
        if (routeStart != null && route != null) {
            hours(rnd, g.targetGroup(), route, routeStart, routeEnd, hours);
            exams(rnd, g, route, routeStart, routeEnd, exams);
            pvt = within(rnd, 0.88, routeStart.plusDays(rnd.nextInt(90, 400)), routeEnd);
            // MAP applies to every route (Wi 2021 art. 8 lid 1 onder c); the practical part comes before completion.
            mapPractical = within(rnd, 0.8, routeStart.plusDays(rnd.nextInt(120, 500)), routeEnd);
            map = mapPractical == null ? null : within(rnd, 0.9, mapPractical.plusDays(rnd.nextInt(7, 90)), routeEnd);
        }

        LocalDate completed = steps.get(DossierState.COMPLETED);
        if (completed != null && !measurements.isEmpty() && rnd.nextDouble() < 0.8) {
            int finalStep = Math.min(6, baselineStep + rnd.nextInt(0, 4));
            measurements.add(new Measurement("FINAL", cap(completed.plusDays(rnd.nextInt(0, 14)), end), finalStep,
                    zrm(rnd, rnd.nextInt(0, 2))));
        }

        Aftercare aftercare = null;
        LocalDate aftercareOn = steps.get(DossierState.AFTERCARE);
        if (aftercareOn != null) {
            LocalDate planned = aftercareOn.plusDays(rnd.nextInt(60, 180));
            LocalDate contacted = planned.plusDays(rnd.nextInt(-7, 21));
            if (!contacted.isAfter(end) && !contacted.isBefore(aftercareOn)) {
                double o = rnd.nextDouble();
                aftercare = new Aftercare(planned, contacted,
                        o < 0.4 ? "WORK" : o < 0.6 ? "EDUCATION" : o < 0.75 ? "VOLUNTEERING" : "NOT_YET_PARTICIPATING");
            }
        }

        List<Income> incomes = new ArrayList<>();
        if (g.benefitStartedOn() != null) {
            incomes.add(new Income("BENEFIT", g.benefitStartedOn()));
            if (routeStart != null && rnd.nextDouble() < 0.3) {
                LocalDate work = routeStart.plusDays(rnd.nextInt(120, 1000));
                if (!work.isAfter(end)) {
                    incomes.add(new Income("OWN_INCOME", work));
                }
            }
        }
        Relief relief = relief(rnd, g, end);
        List<Satisfaction> satisfaction = satisfaction(rnd, g, intake, routeStart, pvt, map, end);
        List<Breach> breaches = breaches(rnd, routeStart, routeEnd);
        return new History(g, measurements, planOn, route, hours, exams, pvt, mapPractical, map, aftercare, incomes, relief,
                satisfaction, breaches);
    }

    /**
     * A few newcomers in the route miss a progress meeting or break an agreement from the PIP. After hoor en wederhoor
     * a valid reason means no sanction; otherwise the first culpable breach gets a written warning (the seeded policy:
     * warning first, seed 003 hfst. 5) and some are followed by a second one, for which a fine of the ladder's first
     * step (€ 100) is decided and awaits the team lead. A step that falls after the route's end or the reference date
     * is not taken.
     */
    private static List<Breach> breaches(SplittableRandom rnd, LocalDate routeStart, LocalDate routeEnd) {
        List<Breach> out = new ArrayList<>();
        if (routeStart == null || rnd.nextDouble() >= 0.04) {
            return out;
        }
        String obligation = rnd.nextDouble() < 0.6 ? "PROGRESS_MEETING" : "PLAN_AGREEMENT";
        LocalDate conduct = routeStart.plusDays(rnd.nextInt(60, 400));
        LocalDate heard = conduct.plusDays(rnd.nextInt(5, 15));
        if (heard.isAfter(routeEnd)) {
            return out;
        }
        boolean valid = rnd.nextDouble() < 0.25;
        LocalDate decided = heard.plusDays(rnd.nextInt(1, 8));
        if (decided.isAfter(routeEnd)) {
            out.add(new Breach(obligation, conduct, heard, valid, null, null, null));
            return out;
        }
        out.add(new Breach(obligation, conduct, heard, valid, decided, valid ? "NONE" : "WARNING", null));
        if (!valid && rnd.nextDouble() < 0.3) {
            LocalDate again = decided.plusDays(rnd.nextInt(90, 270));
            LocalDate heardAgain = again.plusDays(rnd.nextInt(5, 15));
            LocalDate decidedAgain = heardAgain.plusDays(rnd.nextInt(1, 8));
            if (!decidedAgain.isAfter(routeEnd)) {
                out.add(new Breach(obligation, again, heardAgain, false, decidedAgain, "FINE", new BigDecimal("100.00")));
            }
        }
        return out;
    }

    /**
     * Most asylum permit holders with bijstand get financieel ontzorgen from the day their right to it starts (Pw
     * art. 56a), for the statutory six months; some have it extended by six months (seeds 002–004: "met mogelijkheid
     * tot verlenging"), some end early because they manage on their own. A change is recorded shortly before the end it
     * changes, and only if that moment has come.
     */
    private static Relief relief(SplittableRandom rnd, GeneratedDossier g, LocalDate end) {
        LocalDate start = g.benefitStartedOn();
        if (g.targetGroup() != TargetGroup.ASYLUM_PERMIT_HOLDER || start == null || start.isAfter(end) || rnd.nextDouble() >= 0.85) {
            return null;
        }
        LocalDate planned = FinancialReliefRules.endDate(start, FinancialReliefRules.STATUTORY_MONTHS);
        double r = rnd.nextDouble();
        if (r < 0.15) {
            LocalDate recorded = planned.minusDays(rnd.nextInt(7, 30));
            if (!recorded.isAfter(end)) {
                LocalDate longer = FinancialReliefRules.endDate(start, 2 * FinancialReliefRules.STATUTORY_MONTHS);
                return new Relief(start, longer, false, List.of(new ReliefChange("EXTENDED", planned, longer, recorded)));
            }
        } else if (r < 0.25) {
            LocalDate lastDay = FinancialReliefRules.endDate(start, rnd.nextInt(3, 6));
            LocalDate recorded = lastDay.minusDays(rnd.nextInt(0, 14));
            if (!recorded.isAfter(end)) {
                return new Relief(start, lastDay, true, List.of(new ReliefChange("ENDED_EARLY", planned, lastDay, recorded)));
            }
        }
        return new Relief(start, planned, false, List.of());
    }

    /**
     * About half the newcomers answer the satisfaction survey (seed 003: "klanttevredenheid met betrekking tot de
     * onderdelen die geen meetbaar resultaat hebben, zoals maatschappelijke begeleiding, de MAP en het PVT"): on the
     * whole some nine months after the intake began, on social guidance half a year into the route (asylum permit
     * holders), on the PVT and the MAP soon after finishing them. Scores around 7 (seed 004's norm: "gemiddeld
     * minimaal een 7,0").
     */
    private static List<Satisfaction> satisfaction(SplittableRandom rnd, GeneratedDossier g, LocalDate intake, LocalDate routeStart,
                                                   LocalDate pvt, LocalDate map, LocalDate end) {
        List<Satisfaction> out = new ArrayList<>();
        if (intake == null || rnd.nextDouble() >= 0.5) {
            return out;
        }
        answer(rnd, out, SatisfactionSubject.OVERALL, intake.plusDays(rnd.nextInt(240, 330)), end);
        if (routeStart != null && g.targetGroup() == TargetGroup.ASYLUM_PERMIT_HOLDER) {
            answer(rnd, out, SatisfactionSubject.SOCIAL_GUIDANCE, routeStart.plusDays(rnd.nextInt(150, 210)), end);
        }
        if (pvt != null) {
            answer(rnd, out, SatisfactionSubject.PARTICIPATION_STATEMENT, pvt.plusDays(rnd.nextInt(1, 30)), end);
        }
        if (map != null) {
            answer(rnd, out, SatisfactionSubject.LABOUR_MARKET_MODULE, map.plusDays(rnd.nextInt(1, 30)), end);
        }
        return out;
    }

    private static void answer(SplittableRandom rnd, List<Satisfaction> out, SatisfactionSubject subject, LocalDate on, LocalDate end) {
        if (!on.isAfter(end)) {
            int score = (int) Math.max(1, Math.min(10, Math.round(7.3 + 1.4 * rnd.nextGaussian())));
            out.add(new Satisfaction(subject, score, on));
        }
    }

    private static LearningRoute route(SplittableRandom rnd, GeneratedDossier g) {
        CompletionType c = g.completionType();
        if (c == CompletionType.EXAM) {
            return LearningRoute.B1;
        }
        if (c == CompletionType.LANGUAGE_SWITCH_PROGRAMME) {
            return LearningRoute.EDUCATION;
        }
        if (c == CompletionType.FINAL_INTERVIEW) {
            return LearningRoute.SELF_RELIANCE;
        }
        double r = rnd.nextDouble();
        return r < 0.65 ? LearningRoute.B1 : r < 0.85 ? LearningRoute.EDUCATION : LearningRoute.SELF_RELIANCE;
    }

    /** One record per component per quarter, from the route's start to its end (or the reference date). */
    private static void hours(SplittableRandom rnd, TargetGroup group, LearningRoute route, LocalDate start, LocalDate end,
                              List<Hours> out) {
        boolean zRoute = route == LearningRoute.SELF_RELIANCE;
        LocalDate from = start;
        int quarter = 0;
        while (!from.isAfter(end)) {
            LocalDate to = from.plusMonths(3).minusDays(1);
            if (to.isAfter(end)) {
                to = end;
            }
            // Language (a Z-route's 800 hours in about three years; a B1-route runs faster); KNM in the first year.
            int languagePlanned = zRoute ? 70 : 110;
            out.add(hours(rnd, ProgrammeComponent.LANGUAGE, from, to, languagePlanned));
            if (quarter < 4) {
                out.add(hours(rnd, ProgrammeComponent.KNM, from, to, 12));
            }
            if (zRoute && group == TargetGroup.ASYLUM_PERMIT_HOLDER) {
                out.add(hours(rnd, ProgrammeComponent.PARTICIPATION, from, to, 70));
            }
            if (quarter == 1) {
                out.add(hours(rnd, ProgrammeComponent.PARTICIPATION_STATEMENT_PROGRAMME, from, to, 12));
            }
            if (quarter == 2 || quarter == 3) {
                out.add(hours(rnd, ProgrammeComponent.LABOUR_MARKET_MODULE_PRACTICAL, from, to, 20));
            }
            from = to.plusDays(1);
            quarter++;
        }
    }

    private static Hours hours(SplittableRandom rnd, ProgrammeComponent c, LocalDate from, LocalDate to, int plannedPerQuarter) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        double planned = Math.max(1, Math.round(plannedPerQuarter * Math.min(1.0, days / 91.0)));
        double attended = Math.round(planned * (0.6 + 0.45 * rnd.nextDouble()));
        attended = Math.min(attended, planned);
        return new Hours(c, from, to, BigDecimal.valueOf(planned), BigDecimal.valueOf(attended));
    }

    /**
     * Exam attempts in the B1-route: each part, sometimes twice, before the completion date (or, still in route
     * after 18 months, some parts already taken). Other routes end without the inburgeringsexamen.
     */
    private static void exams(SplittableRandom rnd, GeneratedDossier g, LearningRoute route, LocalDate routeStart,
                              LocalDate routeEnd, List<Exam> out) {
        if (route != LearningRoute.B1) {
            return;
        }
        boolean completedByExam = g.completionType() == CompletionType.EXAM && g.stepDates().containsKey(DossierState.COMPLETED);
        LocalDate window = routeStart.plusMonths(18);
        if (!completedByExam && window.isAfter(routeEnd)) {
            return;
        }
        for (ExamPart part : ExamPart.values()) {
            if (!completedByExam && rnd.nextDouble() < 0.5) {
                continue;
            }
            LocalDate last = completedByExam ? routeEnd.minusDays(rnd.nextInt(7, 60)) : routeEnd.minusDays(rnd.nextInt(0, 90));
            if (last.isBefore(routeStart)) {
                last = routeStart;
            }
            boolean twice = rnd.nextDouble() < 0.25 && last.minusDays(90).isAfter(routeStart);
            LanguageLevel level = part.isLanguage() ? (rnd.nextDouble() < 0.8 ? LanguageLevel.B1 : LanguageLevel.A2) : null;
            int attempt = 1;
            if (twice) {
                out.add(new Exam(part, attempt++, last.minusDays(rnd.nextInt(60, 90)), level, false));
            }
            boolean passed = completedByExam || rnd.nextDouble() < 0.7;
            out.add(new Exam(part, attempt, last, level, passed));
        }
    }

    private static Map<String, Integer> zrm(SplittableRandom rnd, int lift) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (String domain : ZRM_DOMAINS.keySet()) {
            out.put(domain, Math.min(5, 1 + rnd.nextInt(0, 4) + lift));
        }
        return out;
    }

    private static LocalDate within(SplittableRandom rnd, double probability, LocalDate date, LocalDate end) {
        return rnd.nextDouble() < probability && !date.isAfter(end) ? date : null;
    }

    private static LocalDate cap(LocalDate date, LocalDate end) {
        return date.isAfter(end) ? end : date;
    }

    private static Map<String, Boolean> zrmDomains() {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        for (nl.regie.intake.ZrmDomain d : nl.regie.intake.ZrmDomain.values()) {
            out.put(d.name(), d.specialCategory());
        }
        return out;
    }
}
