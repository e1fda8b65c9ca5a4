package nl.regie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.regie.dossier.CompletionType;
import nl.regie.dossier.DossierBulkWriter.GeneratedDossier;
import nl.regie.dossier.DossierState;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.FinancialReliefRules;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.rules.TargetGroup;

class SyntheticHistoryTest {

    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    private static List<GeneratedDossier> dossiers(long seed, int size) {
        return new SyntheticDossiers(seed, REFERENCE, DemoData.targets()).generate(size);
    }

    @Test
    void sameSeedAndDossierGiveTheSameHistory() {
        GeneratedDossier g = dossiers(5, 50).stream().filter(d -> d.state() == DossierState.COMPLETED).findFirst().orElseThrow();
        assertThat(new SyntheticHistory(5, REFERENCE).of(g)).isEqualTo(new SyntheticHistory(5, REFERENCE).of(g));
    }

    @Test
    void nothingIsRecordedBeforeItsStepOrAfterTheDossierEnded() {
        SyntheticHistory histories = new SyntheticHistory(11, REFERENCE);
        for (GeneratedDossier g : dossiers(11, 4000)) {
            SyntheticHistory.History h = histories.of(g);
            Map<DossierState, LocalDate> steps = g.stepDates();
            LocalDate end = steps.getOrDefault(DossierState.CLOSED, REFERENCE);
            LocalDate routeEnd = steps.getOrDefault(DossierState.COMPLETED, end);
            String who = g.id() + " " + g.state();

            assertThat(h.planOn()).as(who).isEqualTo(steps.get(DossierState.PLAN_ESTABLISHED));
            assertThat(h.route() == null).as(who).isEqualTo(h.planOn() == null);
            for (SyntheticHistory.Measurement m : h.measurements()) {
                assertThat(m.measuredOn()).as(who).isAfterOrEqualTo(steps.get(DossierState.INTAKE_IN_PROGRESS)).isBeforeOrEqualTo(end);
                assertThat(m.ladderStep()).isBetween(1, 6);
                assertThat(m.zrm()).hasSize(SyntheticHistory.ZRM_DOMAINS.size()).allSatisfy((d, s) -> assertThat(s).isBetween(1, 5));
                if (m.kind().equals("FINAL")) {
                    assertThat(steps).as(who).containsKey(DossierState.COMPLETED);
                }
            }
            assertThat(h.measurements().stream().filter(m -> m.kind().equals("BASELINE")).count()).isLessThanOrEqualTo(1);
            LocalDate routeStart = steps.get(DossierState.IN_ROUTE);
            if (routeStart == null) {
                assertThat(h.hours()).as(who).isEmpty();
                assertThat(h.exams()).as(who).isEmpty();
                assertThat(h.pvtSignedOn()).as(who).isNull();
                assertThat(h.mapCompletedOn()).as(who).isNull();
            }
            for (SyntheticHistory.Hours r : h.hours()) {
                assertThat(r.from()).as(who).isAfterOrEqualTo(routeStart).isBeforeOrEqualTo(r.to());
                assertThat(r.to()).as(who).isBeforeOrEqualTo(routeEnd);
                assertThat(r.attended()).isLessThanOrEqualTo(r.planned());
                if (r.component() == ProgrammeComponent.PARTICIPATION) {
                    assertThat(h.route()).isEqualTo(LearningRoute.SELF_RELIANCE);
                }
            }
            for (SyntheticHistory.Exam e : h.exams()) {
                assertThat(h.route()).as(who).isEqualTo(LearningRoute.B1);
                assertThat(e.takenOn()).as(who).isAfterOrEqualTo(routeStart).isBeforeOrEqualTo(routeEnd);
                assertThat(e.level() == null).isEqualTo(!e.part().isLanguage());
            }
            if (h.mapCompletedOn() != null) {
                assertThat(h.mapCompletedOn()).as(who).isAfterOrEqualTo(h.mapPracticalDoneOn()).isBeforeOrEqualTo(routeEnd);
            }
            if (h.aftercare() != null) {
                assertThat(h.aftercare().contactedOn()).as(who).isAfterOrEqualTo(steps.get(DossierState.AFTERCARE)).isBeforeOrEqualTo(end);
            }
            for (SyntheticHistory.Income i : h.incomes()) {
                assertThat(i.validFrom()).as(who).isBeforeOrEqualTo(end);
            }
            if (h.relief() != null) {
                // Pw art. 56a: asylum permit holders with bijstand, from the day the right starts; six months unless changed.
                SyntheticHistory.Relief r = h.relief();
                assertThat(g.targetGroup()).as(who).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
                assertThat(r.startsOn()).as(who).isEqualTo(g.benefitStartedOn()).isBeforeOrEqualTo(end);
                LocalDate sixMonths = FinancialReliefRules.endDate(r.startsOn(), FinancialReliefRules.STATUTORY_MONTHS);
                if (r.changes().isEmpty()) {
                    assertThat(r.endsOn()).as(who).isEqualTo(sixMonths);
                    assertThat(r.endedEarly()).isFalse();
                }
                for (SyntheticHistory.ReliefChange c : r.changes()) {
                    assertThat(c.recordedOn()).as(who).isBeforeOrEqualTo(end).isAfterOrEqualTo(r.startsOn());
                    assertThat(c.previousEnd()).isEqualTo(sixMonths);
                    assertThat(c.newEnd()).isEqualTo(r.endsOn());
                    if (c.kind().equals("EXTENDED")) {
                        assertThat(FinancialReliefRules.extensionProblem(sixMonths, c.newEnd(), false)).as(who).isNull();
                    } else {
                        assertThat(c.kind()).isEqualTo("ENDED_EARLY");
                        assertThat(r.endedEarly()).isTrue();
                        assertThat(FinancialReliefRules.earlyEndProblem(r.startsOn(), sixMonths, c.newEnd(), false)).as(who).isNull();
                    }
                }
            }
            for (SyntheticHistory.Satisfaction a : h.satisfaction()) {
                assertThat(a.score()).isBetween(1, 10);
                assertThat(a.answeredOn()).as(who).isAfter(steps.get(DossierState.INTAKE_IN_PROGRESS)).isBeforeOrEqualTo(end);
                switch (a.subject()) {
                    case PARTICIPATION_STATEMENT -> assertThat(a.answeredOn()).as(who).isAfter(h.pvtSignedOn());
                    case LABOUR_MARKET_MODULE -> assertThat(a.answeredOn()).as(who).isAfter(h.mapCompletedOn());
                    case SOCIAL_GUIDANCE -> assertThat(a.answeredOn()).as(who).isAfter(routeStart);
                    default -> { }
                }
            }
            assertThat(h.satisfaction()).extracting(SyntheticHistory.Satisfaction::subject).doesNotHaveDuplicates();
            LocalDate previous = routeStart;
            for (SyntheticHistory.Breach b : h.breaches()) {
                // Hoor en wederhoor after the conduct, a decision after the hearing, all within the route.
                assertThat(b.conductOn()).as(who).isAfter(previous);
                assertThat(b.heardOn()).as(who).isAfter(b.conductOn()).isBeforeOrEqualTo(routeEnd);
                if (b.decidedOn() != null) {
                    assertThat(b.decidedOn()).as(who).isAfter(b.heardOn()).isBeforeOrEqualTo(routeEnd);
                    previous = b.decidedOn();
                }
                assertThat(b.kind()).as(who).isIn(null, "NONE", "WARNING", "FINE");
                assertThat(b.kind() == null).isEqualTo(b.decidedOn() == null);
                assertThat("NONE".equals(b.kind())).as(who).isEqualTo(b.validReason() && b.kind() != null);
                assertThat(b.amount() != null).isEqualTo("FINE".equals(b.kind()));
            }
            if (h.breaches().stream().anyMatch(b -> "FINE".equals(b.kind()))) {
                // The policy gives a warning first (seed 003 hfst. 5): a fine only after an earlier warning.
                assertThat(h.breaches()).extracting(SyntheticHistory.Breach::kind).containsExactly("WARNING", "FINE");
                assertThat(h.breaches().get(1).amount()).isEqualByComparingTo("100.00");
            }
        }
    }

