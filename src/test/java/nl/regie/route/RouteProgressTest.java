package nl.regie.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.identity.RegieUser;
import nl.regie.rules.ExamPart;
import nl.regie.rules.LanguageLevel;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.ProgrammeComponent;
import nl.regie.shared.RegieProblem;

class RouteProgressTest extends IntegrationTest {

    @Autowired
    RouteFixtures fixtures;

    @Autowired
    RecordingHours hours;

    @Autowired
    RecordingExams exams;

    @Autowired
    RecordingModules modules;

    @Autowired
    RecordingRouteEnd routeEnd;

    @Autowired
    RouteProgress progress;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    /** A month of language hours at a keurmerk provider, {@code monthsAgo} full months back. */
    private static NewHours language(int monthsAgo, String attended) {
        YearMonth m = YearMonth.now().minusMonths(monthsAgo);
        return new NewHours(ProgrammeComponent.LANGUAGE, m.atDay(1), m.atEndOfMonth(), new BigDecimal("100"),
                new BigDecimal(attended), true, "Taalschool De Brug", 20, 18, 1, 1, 0, null);
    }

    private static NewHours hoursOf(ProgrammeComponent c, int monthsAgo, String attended) {
        YearMonth m = YearMonth.now().minusMonths(monthsAgo);
        return new NewHours(c, m.atDay(1), m.atEndOfMonth(), null, new BigDecimal(attended), true, null, null, null, null,
                null, null, null);
    }

    private long count(String table, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE dossier_id = ?").param(id).query(Long.class).single();
    }

