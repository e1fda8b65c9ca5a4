package nl.regie.intake;

import static nl.regie.intake.IntakeFixtures.MENTAL_SECRET;
import static nl.regie.intake.IntakeFixtures.PHYSICAL_SECRET;
import static nl.regie.intake.IntakeFixtures.mentalHealth;
import static nl.regie.intake.IntakeFixtures.physicalHealth;
import static nl.regie.intake.IntakeFixtures.regularScores;
import static nl.regie.intake.IntakeFixtures.withHealth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.dossier.ReassigningDossier;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Special categories of personal data (AVG art. 9) in the brede intake: who reads and writes them, that each read is
 * logged, and that nothing built for other modules (summary, measurements, timeline) carries them.
 */
class SpecialCategoryTest extends IntegrationTest {

    @Autowired
    RecordingIntake recording;

    @Autowired
    IntakeQueries queries;

    @Autowired
    Measurements measurements;

    @Autowired
    ReassigningDossier reassigning;

    private final LocalDate today = LocalDate.now();

    private RegieUser assigned() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    private RegieUser teamLead() {
        return data.user(TestData.TEAM_LEAD_WASSENAAR);
    }

    /** A Wassenaar dossier (assigned to the Wassenaar test consultant) with both health sections and a full baseline. */
    private UUID withHealthData() {
        UUID id = data.wassenaarDossier();
        recording.saveDomain(assigned(), id, LifeDomain.PHYSICAL_HEALTH, physicalHealth(), 0);
        recording.saveDomain(assigned(), id, LifeDomain.MENTAL_HEALTH, mentalHealth(), 0);
        recording.recordMeasurement(assigned(), id, new NewMeasurement(MeasurementKind.BASELINE, today.minusDays(3), 2,
                withHealth(regularScores(3), 2)), 0);
        return id;
    }

    private long specialReads(UUID id, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND username = ? AND action = 'VIEW_SPECIAL_CATEGORY'")
                .params(id, username).query(Long.class).single();
    }

    @Test
    void theAssignedConsultantReadsThemAndTheReadIsLogged() {
        UUID id = withHealthData();
        long before = specialReads(id, TestData.CONSULTANT_WASSENAAR);
        IntakeOverview o = queries.overview(assigned(), id);
        assertThat(o.specialAccess()).isTrue();
        assertThat(o.domain(LifeDomain.PHYSICAL_HEALTH).shielded()).isFalse();
        assertThat(o.domain(LifeDomain.PHYSICAL_HEALTH).latest().orElseThrow().value("condition")).isEqualTo(PHYSICAL_SECRET);
        assertThat(o.latest(MeasurementKind.BASELINE).orElseThrow().scores()).containsKeys(ZrmDomain.MENTAL_HEALTH, ZrmDomain.ADDICTION);
        assertThat(specialReads(id, TestData.CONSULTANT_WASSENAAR)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT purpose FROM access_log WHERE dossier_id = ? AND action = 'VIEW_SPECIAL_CATEGORY' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(id).query(String.class).single()).isEqualTo("Brede intake: bijzondere persoonsgegevens (gezondheid)");
    }

    @Test
    void aTeamLeadOfTheMunicipalityReadsAndWritesThem() {
        UUID id = withHealthData();
        IntakeOverview o = queries.overview(teamLead(), id);
        assertThat(o.specialAccess()).isTrue();
        assertThat(o.domain(LifeDomain.MENTAL_HEALTH).latest().orElseThrow().value("condition")).isEqualTo(MENTAL_SECRET);
        assertThat(specialReads(id, TestData.TEAM_LEAD_WASSENAAR)).isEqualTo(1);
        var saved = recording.saveDomain(teamLead(), id, LifeDomain.MENTAL_HEALTH,
                java.util.Map.of("condition", "Klachten verminderd", "treatment", "YES"), 1);
        assertThat(saved.versionNo()).isEqualTo(2);
    }