    @Test
    void reliefSatisfactionAndBreachesOccurInPlausibleShares() {
        SyntheticHistory histories = new SyntheticHistory(17, REFERENCE);
        int eligible = 0;
        int relieved = 0;
        int extended = 0;
        int endedEarly = 0;
        int withIntake = 0;
        int answered = 0;
        int inRoute = 0;
        int breached = 0;
        for (GeneratedDossier g : dossiers(17, 4000)) {
            SyntheticHistory.History h = histories.of(g);
            if (g.targetGroup() == TargetGroup.ASYLUM_PERMIT_HOLDER && g.benefitStartedOn() != null) {
                eligible++;
            }
            if (h.relief() != null) {
                relieved++;
                extended += h.relief().changes().stream().anyMatch(c -> c.kind().equals("EXTENDED")) ? 1 : 0;
                endedEarly += h.relief().endedEarly() ? 1 : 0;
            }
            if (h.hours().size() > 8) {
                // In the route for two years or more: long enough for a breach and its decision.
                inRoute++;
                breached += h.breaches().isEmpty() ? 0 : 1;
            }
            LocalDate intake = g.stepDates().get(DossierState.INTAKE_IN_PROGRESS);
            LocalDate end = g.stepDates().getOrDefault(DossierState.CLOSED, REFERENCE);
            // Only where the overall answer's moment (240 to 330 days after the intake began) has certainly come.
            if (intake != null && !intake.plusDays(330).isAfter(end)) {
                withIntake++;
                answered += h.satisfaction().isEmpty() ? 0 : 1;
            }
        }
        // 85% of those eligible, a few fewer where the benefit started after the reference date; of them about 15%
        // extended and 10% ended early, fewer where that moment has not come yet. Half of those whose intake began
        // long enough ago answer.
        assertThat(eligible).isGreaterThan(500);
        assertThat((double) relieved / eligible).isBetween(0.75, 0.9);
        assertThat((double) extended / relieved).isBetween(0.08, 0.2);
        assertThat((double) endedEarly / relieved).isBetween(0.05, 0.14);
        assertThat((double) answered / withIntake).isBetween(0.45, 0.55);
        // About 4% of those long in the route have a breach.
        assertThat(inRoute).isGreaterThan(500);
        assertThat((double) breached / inRoute).isBetween(0.02, 0.06);
    }

