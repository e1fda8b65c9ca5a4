package nl.regie.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.ClosureReason;
import nl.regie.dossier.CompletionType;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.Signal;
import nl.regie.identity.RegieUser;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

/** Completion, aftercare and closing through the services: the happy path, refusals, tenant and role rules. */
class CompletionTest extends IntegrationTest {

    @Autowired
    CompletionFixtures fixtures;

    @Autowired
    RegisteringCompletion registering;

    @Autowired
    RecordingAftercare aftercare;

    @Autowired
    ClosingDossier closing;

    @Autowired
    Completions completions;

    @Autowired
    DossierQueries dossiers;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return fixtures.consultant();
    }

    private static CompletionInput exam(LocalDate on) {
        return new CompletionInput(CompletionType.EXAM, on, null, CompletionFixtures.allParts(), null, null, null, null,
                "Examen in één keer gehaald");
    }

    private long count(String table, UUID dossierId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE dossier_id = ?").param(dossierId).query(Long.class).single();
    }

    private List<String> eventTypes(UUID id) {
        return jdbc.sql("SELECT event_type FROM dossier_event WHERE dossier_id = ? ORDER BY id").param(id).query(String.class).list();
    }

    @Test
    void anExamCompletionMovesTheDossierToCompletedAndPreparesTheNoticeInOneGo() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        long version = fixtures.version(id);
        Completion c = registering.register(consultant(), id, version, exam(today.minusDays(3)));

        assertThat(c.outcome()).isEqualTo(CompletionType.EXAM);
        assertThat(c.learningRoute()).isEqualTo(LearningRoute.B1);
        assertThat(c.examSummary()).isEqualTo("Lezen B1, Luisteren B1, Schrijven A2, Spreken B1, Kennis van de Nederlandse Maatschappij (KNM)");
        Dossier d = dossiers.get(consultant(), id, "test", Channel.UI);
        assertThat(d.state()).isEqualTo(DossierState.COMPLETED);
        assertThat(d.completionType()).isEqualTo(CompletionType.EXAM);
        assertThat(d.dateOf(DossierState.COMPLETED)).isEqualTo(today.minusDays(3));
        assertThat(d.version()).isEqualTo(version + 1);

        Completions.Overview o = completions.overview(consultant(), id);
        assertThat(o.notice()).hasValueSatisfying(n -> {
            assertThat(n.status()).isEqualTo(NoticeStatus.READY_TO_SEND);
            assertThat(n.sha256Json()).hasSize(64);
            assertThat(n.createdBy()).isEqualTo(TestData.CONSULTANT_WASSENAAR);
        });
        assertThat(o.aftercarePlannedOn()).isEqualTo(today.minusDays(3).plusMonths(6));
        assertThat(eventTypes(id)).endsWith("STEP_RECORDED", "COMPLETION_REGISTERED", "DUO_NOTICE_PREPARED");
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'COMPLETION_REGISTERED'")
                .param(id).query(String.class).single())
                .contains("Inburgeringsexamen behaald", "Schrijven A2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'VIEW_DOSSIER' AND purpose = ?")
                .params(id, "Afronding vastleggen").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eachOutcomeIsStoredWithItsOwnFields() {
        UUID z = fixtures.inRoute(LearningRoute.SELF_RELIANCE, today.minusDays(500));
        Completion zc = registering.register(consultant(), z, fixtures.version(z), new CompletionInput(CompletionType.FINAL_INTERVIEW,
                today.minusDays(2), null, List.of(new ExamPartResult(ExamPart.KNM, null)), today.minusDays(9), "ROC", null, null, null));
        assertThat(zc.finalInterviewOn()).isEqualTo(today.minusDays(9));
        assertThat(zc.programmeProvider()).as("a field of another outcome is not stored").isNull();
        assertThat(zc.examParts()).containsExactly(new ExamPartResult(ExamPart.KNM, null));

        UUID edu = fixtures.inRoute(LearningRoute.EDUCATION, today.minusDays(500));
        Completion ec = registering.register(consultant(), edu, fixtures.version(edu), new CompletionInput(
                CompletionType.LANGUAGE_SWITCH_PROGRAMME, today, null, List.of(), null, " ROC Mondriaan ", null, null, null));
        assertThat(ec.programmeProvider()).isEqualTo("ROC Mondriaan");

        UUID ontheven = fixtures.inRoute(LearningRoute.B1, today.minusDays(500));
        Completion dc = registering.register(consultant(), ontheven, fixtures.version(ontheven), new CompletionInput(
                CompletionType.DISPENSATION, today.minusDays(1), null, List.of(), null, null, today.minusDays(4), "DUO/2026/0042", null));
        assertThat(dc.duoReference()).isEqualTo("DUO/2026/0042");
        assertThat(dossiers.get(consultant(), ontheven, "test", Channel.UI).completionType()).isEqualTo(CompletionType.DISPENSATION);

        UUID noPlan = fixtures.inRouteWithoutPlan(today.minusDays(500));
        Completion nc = registering.register(consultant(), noPlan, fixtures.version(noPlan), new CompletionInput(
                CompletionType.EXAM, today, LearningRoute.B1, CompletionFixtures.allParts(), null, null, null, null, null));
        assertThat(nc.learningRoute()).isEqualTo(LearningRoute.B1);
    }

    @Test
    void invalidInputIsRefusedInDutchPerFieldAndNothingIsWritten() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        long version = fixtures.version(id);
        int events = eventTypes(id).size();
        CompletionInput bad = new CompletionInput(CompletionType.EXAM, today.plusDays(1), null,
                CompletionFixtures.allParts().subList(0, 4), null, null, null, null, null);
        assertThatThrownBy(() -> registering.register(consultant(), id, version, bad))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems())
                        .containsEntry("completedOn", "De datum van afronding ligt in de toekomst; leg de afronding vast als die heeft plaatsgevonden.")
                        .containsEntry("examParts", "Een behaald inburgeringsexamen bestaat uit alle onderdelen; niet behaald of niet ingevuld: "
                                + "Kennis van de Nederlandse Maatschappij (KNM)."));
        CompletionInput beforePip = exam(today.minusDays(401));
        assertThatThrownBy(() -> registering.register(consultant(), id, version, beforePip))
                .isInstanceOf(RegieProblem.InvalidInput.class).hasMessageContaining("vóór de dagtekening van het eerste PIP");

        assertThat(count("completion", id)).isZero();
        assertThat(count("duo_notice", id)).isZero();
        assertThat(eventTypes(id)).hasSize(events);
        Dossier d = dossiers.get(consultant(), id, "test", Channel.UI);
        assertThat(d.state()).isEqualTo(DossierState.IN_ROUTE);
        assertThat(d.version()).isEqualTo(version);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsWritten() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        long stale = fixtures.version(id) - 1;
        assertThatThrownBy(() -> registering.register(consultant(), id, stale, exam(today)))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("intussen gewijzigd");
        assertThat(count("completion", id)).isZero();
        assertThat(count("duo_notice", id)).isZero();
        assertThat(dossiers.get(consultant(), id, "test", Channel.UI).state()).isEqualTo(DossierState.IN_ROUTE);
    }

    @Test
    void aSecondCompletionIsRefused() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        registering.register(consultant(), id, fixtures.version(id), exam(today.minusDays(1)));
        long version = fixtures.version(id);
        assertThatThrownBy(() -> registering.register(consultant(), id, version, exam(today)))
                .isInstanceOf(RegieProblem.Conflict.class)
                .hasMessage("Dit dossier is al afgerond op " + nl.regie.shared.DutchDates.show(today.minusDays(1))
                        + " (Inburgeringsexamen behaald); een tweede afronding is niet mogelijk.");
        assertThat(count("completion", id)).isEqualTo(1);
        assertThat(count("duo_notice", id)).isEqualTo(1);
    }

    @Test
    void completingBeforeTheRouteIsRefused() {
        UUID id = data.wassenaarDossier();
        assertThatThrownBy(() -> registering.register(consultant(), id, 0, exam(today)))
                .isInstanceOf(RegieProblem.Conflict.class)
                .hasMessage("Afronden kan als het dossier in de leerroute is; dit dossier staat op 'Gekoppeld'.");
        assertThat(count("completion", id)).isZero();
    }

    @Test
    void anotherMunicipalityGetsNotFoundEverywhere() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        RegieUser voorschoten = data.user(TestData.CONSULTANT_VOORSCHOTEN);
        long version = fixtures.version(id);
        assertThatThrownBy(() -> registering.register(voorschoten, id, version, exam(today))).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> completions.overview(voorschoten, id)).isInstanceOf(RegieProblem.NotFound.class);
        registering.register(consultant(), id, version, exam(today));
        assertThatThrownBy(() -> completions.notice(voorschoten, id, NoticeFormat.JSON)).isInstanceOf(RegieProblem.NotFound.class);
        long v2 = fixtures.version(id);
        assertThatThrownBy(() -> aftercare.record(voorschoten, id, v2, new AftercareInput(today, ParticipationOutcome.WORK, null)))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> closing.close(voorschoten, id, v2, new ClosureInput(ClosureReason.COMPLETED, today, null)))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThat(count("aftercare_contact", id)).isZero();
    }

    @Test
    void policyOfficerAndChainPartnerAreForbidden() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        long version = fixtures.version(id);
        for (String who : List.of(TestData.POLICY_OFFICER_WASSENAAR, TestData.CHAIN_PARTNER)) {
            RegieUser u = data.user(who);
            assertThatThrownBy(() -> registering.register(u, id, version, exam(today))).isInstanceOf(RegieProblem.Forbidden.class);
            assertThatThrownBy(() -> completions.overview(u, id)).isInstanceOf(RegieProblem.Forbidden.class);
            assertThatThrownBy(() -> completions.notice(u, id, NoticeFormat.XML)).isInstanceOf(RegieProblem.Forbidden.class);
            assertThatThrownBy(() -> aftercare.record(u, id, version, new AftercareInput(today, ParticipationOutcome.WORK, null)))
                    .isInstanceOf(RegieProblem.Forbidden.class);
            assertThatThrownBy(() -> closing.close(u, id, version, new ClosureInput(ClosureReason.MOVED, today, null)))
                    .isInstanceOf(RegieProblem.Forbidden.class);
        }
        assertThat(count("completion", id)).isZero();
    }

    @Test
    void theTeamLeadMayCompleteToo() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        registering.register(data.user(TestData.TEAM_LEAD_WASSENAAR), id, fixtures.version(id), exam(today));
        assertThat(count("completion", id)).isEqualTo(1);
    }

    @Test
    void theAftercareSignalIsResolvedByRecordingTheContact() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(700));
        LocalDate passed = today.minusDays(200);
        registering.register(consultant(), id, fixtures.version(id), exam(passed));
        Dossier d = dossiers.get(consultant(), id, "test", Channel.UI);
        // Six months after the exam lies in the past: the signal is raised, as a passed date (severity 3).
        assertThat(dossiers.law(consultant(), d).signals()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(Signal.Kind.AFTERCARE_CONTACT_DUE);
            assertThat(s.dueDate()).isEqualTo(passed.plusMonths(6));
            assertThat(s.severity()).isEqualTo(3);
        });

        AftercareContact a = aftercare.record(consultant(), id, d.version(),
                new AftercareInput(today.minusDays(1), ParticipationOutcome.VOLUNTEERING, "Vrijwilliger bij de voedselbank"));
        assertThat(a.plannedOn()).isEqualTo(passed.plusMonths(6));
        Dossier after = dossiers.get(consultant(), id, "test", Channel.UI);
        assertThat(after.state()).isEqualTo(DossierState.AFTERCARE);
        assertThat(dossiers.law(consultant(), after).signals()).noneMatch(s -> s.kind() == Signal.Kind.AFTERCARE_CONTACT_DUE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_signal WHERE dossier_id = ? AND kind = 'AFTERCARE_CONTACT_DUE'")
                .param(id).query(Long.class).single()).isZero();
        assertThat(eventTypes(id)).endsWith("STEP_RECORDED", "AFTERCARE_CONTACT_RECORDED");
    }

    @Test
    void aftercareIsCheckedAndRecordedOnce() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        long v0 = fixtures.version(id);
        assertThatThrownBy(() -> aftercare.record(consultant(), id, v0, new AftercareInput(today, ParticipationOutcome.WORK, null)))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessage("Nazorg volgt op de afronding; dit dossier staat op 'In leerroute'.");
        registering.register(consultant(), id, v0, exam(today.minusDays(10)));
        long v = fixtures.version(id);
        assertThatThrownBy(() -> aftercare.record(consultant(), id, v, new AftercareInput(today.minusDays(11), null, "x".repeat(2001))))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems())
                        .containsEntry("contactedOn", "Het nazorgcontact ligt vóór de afronding (" + nl.regie.shared.DutchDates.show(today.minusDays(10)) + ").")
                        .containsEntry("participation", "Kies hoe de inburgeraar nu meedoet: werk, opleiding, vrijwilligerswerk of nog geen participatie.")
                        .containsEntry("aftercareRemarks", "De opmerkingen zijn maximaal 2000 tekens."));
        assertThatThrownBy(() -> aftercare.record(consultant(), id, v, new AftercareInput(today.plusDays(1), ParticipationOutcome.WORK, null)))
                .isInstanceOf(RegieProblem.InvalidInput.class).hasMessageContaining("ligt in de toekomst");
        assertThat(count("aftercare_contact", id)).isZero();

        aftercare.record(consultant(), id, v, new AftercareInput(today, ParticipationOutcome.WORK, null));
        long v2 = fixtures.version(id);
        assertThatThrownBy(() -> aftercare.record(consultant(), id, v2, new AftercareInput(today, ParticipationOutcome.EDUCATION, null)))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("al vastgelegd");
        assertThat(count("aftercare_contact", id)).isEqualTo(1);
    }

    @Test
    void closingAfterAftercareWithAReason() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        registering.register(consultant(), id, fixtures.version(id), exam(today.minusDays(10)));
        aftercare.record(consultant(), id, fixtures.version(id), new AftercareInput(today.minusDays(2), ParticipationOutcome.WORK, null));
        long v = fixtures.version(id);
        assertThatThrownBy(() -> closing.close(consultant(), id, v, new ClosureInput(null, today.minusDays(3), null)))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems())
                        .containsEntry("closureReason", "Kies een reden om het dossier te sluiten.")
                        .containsEntry("closedOn", "De datum van sluiten ligt vóór de laatste stap in het dossier ("
                                + nl.regie.shared.DutchDates.show(today.minusDays(2)) + ")."));
        assertThat(dossiers.get(consultant(), id, "test", Channel.UI).state()).isEqualTo(DossierState.AFTERCARE);

        closing.close(consultant(), id, v, new ClosureInput(ClosureReason.COMPLETED, today, "Werkt fulltime, geen ondersteuning nodig"));
        Dossier d = dossiers.get(consultant(), id, "test", Channel.UI);
        assertThat(d.state()).isEqualTo(DossierState.CLOSED);
        assertThat(d.closureReason()).isEqualTo(ClosureReason.COMPLETED);
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(id).query(String.class).single()).isEqualTo("Nazorg → Gesloten — Traject afgerond");
        long v2 = fixtures.version(id);
        assertThatThrownBy(() -> closing.close(consultant(), id, v2, new ClosureInput(ClosureReason.MOVED, today, null)))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("al gesloten");
    }

    @Test
    void closingHereIsOnlyForCompletedDossiers() {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        assertThatThrownBy(() -> closing.close(consultant(), id, fixtures.version(id), new ClosureInput(ClosureReason.MOVED, today, null)))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("Een dossier in een eerdere fase sluit u via het overzicht");
    }

    @Test
    void completionTablesAreNeverUpdatedOrDeletedInCode() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = java.nio.file.Files.readString(p).toUpperCase();
                    return List.of("COMPLETION", "COMPLETION_EXAM_PART", "DUO_NOTICE", "AFTERCARE_CONTACT").stream()
                            .anyMatch(t -> s.contains("UPDATE " + t + " ") || s.contains("DELETE FROM " + t + " "));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
            assertThat(offending).isEmpty();
        }
    }
}
