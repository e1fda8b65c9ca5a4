package nl.regie.intake;

import static nl.regie.intake.IntakeFixtures.conversation;
import static nl.regie.intake.IntakeFixtures.education;
import static nl.regie.intake.IntakeFixtures.language;
import static nl.regie.intake.IntakeFixtures.regularScores;
import static nl.regie.intake.IntakeFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.dossier.ClosureReason;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.identity.RegieUser;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

/** The brede intake's use cases: conversations, leefgebieden with history, leerbaarheidstoets, measurements. */
class RecordingIntakeTest extends IntegrationTest {

    @Autowired
    RecordingIntake recording;

    @Autowired
    IntakeQueries queries;

    @Autowired
    Measurements measurements;

    @Autowired
    RecordingLifecycleStep steps;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    private long count(String table, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE dossier_id = ?").param(id).query(Long.class).single();
    }

    private long events(UUID id, String type) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = ?").params(id, type)
                .query(Long.class).single();
    }

    private static Map<String, String> problems(Runnable r) {
        try {
            r.run();
        } catch (RegieProblem.InvalidInput e) {
            return e.problems();
        }
        throw new AssertionError("Expected InvalidInput");
    }

    // --- conversations

    @Test
    void aConversationIsRecordedWithItsInterpreterAndPutOnTheTimeline() {
        UUID id = data.wassenaarDossier();
        recording.recordConversation(consultant(), id, conversation(today.minusDays(2)));
        recording.recordConversation(consultant(), id, new NewConversation(today, ConversationKind.HOME_VISIT, false, null,
                "Inburgeraar en partner", Set.of(), null));

        var o = queries.overview(consultant(), id);
        assertThat(o.conversations()).extracting(Conversation::kind)
                .containsExactly(ConversationKind.HOME_VISIT, ConversationKind.INTAKE_CONVERSATION);
        Conversation first = o.conversations().get(1);
        assertThat(first.interpreterDutch()).isEqualTo("Ja, Arabisch");
        assertThat(first.domainsDiscussed()).containsExactly(LifeDomain.FAMILY, LifeDomain.EDUCATION);
        assertThat(first.recordedBy()).isEqualTo(TestData.CONSULTANT_WASSENAAR);
        assertThat(o.name(first.recordedBy())).isEqualTo("Test Consulent Wassenaar");
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'INTAKE_CONVERSATION' ORDER BY id")
                .param(id).query(String.class).list())
                .containsExactly("Intakegesprek, met tolk (Arabisch)", "Huisbezoek");
    }

    @Test
    void everyConversationFieldIsCheckedInDutchAndNothingIsWritten() {
        UUID id = data.wassenaarDossier();
        assertThat(problems(() -> recording.recordConversation(consultant(), id,
                new NewConversation(null, null, null, null, " ", Set.of(), "x".repeat(2001)))))
                .containsEntry("heldOn", "Vul de datum van het gesprek in.")
                .containsEntry("kind", "Kies het soort gesprek.")
                .containsEntry("interpreterUsed", "Geef aan of er een tolk bij het gesprek was.")
                .containsEntry("participants", "Vul in wie er bij het gesprek waren.")
                .containsEntry("notes", "Maximaal 2000 tekens (nu 2001).");
        assertThat(problems(() -> recording.recordConversation(consultant(), id,
                new NewConversation(today.plusDays(1), ConversationKind.OTHER, true, null, "x".repeat(501), Set.of(), null))))
                .containsEntry("heldOn", "De datum ligt in de toekomst; vandaag is " + nl.regie.shared.DutchDates.show(today) + ".")
                .containsEntry("interpreterLanguage", "Kies de taal waarin de tolk vertaalde.")
                .containsEntry("participants", "Maximaal 500 tekens (nu 501).");
        assertThat(problems(() -> recording.recordConversation(consultant(), id,
                new NewConversation(today.minusDays(60), ConversationKind.OTHER, true, "xx", "Inburgeraar", Set.of(), null))))
                .containsEntry("heldOn", "De datum ligt vóór het begin van het dossier ("
                        + nl.regie.shared.DutchDates.show(today.minusDays(30)) + ").")
                .hasEntrySatisfying("interpreterLanguage", m -> assertThat(m).startsWith("Onbekende taalcode 'xx'"));
        assertThat(problems(() -> recording.recordConversation(consultant(), id,
                new NewConversation(today, ConversationKind.OTHER, false, "ar", "Inburgeraar", Set.of(), null))))
                .containsEntry("interpreterLanguage", "Zonder tolk hoort er geen tolktaal bij; kies 'ja' bij tolk of maak de taal leeg.");
        assertThat(count("intake_conversation", id)).isZero();
        assertThat(events(id, "INTAKE_CONVERSATION")).isZero();
    }

    // --- leefgebieden

    @Test
    void aLeefgebiedIsSavedOnItsOwnAndEveryEditIsKeptAsAVersion() {
        UUID id = data.wassenaarDossier();
        var first = recording.saveDomain(consultant(), id, LifeDomain.EDUCATION, education(), 0);
        assertThat(first).isEqualTo(new RecordingIntake.Saved(1, true));

        Map<String, String> edited = new HashMap<>(education());
        edited.put("diplomaValuation", "RECEIVED");
        var team = data.user(TestData.TEAM_LEAD_WASSENAAR);
        assertThat(recording.saveDomain(team, id, LifeDomain.EDUCATION, edited, 1)).isEqualTo(new RecordingIntake.Saved(2, true));
        // The same answers again add no version.
        assertThat(recording.saveDomain(team, id, LifeDomain.EDUCATION, edited, 2)).isEqualTo(new RecordingIntake.Saved(2, false));

        var dv = queries.overview(consultant(), id).domain(LifeDomain.EDUCATION);
        assertThat(dv.versions()).extracting(IntakeOverview.DomainVersion::versionNo).containsExactly(2, 1);
        assertThat(dv.latest().orElseThrow().value("diplomaValuation")).isEqualTo("RECEIVED");
        assertThat(dv.latest().orElseThrow().recordedBy()).isEqualTo(TestData.TEAM_LEAD_WASSENAAR);
        assertThat(dv.previous().get(0).value("diplomaValuation")).isEqualTo("REQUESTED");
        assertThat(dv.previous().get(0).recordedBy()).isEqualTo(TestData.CONSULTANT_WASSENAAR);
        assertThat(LifeDomain.EDUCATION.field("diplomaValuation").orElseThrow().show("RECEIVED")).isEqualTo("Ontvangen");
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'INTAKE_DOMAIN_RECORDED' ORDER BY id")
                .param(id).query(String.class).list())
                .containsExactly("Leefgebied Opleiding vastgelegd, versie 1", "Leefgebied Opleiding vastgelegd, versie 2");
    }

    @Test
    void aColleaguesNewerVersionIsNotOverwritten() {
        UUID id = data.wassenaarDossier();
        recording.saveDomain(consultant(), id, LifeDomain.LANGUAGE, language(), 0);
        Map<String, String> other = new HashMap<>(language());
        other.put("reading", "A2");
        assertThatThrownBy(() -> recording.saveDomain(consultant(), id, LifeDomain.LANGUAGE, other, 0))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("intussen door een collega opgeslagen");
        assertThat(queries.overview(consultant(), id).domain(LifeDomain.LANGUAGE).versions()).hasSize(1);
    }

    @Test
    void everyKindOfLeefgebiedFieldIsCheckedInDutch() {
        UUID id = data.wassenaarDossier();
        assertThat(problems(() -> recording.saveDomain(consultant(), id, LifeDomain.EDUCATION,
                Map.of("level", "PHD", "years", "twaalf", "diplomas", "x".repeat(1001)), 0)))
                .containsEntry("level", "Hoogst gevolgde opleiding: kies een van de mogelijkheden.")
                .containsEntry("years", "Aantal jaren onderwijs: 'twaalf' is geen heel getal.")
                .containsEntry("diplomas", "Diploma's en certificaten: maximaal 1000 tekens (nu 1001).");
        assertThat(problems(() -> recording.saveDomain(consultant(), id, LifeDomain.WORK_EXPERIENCE, Map.of("years", "61"), 0)))
                .containsEntry("years", "Jaren werkervaring: vul een getal van 0 tot en met 60 in.");
        assertThat(problems(() -> recording.saveDomain(consultant(), id, LifeDomain.LANGUAGE, Map.of("reading", "B3"), 0)))
                .containsEntry("reading", "Lezen: kies een taalniveau: lager dan A1, A1 tot en met C2, of onbekend.");
        assertThat(problems(() -> recording.saveDomain(consultant(), id, LifeDomain.SELF_RELIANCE,
                Map.of(ZrmDomain.FINANCES.fieldName(), "6", ZrmDomain.HOUSING.fieldName(), "0"), 0)))
                .containsEntry("zrm_finances", "ZRM Financiën: een ZRM-score is 1 tot en met 5.")
                .containsEntry("zrm_housing", "ZRM Huisvesting: een ZRM-score is 1 tot en met 5.");
        assertThat(problems(() -> recording.saveDomain(consultant(), id, LifeDomain.CHILDCARE, Map.of("need", "TO_ARRANGE"), 0)))
                .containsEntry("children", "Vul in voor hoeveel kinderen opvang nodig is.");
        assertThat(problems(() -> recording.saveDomain(consultant(), id, LifeDomain.CHILDCARE, Map.of("need", "NONE", "children", "2"), 0)))
                .containsEntry("children", "Bij 'geen behoefte' hoort geen aantal kinderen; kies een andere behoefte of maak het veld leeg.");
        assertThat(problems(() -> recording.saveDomain(consultant(), id, LifeDomain.FAMILY, Map.of("composition", "  "), 0)))
                .containsEntry("composition", "Vul ten minste één onderdeel van 'Gezinssituatie' in; een leeg leefgebied wordt niet opgeslagen.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM intake_domain_version WHERE dossier_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(events(id, "INTAKE_DOMAIN_RECORDED")).isZero();
    }

    // --- leerbaarheidstoets

    @Test
    void aLearnabilityTestResultIsRecordedOnBehalfOfTheProvider() {
        UUID id = data.wassenaarDossier();
        // Taken in the AZC before the municipality's dossier began: allowed (seed 004 note 11).
        recording.recordLearnabilityTest(consultant(), id, test(today.minusDays(90)));
        var t = queries.overview(consultant(), id).learnabilityTests().get(0);
        assertThat(t.provider()).isEqualTo("Bureau Leerbaarheid Zuid");
        assertThat(t.advisedRoute()).isEqualTo(LearningRoute.B1);
        assertThat(t.score()).isEqualTo("82");
        assertThat(t.recordedBy()).isEqualTo(TestData.CONSULTANT_WASSENAAR);
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'LEARNABILITY_TEST_RECORDED'")
                .param(id).query(String.class).single()).isEqualTo("Leerbaarheidstoets (Bureau Leerbaarheid Zuid): advies B1-route");
    }

    @Test
    void learnabilityTestFieldsAreCheckedInDutch() {
        UUID id = data.wassenaarDossier();
        assertThat(problems(() -> recording.recordLearnabilityTest(consultant(), id,
                new NewLearnabilityTest(null, " ", null, "x".repeat(51), "y".repeat(2001)))))
                .containsEntry("takenOn", "Vul de datum van de toets in.")
                .containsEntry("provider", "Vul in welke organisatie de toets afnam.")
                .containsEntry("advisedRoute", "Kies de leerroute die de toets adviseert.")
                .containsEntry("score", "Maximaal 50 tekens (nu 51).")
                .containsEntry("remarks", "Maximaal 2000 tekens (nu 2001).");
        assertThat(problems(() -> recording.recordLearnabilityTest(consultant(), id,
                new NewLearnabilityTest(today.plusDays(3), "Aanbieder", LearningRoute.SELF_RELIANCE, null, null))))
                .containsOnlyKeys("takenOn");
        assertThat(count("learnability_test", id)).isZero();
    }

    // --- nulmeting and eindmeting

    @Test
    void baselineAndFinalMeasurementAreComparedSideBySide() {
        UUID id = data.wassenaarDossier();
        recording.recordMeasurement(consultant(), id, new NewMeasurement(MeasurementKind.BASELINE, today.minusDays(20), 2,
                regularScores(2)), 0);
        Map<ZrmDomain, Integer> better = regularScores(2);
        better.put(ZrmDomain.FINANCES, 4);
        recording.recordMeasurement(consultant(), id, new NewMeasurement(MeasurementKind.FINAL, today, 4, better), 0);

        MeasurementComparison c = measurements.of(consultant(), id);
        assertThat(c.baseline().orElseThrow().ladderStep()).isEqualTo(ParticipationLadderStep.SOCIAL_CONTACTS);
        assertThat(c.finalMeasurement().orElseThrow().ladderStep()).isEqualTo(ParticipationLadderStep.UNPAID_WORK);
        assertThat(c.ladderChange()).contains(2);
        assertThat(c.change(ZrmDomain.FINANCES)).contains(2);
        assertThat(c.change(ZrmDomain.HOUSING)).contains(0);
        var rows = queries.overview(consultant(), id).comparison();
        assertThat(rows.get(0)).isEqualTo(new IntakeOverview.ComparisonRow("Participatieladder",
                "Trede 2: Sociale contacten buiten de deur", "Trede 4: Onbetaald werk", "+2", false));
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'MEASUREMENT_RECORDED' ORDER BY id")
                .param(id).query(String.class).list())
                .containsExactly("Nulmeting vastgelegd: participatieladder trede 2: sociale contacten buiten de deur",
                        "Eindmeting vastgelegd: participatieladder trede 4: onbetaald werk");

        // A correction of the nulmeting is a new version; the first stays.
        recording.recordMeasurement(consultant(), id, new NewMeasurement(MeasurementKind.BASELINE, today.minusDays(20), 1,
                regularScores(2)), 1);
        assertThat(queries.overview(consultant(), id).measurements(MeasurementKind.BASELINE))
                .extracting(IntakeOverview.MeasurementVersion::versionNo).containsExactly(2, 1);
        assertThat(measurements.of(consultant(), id).ladderChange()).contains(3);
    }

    @Test
    void measurementsRefuseScoresOutOfRangeFutureDatesAndAFinalBeforeTheBaseline() {
        UUID id = data.wassenaarDossier();
        Map<ZrmDomain, Integer> wrong = regularScores(3);
        wrong.put(ZrmDomain.FINANCES, 6);
        wrong.put(ZrmDomain.HOUSING, 0);
        wrong.remove(ZrmDomain.SOCIAL_NETWORK);
        assertThat(problems(() -> recording.recordMeasurement(consultant(), id,
                new NewMeasurement(MeasurementKind.BASELINE, today.plusDays(1), 7, wrong), 0)))
                .containsEntry("measuredOn", "De datum ligt in de toekomst; vandaag is " + nl.regie.shared.DutchDates.show(today) + ".")
                .containsEntry("ladderStep", "De participatieladder heeft treden 1 tot en met 6.")
                .containsEntry("zrm_finances", "ZRM Financiën: een ZRM-score is 1 tot en met 5.")
                .containsEntry("zrm_housing", "ZRM Huisvesting: een ZRM-score is 1 tot en met 5.")
                .containsEntry("zrm_social_network", "Geef een ZRM-score voor Sociaal netwerk (1 tot en met 5).");
        assertThat(problems(() -> recording.recordMeasurement(consultant(), id,
                new NewMeasurement(null, null, null, regularScores(3)), 0)))
                .containsEntry("kind", "Kies nulmeting of eindmeting.")
                .containsEntry("measuredOn", "Vul de datum van de meting in.")
                .containsEntry("ladderStep", "Kies de trede op de participatieladder.");
        assertThat(problems(() -> recording.recordMeasurement(consultant(), id,
                new NewMeasurement(MeasurementKind.BASELINE, today, 0, regularScores(3)), 0)))
                .containsEntry("ladderStep", "De participatieladder heeft treden 1 tot en met 6.");
        assertThat(problems(() -> recording.recordMeasurement(consultant(), id,
                new NewMeasurement(MeasurementKind.FINAL, today, 3, regularScores(3)), 0)))
                .containsEntry("kind", "Leg eerst de nulmeting vast; de eindmeting wordt daarmee vergeleken.");
        recording.recordMeasurement(consultant(), id, new NewMeasurement(MeasurementKind.BASELINE, today.minusDays(5), 2,
                regularScores(2)), 0);
        assertThat(problems(() -> recording.recordMeasurement(consultant(), id,
                new NewMeasurement(MeasurementKind.FINAL, today.minusDays(6), 3, regularScores(3)), 0)))
                .containsEntry("measuredOn", "De eindmeting ligt vóór de nulmeting (" + nl.regie.shared.DutchDates.show(today.minusDays(5)) + ").");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM intake_measurement WHERE dossier_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(events(id, "MEASUREMENT_RECORDED")).isEqualTo(1);
    }

    // --- the summary for other modules

    @Test
    void theSummaryGivesThePipWhatItNeeds() {
        UUID id = data.wassenaarDossier();
        recording.recordConversation(consultant(), id, conversation(today.minusDays(1)));
        recording.recordLearnabilityTest(consultant(), id, test(today.minusDays(3)));
        recording.saveDomain(consultant(), id, LifeDomain.LANGUAGE, language(), 0);
        recording.saveDomain(consultant(), id, LifeDomain.EDUCATION, education(), 0);
        recording.saveDomain(consultant(), id, LifeDomain.WORK_EXPERIENCE, Map.of("occupations", "Verpleegkundige, 6 jaar", "years", "6"), 0);
        recording.saveDomain(consultant(), id, LifeDomain.MOTIVATION, Map.of("desiredOccupations", "Verpleegkundige"), 0);
        recording.saveDomain(consultant(), id, LifeDomain.CHILDCARE, Map.of("need", "TO_ARRANGE", "children", "2",
                "when", "Maandag- en woensdagochtend"), 0);

        IntakeSummary s = queries.summary(consultant(), id);
        assertThat(s.conversationCount()).isEqualTo(1);
        assertThat(s.lastConversationOn()).isEqualTo(today.minusDays(1));
        assertThat(s.latestLearnabilityTest().advisedRoute()).isEqualTo(LearningRoute.B1);
        assertThat(s.languageLevels()).isEqualTo(new IntakeSummary.LanguageLevels(CefrLevel.A1, CefrLevel.A2, CefrLevel.BELOW_A1, CefrLevel.A2));
        assertThat(s.educationLevel()).isEqualTo("Beroepsonderwijs");
        assertThat(s.yearsOfSchooling()).isEqualTo(12);
        assertThat(s.diplomaValuation()).isEqualTo("Aangevraagd");
        assertThat(s.workExperience()).isEqualTo("Verpleegkundige, 6 jaar");
        assertThat(s.yearsOfWorkExperience()).isEqualTo(6);
        assertThat(s.desiredOccupations()).isEqualTo("Verpleegkundige");
        assertThat(s.childcareNeed()).isEqualTo(ChildcareNeed.TO_ARRANGE);
        assertThat(s.childrenNeedingCare()).isEqualTo(2);
        assertThat(s.domainsRecorded()).containsExactly(LifeDomain.CHILDCARE, LifeDomain.WORK_EXPERIENCE, LifeDomain.MOTIVATION,
                LifeDomain.EDUCATION, LifeDomain.LANGUAGE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND purpose = 'Samenvatting brede intake'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    // --- tenant and roles

    @Test
    void anotherMunicipalityGetsNotFoundForEveryReadAndWrite() {
        UUID id = data.wassenaarDossier();
        RegieUser voorschoten = data.user(TestData.CONSULTANT_VOORSCHOTEN);
        for (Consumer<RegieUser> call : calls(id)) {
            assertThatThrownBy(() -> call.accept(voorschoten)).isInstanceOf(RegieProblem.NotFound.class);
        }
        assertThat(count("intake_conversation", id) + count("learnability_test", id) + count("intake_measurement", id)
                + count("intake_domain_version", id)).isZero();
    }

    @Test
    void aPolicyOfficerIsRefusedEveryReadAndWrite() {
        UUID id = data.wassenaarDossier();
        RegieUser policy = data.user(TestData.POLICY_OFFICER_WASSENAAR);
        for (Consumer<RegieUser> call : calls(id)) {
            assertThatThrownBy(() -> call.accept(policy)).isInstanceOf(RegieProblem.Forbidden.class);
        }
        assertThat(count("intake_conversation", id) + count("intake_domain_version", id)).isZero();
    }

    private java.util.List<Consumer<RegieUser>> calls(UUID id) {
        return java.util.List.of(
                u -> queries.overview(u, id),
                u -> queries.summary(u, id),
                u -> measurements.of(u, id),
                u -> recording.recordConversation(u, id, conversation(today)),
                u -> recording.saveDomain(u, id, LifeDomain.EDUCATION, education(), 0),
                u -> recording.recordLearnabilityTest(u, id, test(today)),
                u -> recording.recordMeasurement(u, id, new NewMeasurement(MeasurementKind.BASELINE, today, 2, regularScores(3)), 0));
    }

    @Test
    void aClosedDossierTakesNoMoreIntake() {
        UUID id = data.wassenaarDossier();
        steps.record(consultant(), id, 0, new DossierLifecycle.StepRequest(DossierState.CLOSED, today, null, ClosureReason.MOVED), "Verhuisd");
        assertThatThrownBy(() -> recording.recordConversation(consultant(), id, conversation(today)))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("gesloten");
        // Reading stays possible.
        assertThat(queries.overview(consultant(), id).conversations()).isEmpty();
    }

    @Test
    void readingTheIntakeIsLoggedAsADossierRead() {
        UUID id = data.wassenaarDossier();
        queries.overview(consultant(), id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND username = ? AND action = 'VIEW_DOSSIER' AND purpose = 'Brede intake inzien'")
                .params(id, TestData.CONSULTANT_WASSENAAR).query(Long.class).single()).isEqualTo(1);
    }
}