    @Test
    void theRouteFollowsHowTheDossierWasCompletedAndExamsEndInAPass() {
        SyntheticHistory histories = new SyntheticHistory(3, REFERENCE);
        int completedByExam = 0;
        for (GeneratedDossier g : dossiers(3, 4000)) {
            SyntheticHistory.History h = histories.of(g);
            if (g.completionType() == CompletionType.EXAM && h.route() != null) {
                completedByExam++;
                assertThat(h.route()).isEqualTo(LearningRoute.B1);
                // Every part was passed on its last attempt before completion.
                assertThat(h.exams()).extracting(SyntheticHistory.Exam::part).contains(nl.regie.rules.ExamPart.values());
                h.exams().stream().filter(e -> h.exams().stream().noneMatch(o -> o.part() == e.part() && o.attemptNo() > e.attemptNo()))
                        .forEach(e -> assertThat(e.passed()).isTrue());
            }
            if (g.completionType() == CompletionType.FINAL_INTERVIEW && h.route() != null) {
                assertThat(h.route()).isEqualTo(LearningRoute.SELF_RELIANCE);
                assertThat(h.exams()).isEmpty();
            }
            if (g.completionType() == CompletionType.LANGUAGE_SWITCH_PROGRAMME && h.route() != null) {
                assertThat(h.route()).isEqualTo(LearningRoute.EDUCATION);
            }
        }
        assertThat(completedByExam).isGreaterThan(50);
    }
}