    @Test
    void anotherConsultantOfTheSameMunicipalitySeesThePageButNotTheSpecialCategories() {
        UUID id = withHealthData();
        RegieUser other = data.secondConsultantWassenaar();
        IntakeOverview o = queries.overview(other, id);
        assertThat(o.specialAccess()).isFalse();
        for (LifeDomain d : LifeDomain.values()) {
            assertThat(o.domain(d).shielded()).as(d.name()).isEqualTo(d.specialCategory());
        }
        assertThat(o.domain(LifeDomain.PHYSICAL_HEALTH).versions()).isEmpty();
        assertThat(o.domain(LifeDomain.MENTAL_HEALTH).versions()).isEmpty();
        assertThat(o.latest(MeasurementKind.BASELINE).orElseThrow().scores().keySet()).noneMatch(ZrmDomain::specialCategory);
        assertThat(o.comparison()).filteredOn(IntakeOverview.ComparisonRow::shielded)
                .extracting(IntakeOverview.ComparisonRow::baseline).containsOnly("Afgeschermd");
        assertThat(o.toString()).doesNotContain("GEHEIM");
        assertThat(specialReads(id, other.username())).isZero();
        // Writing is refused as well, server-side.
        assertThatThrownBy(() -> recording.saveDomain(other, id, LifeDomain.PHYSICAL_HEALTH, physicalHealth(), 1))
                .isInstanceOf(RegieProblem.Forbidden.class).hasMessageStartingWith("Afgeschermd: bijzondere persoonsgegevens");
        assertThatThrownBy(() -> recording.recordMeasurement(other, id, new NewMeasurement(MeasurementKind.BASELINE, today, 3,
                withHealth(regularScores(4), 1)), 1)).isInstanceOf(RegieProblem.Forbidden.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM intake_domain_version WHERE dossier_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aMeasurementSavedByAShieldedConsultantKeepsTheHealthScores() {
        UUID id = withHealthData();
        RegieUser other = data.secondConsultantWassenaar();
        recording.recordMeasurement(other, id, new NewMeasurement(MeasurementKind.BASELINE, today.minusDays(3), 3,
                regularScores(4)), 1);
        var latest = queries.overview(assigned(), id).latest(MeasurementKind.BASELINE).orElseThrow();
        assertThat(latest.versionNo()).isEqualTo(2);
        assertThat(latest.recordedBy()).isEqualTo(other.username());
        assertThat(latest.scores().get(ZrmDomain.MENTAL_HEALTH)).isEqualTo(ZrmScore.NOT_SELF_SUFFICIENT);
        assertThat(latest.scores().get(ZrmDomain.FINANCES)).isEqualTo(ZrmScore.SUFFICIENT);
    }

    @Test
    void accessFollowsTheAssignment() {
        UUID id = withHealthData();
        RegieUser other = data.secondConsultantWassenaar();
        long v = jdbc.sql("SELECT version FROM dossier WHERE id = ?").param(id).query(Long.class).single();
        reassigning.reassign(teamLead(), id, v, other.username(), "Verlof");
        assertThat(queries.overview(other, id).specialAccess()).isTrue();
        assertThat(queries.overview(assigned(), id).specialAccess()).isFalse();
    }

    @Test
    void theSummaryTheMeasurementsAndTheTimelineNeverCarryThem() {
        UUID id = withHealthData();
        recording.saveDomain(assigned(), id, LifeDomain.LANGUAGE, IntakeFixtures.language(), 0);

        // The summary other modules read holds no health field, by type and by content, even for the assigned consultant.
        IntakeSummary s = queries.summary(assigned(), id);
        assertThat(Arrays.stream(IntakeSummary.class.getRecordComponents()).map(c -> c.getName().toLowerCase(Locale.ROOT)))
                .noneMatch(n -> n.contains("health") || n.contains("mental") || n.contains("physical") || n.contains("addiction")
                        || n.contains("condition") || n.contains("treatment"));
        assertThat(s.toString()).doesNotContain("GEHEIM", "Diabetes", "GGZ");
        assertThat(s.domainsRecorded()).noneMatch(LifeDomain::specialCategory).contains(LifeDomain.LANGUAGE);
        assertThat(s.measurements().baseline().orElseThrow().scores().keySet()).noneMatch(ZrmDomain::specialCategory)
                .contains(ZrmDomain.FINANCES);
        assertThat(measurements.of(assigned(), id).baseline().orElseThrow().scores().keySet()).noneMatch(ZrmDomain::specialCategory);
        assertThatThrownBy(() -> new Measurement(MeasurementKind.BASELINE, today, ParticipationLadderStep.ISOLATED,
                java.util.Map.of(ZrmDomain.ADDICTION, ZrmScore.FULL))).isInstanceOf(IllegalArgumentException.class);
        // Reading the summary is not a read of special categories.
        assertThat(specialReads(id, TestData.CONSULTANT_WASSENAAR)).isZero();

        // The timeline, read by everyone who may read the dossier, names neither the health sections nor their content.
        var summaries = jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ?").param(id).query(String.class).list();
        assertThat(String.join("\n", summaries)).doesNotContain("GEHEIM", "gezondheid", "Gezondheid", "verslaving", "Verslaving")
                .contains("Afgeschermd leefgebied (bijzondere persoonsgegevens) vastgelegd, versie 1");
    }

    @Test
    void overHttpTheOtherConsultantSeesShieldedSectionsAndIsRefusedWrites() throws Exception {
        UUID id = withHealthData();
        RegieUser other = data.secondConsultantWassenaar();
        String html = mvc.perform(get("/dossiers/" + id + "/intake").with(user(other.username()).roles("CONSULTANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Afgeschermd: bijzondere persoonsgegevens").doesNotContain("GEHEIM")
                .doesNotContain("name=\"zrm_mental_health\"");
        mvc.perform(post("/dossiers/" + id + "/intake/leefgebied/fysieke-gezondheid").with(csrf())
                        .with(user(other.username()).roles("CONSULTANT"))
                        .param("basedOn", "1").param("condition", "overschreven"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/" + id + "/intake/meting").with(csrf()).with(user(other.username()).roles("CONSULTANT"))
                        .param("kind", "BASELINE").param("measuredOn", "01-01-2020").param("ladderStep", "2")
                        .param("baselineVersion", "1").param("zrm_addiction", "1"))
                .andExpect(status().isForbidden());

        String own = mvc.perform(get("/dossiers/" + id + "/intake").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains(PHYSICAL_SECRET).contains("name=\"zrm_mental_health\"");
    }
}
