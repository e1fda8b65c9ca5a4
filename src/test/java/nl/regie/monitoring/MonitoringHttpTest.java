package nl.regie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

/**
 * The Cijfers screens over HTTP: who may see and export what, that every export is in the access log, that a policy
 * officer can never open a dossier, the research dataset's pseudonyms, the yearly overview, and the targets form.
 */
class MonitoringHttpTest extends IntegrationTest {

    @Autowired
    Targets targets;

    private static final String FILTER = "?periode=2022-H1&peildatum=30-06-2026";

    private static RequestPostProcessor ui(String user, String role) {
        return user(user).roles(role);
    }

    /** A fixture municipality with its own policy officer and team lead accounts. */
    private CohortFixture fixtureWithAccounts() {
        CohortFixture f = new CohortFixture(jdbc, CohortFixture.freshMunicipality(jdbc)).build();
        for (String role : List.of("POLICY_OFFICER", "TEAM_LEAD")) {
            jdbc.sql("""
                            INSERT INTO app_user (username, display_name, password_hash, role, municipality_code, active, version)
                            VALUES (?, ?, 'x', ?, ?, TRUE, 0)""")
                    .params(account(f, role), "Test " + role, role, f.municipality).update();
        }
        return f;
    }

    private static String account(CohortFixture f, String role) {
        return "t-" + role.toLowerCase().replace('_', '-') + "-" + f.municipality;
    }

    private long logged(String username, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE username = ? AND action = ? AND dossier_id IS NULL")
                .params(username, action).query(Long.class).single();
    }