    private long events(UUID id, String type) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = ?").params(id, type)
                .query(Long.class).single();
    }

    private long accessLines(UUID id, String purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND purpose = ?").params(id, purpose)
                .query(Long.class).single();
    }

    @Test
    void hoursAndAttendanceAreRecordedSummedOnTheTimelineAndUnexcusedAbsenceIsAWarning() throws Exception {
        UUID id = fixtures.onRoute(LearningRoute.SELF_RELIANCE, 120);
        YearMonth m = YearMonth.now().minusMonths(1);
        hours.record(consultant(), id, new NewHours(ProgrammeComponent.LANGUAGE, m.atDay(1), m.atEndOfMonth(),
                new BigDecimal("52"), new BigDecimal("44.5"), true, "Taalschool De Brug", 13, 10, 1, 0, 2, "Twee lessen gemist"));
        hours.record(consultant(), id, hoursOf(ProgrammeComponent.KNM, 1, "8"));
        hours.record(consultant(), id, hoursOf(ProgrammeComponent.PARTICIPATION, 1, "60"));

        Progress p = progress.of(consultant(), id);
        assertThat(p.route()).isEqualTo(LearningRoute.SELF_RELIANCE);
        assertThat(p.hoursOf(ProgrammeComponent.LANGUAGE).attended()).isEqualByComparingTo("44.5");
        assertThat(p.hoursOf(ProgrammeComponent.LANGUAGE).planned()).isEqualByComparingTo("52");
        assertThat(p.unexcusedAbsences()).isEqualTo(2);
        // Z-route for an asylum permit holder: language incl. KNM against 800, participation against 800 (Bi art. 3.14).
        assertThat(p.targets()).extracting(t -> t.target().label() + "=" + t.countedDutch())
                .contains("Taal inclusief KNM=52,5", "Participatie=60");
        assertThat(p.targets().get(0).text()).isEqualTo("52,5 van 800 uur (6%)");

        assertThat(events(id, "HOURS_RECORDED")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'HOURS_RECORDED' ORDER BY id")
                .param(id).query(String.class).list().get(0))
                .contains("Taal", "44,5 van 52 uur aanwezig", "10 van 13 bijeenkomsten", "1× ziek", "2× ongeoorloofd afwezig");
        assertThat(accessLines(id, "Uren en aanwezigheid vastleggen")).isEqualTo(3);
        assertThat(accessLines(id, "Voortgang leerroute lezen")).isEqualTo(1);

        mvc.perform(get("/dossiers/" + id + "/route").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ongeoorloofd verzuim: 2 bijeenkomsten")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-labelledby=\"norm-0\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("52,5 van 800 uur (6%)")));
        assertThat(accessLines(id, "Leerroute en modules inzien")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            negative attended hours                  | LANGUAGE | 1  | 0  | -5     | -    | -    | -    | attendedHours  | kan niet negatief zijn
            negative planned hours                   | LANGUAGE | 1  | 0  | 5      | -1   | -    | -    | plannedHours   | kan niet negatief zijn
            absurd hours for a month                 | LANGUAGE | 1  | 0  | 900    | -    | -    | -    | attendedHours  | meer dan 12 uur per dag
            more than two decimals                   | LANGUAGE | 1  | 0  | 1.125  | -    | -    | -    | attendedHours  | twee decimalen
            attended hours missing                   | LANGUAGE | 1  | 0  | -      | -    | -    | -    | attendedHours  | Vul de aanwezige uren in
            period in the future                     | LANGUAGE | -1 | -1 | 5      | -    | -    | -    | periodFrom     | begint in de toekomst
            period running past today                | LANGUAGE | 0  | -1 | 5      | -    | -    | -    | periodTo       | loopt tot na vandaag
            end before start                         | LANGUAGE | 1  | 2  | 5      | -    | -    | -    | periodTo       | vóór het begin
            more sessions attended than planned      | LANGUAGE | 1  | 0  | 5      | -    | 4    | 5    | sessionsAttended | meer bijeenkomsten bijgewoond
            component missing                        | -        | 1  | 0  | 5      | -    | -    | -    | component      | Kies het onderdeel
            """)
    void badHoursAreRefusedInDutchAndNothingIsWritten(String row, ProgrammeComponent component, int fromMonthsAgo,
                                                       int toMonthsAgo, BigDecimal attended, BigDecimal planned,
                                                       Integer sessionsPlanned, Integer sessionsAttended, String field,
                                                       String message) {
        UUID id = fixtures.onRoute(LearningRoute.B1, 60);
        LocalDate from = fromMonthsAgo == -1 ? today.plusDays(1) : YearMonth.now().minusMonths(fromMonthsAgo).atDay(1);
        LocalDate to = toMonthsAgo == -1 ? today.plusDays(5) : YearMonth.now().minusMonths(toMonthsAgo).atEndOfMonth();
        if (toMonthsAgo == 0) {
            to = today;
        }
        NewHours h = new NewHours(component, from, to, planned, attended, true, null, sessionsPlanned, sessionsAttended,
                null, null, null, null);
        assertThatThrownBy(() -> hours.record(consultant(), id, h)).as(row)
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class,
                        e -> assertThat(e.problems()).containsKey(field).extractingByKey(field).asString().contains(message));
        assertThat(count("route_hours", id)).isZero();
        assertThat(events(id, "HOURS_RECORDED")).isZero();
    }

    @Test
    void overlappingPeriodsOfOneComponentAreRefusedOtherComponentsMayOverlap() {
        UUID id = fixtures.onRoute(LearningRoute.B1, 90);
        hours.record(consultant(), id, language(2, "40"));
        YearMonth m = YearMonth.now().minusMonths(2);
        NewHours overlapping = new NewHours(ProgrammeComponent.LANGUAGE, m.atDay(15), m.plusMonths(1).atDay(10), null,
                BigDecimal.TEN, true, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> hours.record(consultant(), id, overlapping))
                .isInstanceOf(RegieProblem.InvalidInput.class).hasMessageContaining("overlapt");
        hours.record(consultant(), id, hoursOf(ProgrammeComponent.KNM, 2, "6"));
        assertThat(count("route_hours", id)).isEqualTo(2);
    }

    @Test
    void attendancePlusAbsencesCannotExceedThePlannedSessions() {
        UUID id = fixtures.onRoute(LearningRoute.B1, 60);
        YearMonth m = YearMonth.now().minusMonths(1);
        NewHours h = new NewHours(ProgrammeComponent.LANGUAGE, m.atDay(1), m.atEndOfMonth(), null, BigDecimal.TEN, true,
                null, 10, 8, 1, 1, 1, null);
        assertThatThrownBy(() -> hours.record(consultant(), id, h))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("absentUnexcused"))
                        .isEqualTo("Bijgewoond plus afwezig (11) is meer dan het aantal geplande bijeenkomsten (10)."));
    }

    @Test
    void theMapIsNotPartOfTheEducationRoute() {
        UUID id = fixtures.onRoute(LearningRoute.EDUCATION, 60);
        assertThatThrownBy(() -> hours.record(consultant(), id, hoursOf(ProgrammeComponent.LABOUR_MARKET_MODULE_PRACTICAL, 1, "8")))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("component"))
                        .contains("De MAP hoort niet bij de onderwijsroute", "Wi art. 8"));
        assertThatThrownBy(() -> modules.labourMarketModule(consultant(), id, today, null, 0))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("De MAP hoort niet bij de onderwijsroute");
        assertThat(count("route_hours", id) + count("labour_market_module_progress", id)).isZero();
    }

    @Test
    void examAttemptsAreNumberedPerPartAndAllPartsPassedGivesTheCompletionDate() throws Exception {
        UUID id = fixtures.onRoute(LearningRoute.B1, 400);
        LocalDate d = today.minusDays(100);
        assertThat(exams.recordResult(consultant(), id, ExamPart.READING, d, LanguageLevel.B1, false).attemptNo()).isEqualTo(1);
        assertThat(exams.recordResult(consultant(), id, ExamPart.LISTENING, d, LanguageLevel.B1, true).attemptNo()).isEqualTo(1);
        assertThat(exams.recordResult(consultant(), id, ExamPart.READING, d.plusDays(30), LanguageLevel.B1, false).attemptNo()).isEqualTo(2);
        ExamResult third = exams.recordResult(consultant(), id, ExamPart.READING, d.plusDays(60), LanguageLevel.B1, true);
        assertThat(third.attemptNo()).isEqualTo(3);

        Progress p = progress.of(consultant(), id);
        assertThat(p.requiredPartsCount()).isEqualTo(5);
        assertThat(p.requiredPartsPassed()).isEqualTo(2);
        assertThat(p.allRequiredExamPartsPassed()).isFalse();
        assertThat(p.examsCompletedOn()).isEmpty();
        assertThat(p.lastExamDate()).isEqualTo(d.plusDays(60));
        assertThat(p.examParts().get(0).attempts()).extracting(ExamResult::attemptNo).containsExactly(1, 2, 3);

        exams.recordResult(consultant(), id, ExamPart.WRITING, d.plusDays(61), LanguageLevel.B2, true);
        exams.recordResult(consultant(), id, ExamPart.SPEAKING, d.plusDays(62), LanguageLevel.B1, true);
        exams.recordResult(consultant(), id, ExamPart.KNM, d.plusDays(50), null, true);
        p = progress.of(consultant(), id);
        assertThat(p.allRequiredExamPartsPassed()).isTrue();
        assertThat(p.examsCompletedOn()).contains(d.plusDays(62));
        assertThat(p.lastPassedExamDate()).isEqualTo(d.plusDays(62));
        assertThat(events(id, "EXAM_RESULT_RECORDED")).isEqualTo(7);
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'EXAM_RESULT_RECORDED' ORDER BY id")
                .param(id).query(String.class).list()).contains("Lezen B1, poging 3: behaald",
                "Kennis van de Nederlandse Maatschappij (KNM), poging 1: behaald");
        // The payment rule: an asylum permit holder's third attempt is no longer paid by the municipality.
        var o = progress.overview(consultant(), id);
        assertThat(o.paymentDutch(third)).isEqualTo("Inburgeraar zelf");
        assertThat(o.paymentDutch(o.examResults().stream().filter(r -> r.part() == ExamPart.LISTENING).findFirst().orElseThrow()))
                .isEqualTo("Gemeente");
        assertThat(o.paymentDutch(o.examResults().stream().filter(r -> r.part() == ExamPart.KNM).findFirst().orElseThrow()))
                .isEqualTo("Gemeente");
        mvc.perform(get("/dossiers/" + id + "/route").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Alle examenpogingen, nieuwste eerst")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("5 van 5 behaald")));
    }

    @Test
    void badExamResultsAreRefusedInDutch() {
        UUID id = fixtures.onRoute(LearningRoute.B1, 200);
        assertThatThrownBy(() -> exams.recordResult(consultant(), id, null, null, null, null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "part", "takenOn", "passed"));
        assertThatThrownBy(() -> exams.recordResult(consultant(), id, ExamPart.SPEAKING, today, null, true))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("level"))
                        .isEqualTo("Kies het niveau waarop spreken is afgelegd."));
        assertThatThrownBy(() -> exams.recordResult(consultant(), id, ExamPart.KNM, today, LanguageLevel.A2, true))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("level"))
                        .isEqualTo("KNM heeft geen taalniveau; laat het niveau leeg."));
        assertThatThrownBy(() -> exams.recordResult(consultant(), id, ExamPart.READING, today.plusDays(1), LanguageLevel.B1, true))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("takenOn"))
                        .contains("ligt in de toekomst"));
        exams.recordResult(consultant(), id, ExamPart.READING, today.minusDays(10), LanguageLevel.B1, false);
        assertThatThrownBy(() -> exams.recordResult(consultant(), id, ExamPart.READING, today.minusDays(20), LanguageLevel.B1, true))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("takenOn"))
                        .contains("De vorige poging voor lezen (poging 1)", "niet daarvóór"));
        assertThat(count("exam_result", id)).isEqualTo(1);
    }

    @Test
    void afschalenIsRefusedBeforeSixHundredKeurmerkHoursAndThenLowersTheRequiredLevel() {
        UUID id = fixtures.onRoute(LearningRoute.B1, 400);
        for (int month = 1; month <= 5; month++) {
            hours.record(consultant(), id, language(month, "110"));
        }
        // Hours at a provider without a keurmerk do not count (Bi art. 5.5).
        YearMonth m = YearMonth.now().minusMonths(6);
        hours.record(consultant(), id, new NewHours(ProgrammeComponent.LANGUAGE, m.atDay(1), m.atEndOfMonth(), null,
                new BigDecimal("100"), false, "Buurthuis", null, null, null, null, null, null));
        assertThatThrownBy(() -> exams.downgrade(consultant(), id, EnumSet.of(ExamPart.READING), "Veel inzet, blijft steken op A2", today))
                .isInstanceOf(RegieProblem.Conflict.class)
                .hasMessage("Afschalen kan pas na ten minste 600 uur taalonderwijs bij een aanbieder met keurmerk (Bi art. 5.5). "
                        + "Vastgelegd: 550 uur; er ontbreken nog 50 uur.");
        assertThat(count("level_downgrade", id)).isZero();
        assertThat(events(id, "LEVEL_DOWNGRADED")).isZero();

        hours.record(consultant(), id, language(7, "60"));
        assertThatThrownBy(() -> exams.downgrade(consultant(), id, EnumSet.of(ExamPart.KNM), "reden", today))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("parts"))
                        .contains("KNM heeft geen taalniveau"));
        assertThatThrownBy(() -> exams.downgrade(consultant(), id, EnumSet.of(ExamPart.READING), " ", today.plusDays(1)))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsOnlyKeys("decidedOn", "reason"));

        LevelDowngrade d = exams.downgrade(consultant(), id, EnumSet.of(ExamPart.READING, ExamPart.SPEAKING),
                "Ruim 600 uur les met goede aanwezigheid; taalschool adviseert A2 voor lezen en spreken.", today);
        assertThat(d.parts()).containsExactlyInAnyOrder(ExamPart.READING, ExamPart.SPEAKING);
        assertThat(d.languageHours()).isEqualByComparingTo("610");
        assertThatThrownBy(() -> exams.downgrade(consultant(), id, EnumSet.of(ExamPart.SPEAKING), "nogmaals", today))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("parts"))
                        .isEqualTo("Spreken is al afgeschaald naar A2."));

        exams.recordResult(consultant(), id, ExamPart.READING, today, LanguageLevel.A2, true);
        Progress p = progress.of(consultant(), id);
        assertThat(p.downgradedParts()).containsExactlyInAnyOrder(ExamPart.READING, ExamPart.SPEAKING);
        assertThat(p.examParts().get(0).required().level()).isEqualTo(LanguageLevel.A2);
        assertThat(p.examParts().get(0).passed()).isTrue();
        assertThat(events(id, "LEVEL_DOWNGRADED")).isEqualTo(1);
        assertThat(accessLines(id, "Afschalen vastleggen")).isEqualTo(5);
    }

    @Test
    void afschalenOnlyExistsInTheB1Route() {
        UUID id = fixtures.onRoute(LearningRoute.SELF_RELIANCE, 400);
        assertThatThrownBy(() -> exams.downgrade(consultant(), id, EnumSet.of(ExamPart.READING), "reden", today))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("Afschalen kan alleen in de B1-route");
    }

    @Test
    void zRouteAndEducationRouteEndingsAreRefusedOnTheB1Route() {
        UUID b1 = fixtures.onRoute(LearningRoute.B1, 100);
        assertThatThrownBy(() -> routeEnd.finalInterview(consultant(), b1, today, FinalInterview.Outcome.COMPLETED, "Klaar"))
                .isInstanceOf(RegieProblem.Conflict.class)
                .hasMessage("Een eindgesprek hoort alleen bij de Z-route; dit dossier volgt de B1-route. "
                        + "(Bi art. 3.14 (de Z-route eindigt met een eindgesprek met de gemeente))");
        assertThatThrownBy(() -> routeEnd.bridgingProgramme(consultant(), b1, today, "ROC Mondriaan", null))
                .isInstanceOf(RegieProblem.Conflict.class)
                .hasMessageContaining("Het taalschakeltraject hoort alleen bij de onderwijsroute; dit dossier volgt de B1-route.");
        assertThat(count("final_interview", b1) + count("bridging_programme_completion", b1)).isZero();
    }

    @Test
    void theZRouteEndsWithAFinalInterview() {
        UUID id = fixtures.onRoute(LearningRoute.SELF_RELIANCE, 500);
        assertThatThrownBy(() -> routeEnd.finalInterview(consultant(), id, today.plusDays(1), null, " "))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("heldOn", "outcome", "summary"));
        FinalInterview i = routeEnd.finalInterview(consultant(), id, today, FinalInterview.Outcome.COMPLETED,
                "Redt zich in winkel en bij de huisarts; vrijwilligerswerk bij de kringloop gaat door.");
        assertThat(progress.of(consultant(), id).lastFinalInterview()).isEqualTo(i);
        assertThat(events(id, "FINAL_INTERVIEW_HELD")).isEqualTo(1);
    }

    @Test
    void theEducationRouteEndsWithTheBridgingProgrammeOnce() {
        UUID id = fixtures.onRoute(LearningRoute.EDUCATION, 500);
        assertThatThrownBy(() -> routeEnd.bridgingProgramme(consultant(), id, null, " ", null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("completedOn", "institution"));
        routeEnd.bridgingProgramme(consultant(), id, today.minusDays(3), "ROC Mondriaan", "Start mbo-4 verpleegkunde");
        assertThat(progress.of(consultant(), id).bridgingProgramme().institution()).isEqualTo("ROC Mondriaan");
        assertThatThrownBy(() -> routeEnd.bridgingProgramme(consultant(), id, today, "ROC", null))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("al vastgelegd");
        assertThat(events(id, "BRIDGING_PROGRAMME_COMPLETED")).isEqualTo(1);
    }

    @Test
    void thePvtIsSignedAfterTwelveHoursAndChangesCarryTheVersion() {
        UUID id = fixtures.onRoute(LearningRoute.B1, 100);
        assertThatThrownBy(() -> modules.participationStatement(consultant(), id, null, null, 0))
                .isInstanceOf(RegieProblem.InvalidInput.class).hasMessageContaining("Vul de datum van de excursie");
        var pvt = modules.participationStatement(consultant(), id, today.minusDays(20), null, 0);
        assertThat(pvt.version()).isEqualTo(1);
        hours.record(consultant(), id, hoursOf(ProgrammeComponent.PARTICIPATION_STATEMENT_PROGRAMME, 1, "8"));
        assertThatThrownBy(() -> modules.participationStatement(consultant(), id, today.minusDays(20), today, 1))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("signedOn"))
                        .contains("ten minste 12 uur (Bi art. 3.1)", "vastgelegd zijn 8 PVT-uren"));
        hours.record(consultant(), id, hoursOf(ProgrammeComponent.PARTICIPATION_STATEMENT_PROGRAMME, 2, "4"));
        assertThatThrownBy(() -> modules.participationStatement(consultant(), id, today.minusDays(20), today.minusDays(21), 1))
                .isInstanceOf(RegieProblem.InvalidInput.class).hasMessageContaining("niet vóór de excursie");
        pvt = modules.participationStatement(consultant(), id, today.minusDays(20), today, 1);
        assertThat(pvt.signedOn()).isEqualTo(today);
        assertThatThrownBy(() -> modules.participationStatement(consultant(), id, today.minusDays(19), today, 1))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("intussen door een collega gewijzigd");
        assertThat(events(id, "PVT_PROGRESS")).isEqualTo(2);
        assertThat(progress.of(consultant(), id).participationStatement().signed()).isTrue();
    }

    @Test
    void theMapIsCompletedAfterItsPracticalPart() {
        UUID id = fixtures.onRoute(LearningRoute.SELF_RELIANCE, 100);
        assertThatThrownBy(() -> modules.labourMarketModule(consultant(), id, null, today, 0))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("completedOn"))
                        .contains("na het praktijkdeel"));
        modules.labourMarketModule(consultant(), id, today.minusDays(10), today, 0);
        assertThat(progress.of(consultant(), id).labourMarketModule().completedOn()).isEqualTo(today);
        assertThat(events(id, "MAP_PROGRESS")).isEqualTo(1);
    }

    @Test
    void withoutAnEstablishedPipNothingIsRecordedButThePageExplainsWhy() throws Exception {
        UUID id = fixtures.inIntake(20);
        assertThatThrownBy(() -> hours.record(consultant(), id, language(1, "10")))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("Er is nog geen vastgesteld PIP");
        assertThat(progress.of(consultant(), id).hasRoute()).isFalse();
        mvc.perform(get("/dossiers/" + id + "/route").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Er is nog geen vastgesteld PIP")));
    }

    @Test
    void anotherMunicipalityGetsNotFoundAndAPolicyOfficerIsRefused() throws Exception {
        UUID id = fixtures.onRoute(LearningRoute.B1, 60);
        RegieUser voorschoten = data.user(TestData.CONSULTANT_VOORSCHOTEN);
        RegieUser policy = data.user(TestData.POLICY_OFFICER_WASSENAAR);
        assertThatThrownBy(() -> progress.of(voorschoten, id)).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> hours.record(voorschoten, id, language(1, "10"))).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> exams.recordResult(voorschoten, id, ExamPart.KNM, today, null, true))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> progress.of(policy, id)).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> hours.record(policy, id, language(1, "10"))).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> routeEnd.finalInterview(data.user(TestData.CHAIN_PARTNER), id, today,
                FinalInterview.Outcome.COMPLETED, "x")).isInstanceOf(RegieProblem.Forbidden.class);
        assertThat(count("route_hours", id) + count("exam_result", id)).isZero();

        mvc.perform(get("/dossiers/" + id + "/route").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/" + id + "/route/uren").with(csrf())
                        .with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT"))
                        .param("component", "LANGUAGE").param("month", "01-2020").param("attendedHours", "4"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/route").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/" + id + "/route").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isOk());
    }

    @Test
    void aRefusedFormComesBackAsTypedWithItsMessageAndAGoodOneRedirects() throws Exception {
        UUID id = fixtures.onRoute(LearningRoute.B1, 60);
        String month = YearMonth.now().minusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("MM-yyyy"));
        mvc.perform(post("/dossiers/" + id + "/route/uren").with(csrf()).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("component", "LANGUAGE").param("month", month).param("attendedHours", "veel"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&#39;veel&#39; is geen aantal uren")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"veel\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + month + "\"")));
        mvc.perform(post("/dossiers/" + id + "/route/uren").with(csrf()).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("component", "LANGUAGE").param("month", YearMonth.now().plusMonths(1)
                                .format(java.time.format.DateTimeFormatter.ofPattern("MM-yyyy"))).param("attendedHours", "4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"uren-month-fout\"")));
        mvc.perform(post("/dossiers/" + id + "/route/uren").with(csrf()).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("component", "LANGUAGE").param("month", month).param("attendedHours", "12,5")
                        .param("_qualityMarked", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + id + "/route"));
        assertThat(jdbc.sql("SELECT attended_hours FROM route_hours WHERE dossier_id = ?").param(id).query(BigDecimal.class).single())
                .isEqualByComparingTo("12.5");
        assertThat(jdbc.sql("SELECT quality_marked FROM route_hours WHERE dossier_id = ?").param(id).query(Boolean.class).single())
                .isFalse();
        mvc.perform(post("/dossiers/" + id + "/route/eindgesprek").with(csrf()).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("heldOn", "01-01-2024").param("outcome", "COMPLETED").param("summary", "Klaar"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Een eindgesprek hoort alleen bij de Z-route")));
    }
}
