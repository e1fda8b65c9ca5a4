package nl.regie.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.identity.RegieUser;
import nl.regie.letters.LetterChecks;
import nl.regie.rules.DeadlineCode;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

class IntegrationPlanTest extends IntegrationTest {

    @Autowired
    RecordingLifecycleStep steps;

    @Autowired
    DraftingPlan drafting;

    @Autowired
    EstablishingPlan establishing;

    @Autowired
    Plans plans;

    @Autowired
    DossierQueries dossiers;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    /** An asylum permit holder in brede intake: registered {@code brpDaysAgo} days ago. */
    private UUID inIntake(int brpDaysAgo) {
        LocalDate brp = today.minusDays(brpDaysAgo);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(40));
        long v = steps.record(consultant(), id, 0, new DossierLifecycle.StepRequest(DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = steps.record(consultant(), id, v, new DossierLifecycle.StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        steps.record(consultant(), id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, brp.plusDays(7), null, null), null);
        return id;
    }

    static PlanContent planContent(LearningRoute route, Set<String> languages) {
        return new PlanContent(route, "Leerbaarheidstoets: hoog; brede intake: wil verpleegkundige worden; eigen voorkeur B1.",
                "Taalschool De Brug", "KNM-lessen in de eerste zes maanden", "MAP met 40 praktijkuren bij een zorginstelling",
                "PVT met excursie naar het gemeentehuis", "Vrijwilligerswerk in het verzorgingshuis, 8 uur per week",
                "Zes maanden ontzorgen: huur, energie, water, zorgpremie", "Opvang voor de jongste twee dagen per week",
                "Huisarts ingeschreven; digitale vaardigheden via de bibliotheek", 8, languages);
    }

    @Test
    void theFirstPipIsADecisionThatStartsTheTermAndIsArchivedAsPdfA() {
        UUID id = inIntake(50);
        LocalDate datedOn = today.minusDays(5);
        drafting.save(consultant(), id, planContent(LearningRoute.B1, Set.of("en", "ar")), null, null);
        IntegrationPlan p = establishing.establish(consultant(), id, 0, datedOn);

        assertThat(p.versionNo()).isEqualTo(1);
        assertThat(p.status()).isEqualTo(IntegrationPlan.Status.ESTABLISHED);
        var d = dossiers.get(consultant(), id, "test", Channel.UI);
        assertThat(d.state()).isEqualTo(DossierState.PLAN_ESTABLISHED);
        assertThat(dossiers.law(consultant(), d).deadlines()).anyMatch(x -> x.code() == DeadlineCode.TERM_START
                && x.date().equals(datedOn.plusDays(1)));

        byte[] pdf = plans.letter(consultant(), id, 1);
        assertThat(LetterChecks.pdfaFailures(pdf)).isEmpty();
        String text = LetterChecks.text(pdf);
        assertThat(text).contains("Besluit", "Plan Inburgering en Participatie", "artikel 15, derde lid",
                "Uw verplichtingen", "bestuurlijke boete", "binnen zes weken", "bezwaar", "Taalschool De Brug",
                "Your plan in brief");
        assertThat(LetterChecks.savePages(pdf, "pip-versie-1")).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT sha256 FROM integration_plan_letter WHERE plan_id = ?").param(p.id()).query(String.class).single())
                .hasSize(64);
    }

    @Test
    void aRevisionIsANewVersionWithItsReasonDiffAndLetterAndDoesNotMoveTheTerm() {
        UUID id = inIntake(80);
        LocalDate first = today.minusDays(30);
        drafting.save(consultant(), id, planContent(LearningRoute.EDUCATION, Set.of()), null, null);
        establishing.establish(consultant(), id, 0, first);

        PlanContent switched = planContent(LearningRoute.B1, Set.of());
        assertThatThrownBy(() -> drafting.save(consultant(), id, switched, " ", null))
                .isInstanceOf(RegieProblem.InvalidInput.class).hasMessageContaining("reden van de herziening");
        drafting.save(consultant(), id, switched, "Voortgangsgesprek: liever direct aan het werk", null);
        IntegrationPlan v2 = establishing.establish(consultant(), id, 0, today);

        assertThat(v2.versionNo()).isEqualTo(2);
        Plans.Overview o = plans.overview(consultant(), id);
        assertThat(o.changes(v2)).extracting(PlanChange::field).contains("Leerroute");
        String text = LetterChecks.text(plans.letter(consultant(), id, 2));
        assertThat(text).contains("wijzigt uw Plan Inburgering en Participatie", "Wat er verandert", "Voortgangsgesprek: liever direct aan het werk");
        var d = dossiers.get(consultant(), id, "test", Channel.UI);
        assertThat(dossiers.law(consultant(), d).deadlines()).anyMatch(x -> x.code() == DeadlineCode.TERM_START
                && x.date().equals(first.plusDays(1)));
        assertThat(plans.letter(consultant(), id, 1)).isNotEmpty();
    }

    @Test
    void switchingRouteAfterTheWindowIsRefusedButEducationToB1IsAlwaysAllowed() {
        UUID id = inIntake(900);
        drafting.save(consultant(), id, planContent(LearningRoute.SELF_RELIANCE, Set.of()), null, null);
        establishing.establish(consultant(), id, 0, today.minusDays(600));
        drafting.save(consultant(), id, planContent(LearningRoute.B1, Set.of()), "Meer leerbaar dan gedacht", null);
        assertThatThrownBy(() -> establishing.establish(consultant(), id, 0, today))
                .isInstanceOf(RegieProblem.InvalidInput.class)
                .hasMessageContaining("anderhalf jaar na de start van de termijn");
        assertThat(plans.overview(consultant(), id).latestEstablished().orElseThrow().versionNo()).isEqualTo(1);
    }

    @Test
    void aPipCannotBeEstablishedBeforeTheIntakeAndNothingIsWritten() {
        UUID id = data.wassenaarDossier();
        assertThatThrownBy(() -> drafting.save(consultant(), id, planContent(LearningRoute.B1, Set.of()), null, null))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("na de start van de brede intake");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_plan WHERE dossier_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void incompletePlansNameEveryMissingPart() {
        UUID id = inIntake(20);
        PlanContent empty = new PlanContent(LearningRoute.B1, null, null, null, null, null, null, null, null, null, 0, Set.of("fr"));
        assertThatThrownBy(() -> drafting.save(consultant(), id, empty, null, null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKeys(
                        "routeReasons", "provider", "knm", "participationStatement", "labourMarketModule", "plannedMeetings",
                        "summaryLanguages"));
    }

    @Test
    void anotherMunicipalityCannotSeeThePipOrItsLetter() throws Exception {
        UUID id = inIntake(30);
        drafting.save(consultant(), id, planContent(LearningRoute.B1, Set.of()), null, null);
        establishing.establish(consultant(), id, 0, today);
        mvc.perform(get("/dossiers/" + id + "/pip").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/pip/1/beschikking.pdf").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/pip/1/beschikking.pdf").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
    }

    @Test
    void acknowledgementIsRecordedWithinItsDates() {
        UUID id = inIntake(30);
        drafting.save(consultant(), id, planContent(LearningRoute.B1, Set.of()), null, null);
        establishing.establish(consultant(), id, 0, today.minusDays(2));
        assertThatThrownBy(() -> establishing.acknowledge(consultant(), id, 1, today.minusDays(3)))
                .isInstanceOf(RegieProblem.InvalidInput.class);
        establishing.acknowledge(consultant(), id, 1, today);
        assertThat(plans.overview(consultant(), id).version(1).orElseThrow().acknowledgedOn()).isEqualTo(today);
    }

    @Test
    void lettersAreNeverChangedInCode() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = java.nio.file.Files.readString(p).toUpperCase();
                    return s.contains("UPDATE INTEGRATION_PLAN_LETTER") || s.contains("DELETE FROM INTEGRATION_PLAN_LETTER");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
            assertThat(offending).isEmpty();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.regie.intake.RecordingIntake intake;

    @Test
    void aFirstDraftStartsFromTheBredeIntake() throws Exception {
        UUID id = inIntake(20);
        intake.recordLearnabilityTest(consultant(), id, new nl.regie.intake.NewLearnabilityTest(today.minusDays(3),
                "Bureau Leerbaarheid", LearningRoute.EDUCATION, "hoog", null));
        String page = mvc.perform(get("/dossiers/" + id + "/pip").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Uit de brede intake", "Bureau Leerbaarheid");
        assertThat(page).containsPattern("<option value=\"EDUCATION\" selected=\"selected\"");
        assertThat(page).contains("Leerbaarheidstoets " + nl.regie.shared.DutchDates.show(today.minusDays(3))
                + " (Bureau Leerbaarheid): advies " + LearningRoute.EDUCATION.dutch() + ", score hoog. Eigen voorkeur:");
    }
}