    @Test
    void policyOfficerSeesTheDashboardButCanNeverOpenADossier() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/cijfers").with(ui(TestData.POLICY_OFFICER_WASSENAAR, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indicatoren en streefwaarden")))
                .andExpect(content().string(containsString("Dossiers per status")))
                .andExpect(content().string(not(containsString("Haddad"))))
                .andExpect(content().string(not(containsString("/dossiers/"))));
        mvc.perform(get("/dossiers/" + id).with(ui(TestData.POLICY_OFFICER_WASSENAAR, "POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers/" + id).with(httpBasic(TestData.POLICY_OFFICER_WASSENAAR, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void consultantsGetNoFigures() throws Exception {
        mvc.perform(get("/cijfers").with(ui(TestData.CONSULTANT_WASSENAAR, "CONSULTANT"))).andExpect(status().isForbidden());
        mvc.perform(get("/cijfers/export/alle.xlsx").with(ui(TestData.CONSULTANT_WASSENAAR, "CONSULTANT"))).andExpect(status().isForbidden());
    }

    @Test
    void csvExportShowsTheTableAsOnScreenAndIsAccessLogged() throws Exception {
        CohortFixture f = fixtureWithAccounts();
        String officer = account(f, "POLICY_OFFICER");
        byte[] csv = mvc.perform(get("/cijfers/export/instroom.csv" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Instroom per doelgroep", "Doelgroep;Dossiers", "Asielstatushouder;11", "Gezinsmigrant;5", "Totaal;16");
        assertThat(logged(officer, "EXPORT_FIGURES")).isEqualTo(1);
        // Suppressed cells stay suppressed in the export.
        String states = mvc.perform(get("/cijfers/export/status.csv" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(states).contains("In leerroute;minder dan 5", "Afgerond;11");
    }

    @Test
    void xlsxExportHoldsEveryTableAsASheetWithNumbers() throws Exception {
        CohortFixture f = fixtureWithAccounts();
        String lead = account(f, "TEAM_LEAD");
        byte[] xlsx = mvc.perform(get("/cijfers/export/alle.xlsx" + FILTER).with(ui(lead, "TEAM_LEAD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = XlsxSheets.rows(xlsx, "Instroom");
        List<String> asylum = rows.stream().filter(r -> !r.isEmpty() && "Asielstatushouder".equals(r.get(0))).findFirst().orElseThrow();
        // A number cell, not text: Excel can compute with it.
        assertThat(Double.parseDouble(asylum.get(1))).isEqualTo(11.0);
        assertThat(XlsxSheets.sheetCount(xlsx)).isGreaterThanOrEqualTo(10);
        assertThat(logged(lead, "EXPORT_FIGURES")).isEqualTo(1);
    }

    @Test
    void researchDatasetHasStablePseudonymsAndNoPersonalData() throws Exception {
        CohortFixture f = fixtureWithAccounts();
        String officer = account(f, "POLICY_OFFICER");
        String first = mvc.perform(get("/cijfers/onderzoeksbestand.csv" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String second = mvc.perform(get("/cijfers/onderzoeksbestand.csv" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(first.strip().split("\r\n"));
        assertThat(lines.get(0)).startsWith("\uFEFFpseudoniem;geboortejaar;doelgroep;cohort");
        assertThat(lines).hasSize(1 + 16);
        assertThat(first).isEqualTo(second);
        String bsn = jdbc.sql("SELECT bsn FROM dossier WHERE id = ?").param(f.a.get(0)).query(String.class).single();
        assertThat(first).doesNotContain(bsn, "Cohort", "Test", f.a.get(0).toString(), "1990-05-17", "SYR");
        // A: pseudonym, 1990 (eleven asylum permit holders born in 1990: not coarsened), B1, 40 days, in time, 59 days to start
        // (15-01 → 15-03-2022), exam, 823 days, one part passed, PVT yes, MAP no, ladder 2 → 6, no ontzorgen, no answer.
        assertThat(lines.stream().filter(l -> l.matches("[0-9a-f]{32};1990;ASYLUM_PERMIT_HOLDER;2022-H1;B1;40;ja;59;EXAM;823;[01];ja;nee;2;6;nee;"))
                .count()).isEqualTo(6);
        assertThat(logged(officer, "EXPORT_PSEUDONYMISED_DATASET")).isEqualTo(2);
        mvc.perform(get("/cijfers/onderzoeksbestand.csv" + FILTER).with(ui(account(f, "TEAM_LEAD"), "TEAM_LEAD")))
                .andExpect(status().isForbidden());
    }

    @Test
    void researchDatasetSaysWhoHadOntzorgenAndTheirLatestOverallScore() throws Exception {
        CohortFixture f = fixtureWithAccounts().withEnforcementReliefAndSatisfaction();
        String csv = mvc.perform(get("/cijfers/onderzoeksbestand.csv" + FILTER).with(ui(account(f, "POLICY_OFFICER"), "POLICY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.strip().split("\r\n"));
        assertThat(lines.get(0)).endsWith(";financieel_ontzorgd;tevredenheid_algemeen");
        // A1–A6 and B1–B5 (asylum permit holders) all had ontzorgen by 30-06-2026; no overall score. C1–C5 (family
        // migrants): ontzorgen does not apply (empty); overall 6, 6, 7, 8, 8 on 01-02-2024 — C1's 1 of 01-07-2026 comes
        // after the peildatum.
        assertThat(lines.stream().filter(l -> l.contains(";ASYLUM_PERMIT_HOLDER;")).toList()).hasSize(11).allMatch(l -> l.endsWith(";ja;"));
        List<String> family = lines.stream().filter(l -> l.contains(";FAMILY_MIGRANT;")).toList();
        assertThat(family).hasSize(5).allMatch(l -> l.matches(".*;;[0-9]+"));
        assertThat(family.stream().map(l -> l.substring(l.lastIndexOf(';') + 1))).containsExactlyInAnyOrder("6", "6", "7", "8", "8");
        assertThat(csv).doesNotContain("100.00", "250.00", "FINE");
    }

    @Test
    void birthYearsOfFewerThanFiveBecomeADecade() throws Exception {
        CohortFixture f = fixtureWithAccounts();
        UUID lone = f.dossier("OTHER_MIGRANT", null, LocalDate.of(2022, 3, 1), null, null, null, null, null, null);
        jdbc.sql("UPDATE dossier SET birth_date = DATE '1987-02-02' WHERE id = ?").param(lone).update();
        String csv = mvc.perform(get("/cijfers/onderzoeksbestand.csv" + FILTER).with(ui(account(f, "POLICY_OFFICER"), "POLICY_OFFICER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(";1980-1989;OTHER_MIGRANT;2022-H1;").doesNotContain("1987");
    }

    @Test
    void yearlyAccountabilityOverviewAndItsExports() throws Exception {
        CohortFixture f = fixtureWithAccounts();
        String officer = account(f, "POLICY_OFFICER");
        mvc.perform(get("/cijfers/verantwoording?jaar=2022").with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jaarverantwoording")))
                .andExpect(content().string(containsString("Nieuwe inburgeringsplichtigen per doelgroep")));
        String csv = mvc.perform(get("/cijfers/verantwoording.csv?jaar=2022").with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // BRP registrations in 2022: A and B 11 asylum permit holders, C 5 family migrants; first PIPs B1 6, Z 5, onderwijs 5.
        assertThat(csv).contains("Asielstatushouder;11", "Gezinsmigrant;5", "B1-route;6", "Zelfredzaamheidsroute (Z-route);5",
                "Onderwijsroute;5");
        String y2023 = mvc.perform(get("/cijfers/verantwoording.csv?jaar=2023").with(ui(officer, "POLICY_OFFICER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // 2023: C completed by taalschakeltraject (5), B5 moved (1 → hidden), reading passed by five of A.
        assertThat(y2023).contains("Taalschakeltraject afgerond;5", "Verhuisd naar een andere gemeente;minder dan 5", "Lezen;5");
        byte[] xlsx = mvc.perform(get("/cijfers/verantwoording.xlsx?jaar=2022").with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        assertThat(logged(officer, "EXPORT_ACCOUNTABILITY")).isEqualTo(3);
        mvc.perform(get("/cijfers/verantwoording?jaar=1999").with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies een jaar vanaf 2022")));
    }

    @Test
    void aMistypedPeildatumIsRefusedNextToTheFieldAndKeptAsTyped() throws Exception {
        mvc.perform(get("/cijfers?peildatum=31-02-2025").with(ui(TestData.POLICY_OFFICER_WASSENAAR, "POLICY_OFFICER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("peildatum-fout")))
                .andExpect(content().string(containsString("value=\"31-02-2025\"")));
    }

    @Test
    void seedTargetsAreInForce() {
        LocalDate on = LocalDate.of(2025, 1, 1);
        assertThat(targets.inForce("1734", Kpi.STARTED_WITHIN_3_MONTHS, on)).get().extracting(t -> t.percent().intValue()).isEqualTo(90);
        assertThat(targets.inForce("0437", Kpi.STARTED_WITHIN_6_MONTHS, on)).get().extracting(t -> t.percent().intValue()).isEqualTo(80);
        assertThat(targets.inForce("1509", Kpi.PAID_WORK_WITHIN_TERM, on)).get().extracting(t -> t.percent().intValue()).isEqualTo(50);
        assertThat(targets.inForce("1509", Kpi.PAID_WORK_WITHIN_TERM, on).orElseThrow().wording()).contains("Tenminste 50%");
        assertThat(targets.inForce("0629", on)).isEmpty();
    }

    @Test
    void policyOfficerEntersATargetWithClearMessagesForMistakes() throws Exception {
        CohortFixture f = fixtureWithAccounts();
        String officer = account(f, "POLICY_OFFICER");
        mvc.perform(post("/cijfers/doelen").with(csrf()).with(ui(officer, "POLICY_OFFICER"))
                        .param("kpi", "STARTED_WITHIN_3_MONTHS").param("percent", "120").param("validFrom", "1-13-2025").param("wording", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Een streefwaarde ligt tussen 0 en 100 procent.")))
                .andExpect(content().string(containsString("Neem de doelstelling over")))
                .andExpect(content().string(containsString("value=\"1-13-2025\"")));
        mvc.perform(post("/cijfers/doelen").with(csrf()).with(ui(officer, "POLICY_OFFICER"))
                        .param("kpi", "STARTED_WITHIN_3_MONTHS").param("percent", "87,5").param("validFrom", "1-1-2025")
                        .param("wording", "87,5% binnen 3 maanden gestart"))
                .andExpect(redirectedUrl("/cijfers/doelen"));
        assertThat(targets.inForce(f.municipality, Kpi.STARTED_WITHIN_3_MONTHS, LocalDate.of(2025, 6, 1)).orElseThrow().percent())
                .isEqualByComparingTo("87.5");
        assertThat(logged(officer, "SET_TARGET")).isEqualTo(1);
        // The same KPI and date twice: refused next to the date.
        mvc.perform(post("/cijfers/doelen").with(csrf()).with(ui(officer, "POLICY_OFFICER"))
                        .param("kpi", "STARTED_WITHIN_3_MONTHS").param("percent", "90").param("validFrom", "2025-01-01").param("wording", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("kies een andere ingangsdatum")));
        // A team lead sees the targets but does not set them.
        mvc.perform(get("/cijfers/doelen").with(ui(account(f, "TEAM_LEAD"), "TEAM_LEAD")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("87,5%")));
        mvc.perform(post("/cijfers/doelen").with(csrf()).with(ui(account(f, "TEAM_LEAD"), "TEAM_LEAD"))
                        .param("kpi", "STARTED_WITHIN_3_MONTHS").param("percent", "90").param("validFrom", "2026-01-01").param("wording", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void policyOfficerEntersAChainPartnerSurveyThatTheDashboardShows() throws Exception {
        CohortFixture f = fixtureWithAccounts();
        String officer = account(f, "POLICY_OFFICER");
        mvc.perform(get("/cijfers").with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cijfers/tevredenheid\"")));
        mvc.perform(get("/cijfers/tevredenheid").with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nog geen onderzoeken vastgelegd.")))
                .andExpect(content().string(containsString("Onderzoek vastleggen")));
        // Mistakes: a score above 10, a typed date that is not a date, no description; refused, kept as typed, nothing saved.
        mvc.perform(post("/cijfers/tevredenheid").with(csrf()).with(ui(officer, "POLICY_OFFICER"))
                        .param("heldOn", "31-02-2022").param("respondents", "14").param("averageScore", "10,5").param("description", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;31-02-2022&#39; is geen geldige datum")))
                .andExpect(content().string(containsString("Een gemiddeld cijfer ligt tussen 1 en 10.")))
                .andExpect(content().string(containsString("Beschrijf wie zijn ondervraagd")))
                .andExpect(content().string(containsString("value=\"10,5\"")))
                .andExpect(content().string(containsString("value=\"14\"")));
        mvc.perform(post("/cijfers/tevredenheid").with(csrf()).with(ui(officer, "POLICY_OFFICER"))
                        .param("heldOn", "1-5-2022").param("respondents", "14").param("averageScore", "7,25").param("description", "Sociale Alliantie"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("hoogstens één cijfer achter de komma")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_satisfaction_survey WHERE municipality_code = ?").param(f.municipality)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/cijfers/tevredenheid").with(csrf()).with(ui(officer, "POLICY_OFFICER"))
                        .param("heldOn", "1-5-2022").param("respondents", "14").param("averageScore", "7,2")
                        .param("description", "Vertegenwoordigers van de Sociale Alliantie"))
                .andExpect(redirectedUrl("/cijfers/tevredenheid"));
        assertThat(logged(officer, "RECORD_PARTNER_SURVEY")).isEqualTo(1);
        mvc.perform(get("/cijfers/tevredenheid").with(ui(account(f, "TEAM_LEAD"), "TEAM_LEAD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vertegenwoordigers van de Sociale Alliantie")))
                .andExpect(content().string(containsString(">7,2<")))
                .andExpect(content().string(not(containsString("Onderzoek vastleggen"))));
        // A team lead reads the surveys but does not enter them.
        mvc.perform(post("/cijfers/tevredenheid").with(csrf()).with(ui(account(f, "TEAM_LEAD"), "TEAM_LEAD"))
                        .param("heldOn", "1-6-2022").param("respondents", "9").param("averageScore", "6").param("description", "x"))
                .andExpect(status().isForbidden());
        // On the dashboard of 2022-H1, and in its CSV export as shown there.
        mvc.perform(get("/cijfers" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ketenpartners, 01-05-2022: Vertegenwoordigers van de Sociale Alliantie")));
        String csv = mvc.perform(get("/cijfers/export/tevredenheid.csv" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Onderwerp;Gemiddeld cijfer;Respondenten;Cijfer 7 of hoger",
                "Ketenpartners, 01-05-2022: Vertegenwoordigers van de Sociale Alliantie;7,2;14;n.v.t.");
    }

    @Test
    void theNewTablesAreInTheDashboardAndInEveryExport() throws Exception {
        CohortFixture f = fixtureWithAccounts().withEnforcementReliefAndSatisfaction();
        String officer = account(f, "POLICY_OFFICER");
        mvc.perform(get("/cijfers" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kop-handhaving\"")))
                .andExpect(content().string(containsString("id=\"kop-ontzorgen\"")))
                .andExpect(content().string(containsString("id=\"kop-tevredenheid\"")))
                .andExpect(content().string(not(containsString("/dossiers/"))));
        byte[] xlsx = mvc.perform(get("/cijfers/export/alle.xlsx" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // Numbers stay numbers: the approved fines (10, see EnforcementReliefSatisfactionKpiTest) and their € 1.750.
        List<String> fines = XlsxSheets.rows(xlsx, "Handhaving").stream()
                .filter(r -> !r.isEmpty() && "Boetebesluit: goedgekeurd en verzonden".equals(r.get(0))).findFirst().orElseThrow();
        assertThat(Double.parseDouble(fines.get(1))).isEqualTo(10.0);
        assertThat(Double.parseDouble(fines.get(3))).isEqualTo(1750.0);
        List<String> paid = XlsxSheets.rows(xlsx, "Financieel ontzorgen").stream()
                .filter(r -> !r.isEmpty() && "Betaald bedrag".equals(r.get(0))).findFirst().orElseThrow();
        assertThat(Double.parseDouble(paid.get(1))).isEqualTo(8050.0);
        List<String> overall = XlsxSheets.rows(xlsx, "Tevredenheid").stream()
                .filter(r -> !r.isEmpty() && "Inburgeraars: Inburgering in het algemeen".equals(r.get(0))).findFirst().orElseThrow();
        assertThat(Double.parseDouble(overall.get(1))).isEqualTo(7.0);
        // Suppressed cells stay text in the export.
        assertThat(overall.get(3)).isEqualTo("afgeschermd");
        String csv = mvc.perform(get("/cijfers/export/handhaving.csv" + FILTER).with(ui(officer, "POLICY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Handhaving;Dossiers;Aantal;Bedrag boetes", "Boetes die staan na bezwaar;9;9;€ 1.600,00",
                "Besluit: geen sanctie;minder dan 5;minder dan 5 dossiers;");
        assertThat(logged(officer, "EXPORT_FIGURES")).isEqualTo(2);
    }
}

