package nl.regie.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.shared.RegieProblem;

/**
 * The planning screens over HTTP: who may read and write (own municipality only; consultants and chain partners
 * nothing), Dutch messages next to the fields with the input kept, optimistic locking, the access log of changes,
 * the CSV, and the seeded defaults.
 */
class PlanningPageTest extends IntegrationTest {

    @Autowired
    PlanningOverview overview;

    @Autowired
    EditingPlanning editing;

    private static RequestPostProcessor policyWassenaar() {
        return user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER");
    }

    /** A half year ahead for which the municipality has no taakstelling yet (tests share one database on PostgreSQL). */
    private HalfYear freeHalf(String municipality) {
        HalfYear h = HalfYear.containing(LocalDate.now()).next();
        while (jdbc.sql("SELECT COUNT(*) FROM housing_quota WHERE municipality_code = ? AND quota_year = ? AND quota_half = ?")
                .params(municipality, h.year(), h.half()).query(Long.class).single() > 0) {
            h = h.next();
        }
        return h;
    }

    private long quotaVersion(String municipality, HalfYear h) {
        return jdbc.sql("SELECT version FROM housing_quota WHERE municipality_code = ? AND quota_year = ? AND quota_half = ?")
                .params(municipality, h.year(), h.half()).query(Long.class).single();
    }

    @Test
    void thePolicyOfficerSeesTheForecastWithRangesAndTheSeededSources() throws Exception {
        mvc.perform(get("/planning").with(policyWassenaar()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"utrecht-heading-1\">Planning</h1>")))
                .andExpect(content().string(containsString("Prognose per halfjaar: laag – verwacht – hoog")))
                .andExpect(content().string(containsString("Hoe komen de bandbreedtes tot stand?")))
                .andExpect(content().string(containsString("eigen routemix (55 / 20 / 25)")))
                .andExpect(content().string(containsString("een deel van de parameters is een aanname")))
                .andExpect(content().string(containsString("href=\"/planning\">Planning</a>")));
        mvc.perform(get("/planning/parameters").with(policyWassenaar()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("seed 003 bijlage 1")))
                .andExpect(content().string(containsString("<strong class=\"regie-assumption\">Aanname</strong>")));
    }

    @Test
    void recordingATaakstellingShowsItInTheForecastAndLogsTheChange() throws Exception {
        HalfYear h = freeHalf("0629");
        mvc.perform(post("/planning/taakstelling").with(policyWassenaar()).with(csrf())
                        .param("year", String.valueOf(h.year())).param("half", String.valueOf(h.half()))
                        .param("persons", "24").param("source", "Brief BZK"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/planning"));
        var view = overview.view(data.user(TestData.POLICY_OFFICER_WASSENAAR));
        assertThat(view.quotas()).anySatisfy(q -> {
            assertThat(q.half()).isEqualTo(h);
            assertThat(q.persons()).isEqualTo(24);
            assertThat(q.recordedBy()).isEqualTo(TestData.POLICY_OFFICER_WASSENAAR);
        });
        assertThat(view.forecast().halves()).anySatisfy(f -> {
            assertThat(f.half()).isEqualTo(h);
            assertThat(f.quota()).isEqualTo(24);
            // 24 × 90% × 66,67% = 14,4; low 24 × 75% × 61,67%, high 24 × 100% × 71,67%
            assertThat(f.obliged().expected()).isCloseTo(24 * 0.9 * 0.6667, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(f.obliged().low()).isLessThan(f.obliged().expected());
            assertThat(f.obliged().high()).isGreaterThan(f.obliged().expected());
        });
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM access_log WHERE username = ? AND action = 'RECORD_HOUSING_QUOTA'
                        AND dossier_id IS NULL AND purpose = ?""")
                .params(TestData.POLICY_OFFICER_WASSENAAR, "Taakstelling " + h.dutch() + ": 24 personen")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedTaakstellingKeepsWhatWasTypedWithDutchMessages() throws Exception {
        mvc.perform(post("/planning/taakstelling").with(policyWassenaar()).with(csrf())
                        .param("year", "2099").param("half", "2").param("persons", "twintig").param("source", "TVS-overzicht"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Controleer de invoer.")))
                .andExpect(content().string(containsString("Vul een heel getal in")))
                .andExpect(content().string(containsString("value=\"twintig\"")))
                .andExpect(content().string(containsString("value=\"TVS-overzicht\"")))
                .andExpect(content().string(containsString("aria-describedby=\"persons-fout persons-uitleg\"")));
        mvc.perform(post("/planning/taakstelling").with(policyWassenaar()).with(csrf())
                        .param("year", "2099").param("half", "2").param("persons", "20"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul een jaar in van 2021 tot en met")))
                .andExpect(content().string(containsString("value=\"2099\"")));
    }

    @Test
    void aSecondEntryForTheSameHalfNeedsWijzigenAndAStaleVersionIsAConflict() throws Exception {
        HalfYear h = freeHalf("0629");
        var officer = data.user(TestData.POLICY_OFFICER_WASSENAAR);
        editing.recordQuota(officer, h.year(), h.half(), 10, null, null);
        mvc.perform(post("/planning/taakstelling").with(policyWassenaar()).with(csrf())
                        .param("year", String.valueOf(h.year())).param("half", String.valueOf(h.half())).param("persons", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is al een taakstelling vastgelegd (10 personen)")));
        long v = quotaVersion("0629", h);
        mvc.perform(get("/planning").param("wijzig", h.key()).with(policyWassenaar()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taakstelling wijzigen")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + v + "\"")));
        editing.recordQuota(data.user(TestData.TEAM_LEAD_WASSENAAR), h.year(), h.half(), 11, null, v);
        mvc.perform(post("/planning/taakstelling").with(policyWassenaar()).with(csrf())
                        .param("year", String.valueOf(h.year())).param("half", String.valueOf(h.half()))
                        .param("persons", "12").param("version", String.valueOf(v)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("intussen door iemand anders gewijzigd")));
        assertThat(overview.view(officer).quotas()).anySatisfy(q -> {
            assertThat(q.half()).isEqualTo(h);
            assertThat(q.persons()).isEqualTo(11);
        });
    }

    @Test
    void wassenaarCannotReadOrWriteVoorschotensPlanning() throws Exception {
        var voorschoten = data.policyOfficerVoorschoten();
        HalfYear h = freeHalf("0626");
        editing.recordQuota(voorschoten, h.year(), h.half(), 33, "Voorschoten", null);
        long v = quotaVersion("0626", h);

        var wassenaar = data.user(TestData.POLICY_OFFICER_WASSENAAR);
        assertThat(overview.view(wassenaar).quotas()).noneMatch(q -> "Voorschoten".equals(q.source()));
        assertThat(overview.view(wassenaar).municipalityCode()).isEqualTo("0629");
        mvc.perform(get("/planning").param("gemeente", "0626").with(policyWassenaar()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">Voorschoten<"))));

        // A request naming Voorschoten and its row's version still only ever touches Wassenaar's own planning.
        mvc.perform(post("/planning/taakstelling").with(policyWassenaar()).with(csrf())
                .param("municipalityCode", "0626").param("gemeente", "0626")
                .param("year", String.valueOf(h.year())).param("half", String.valueOf(h.half()))
                .param("persons", "1").param("version", String.valueOf(v)));
        assertThat(jdbc.sql("SELECT persons FROM housing_quota WHERE municipality_code = '0626' AND quota_year = ? AND quota_half = ?")
                .params(h.year(), h.half()).query(Integer.class).single()).isEqualTo(33);
        assertThat(overview.view(voorschoten).quotas()).anySatisfy(q -> assertThat(q.persons()).isEqualTo(33));
    }

    @Test
    void consultantsAndChainPartnersHaveNoPartInThePlanning() throws Exception {
        mvc.perform(get("/planning").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))).andExpect(status().isForbidden());
        mvc.perform(post("/planning/taakstelling").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")).with(csrf())
                .param("year", "2027").param("half", "1").param("persons", "5")).andExpect(status().isForbidden());
        mvc.perform(get("/planning/prognose.csv").with(user(TestData.CHAIN_PARTNER).roles("CHAIN_PARTNER"))).andExpect(status().isForbidden());
        mvc.perform(get("/planning/begroting").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN"))).andExpect(status().isForbidden());
        // and the services refuse too, whatever the URL rules say
        assertThatThrownBy(() -> editing.recordQuota(data.user(TestData.CONSULTANT_WASSENAAR), 2027, 1, 5, null, null))
                .isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> overview.view(data.user(TestData.CHAIN_PARTNER))).isInstanceOf(RegieProblem.Forbidden.class);
    }

    @Test
    void theTeamLeadMayPlanToo() throws Exception {
        mvc.perform(get("/planning").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))).andExpect(status().isOk());
    }

    @Test
    void parametersMustHaveARouteMixOf100AndAreNeverOverwritten() throws Exception {
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("validFrom", "1-1-2030");
        form.put("shareObligedPct", "66,67");
        form.put("shareMarginPct", "5");
        form.put("realisationLowPct", "75");
        form.put("realisationExpectedPct", "90");
        form.put("realisationHighPct", "100");
        form.put("mixB1", "60");
        form.put("mixEducation", "20");
        form.put("mixSelfReliance", "15");
        form.put("caseloadPerFte", "45");
        form.put("dossierMonths", "42");
        for (BudgetLine l : BudgetLine.values()) {
            form.put("unitCost[" + l.name() + "]", "1.000");
        }
        form.put("source", "Aanname: test");
        var request = post("/planning/parameters").with(policyWassenaar()).with(csrf());
        form.forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("De routemix moet samen 100% zijn; nu is het 95%.")))
                .andExpect(content().string(containsString("value=\"66,67\"")));

        form.put("mixSelfReliance", "20");
        form.put("validFrom", "1-1-" + (LocalDate.now().getYear() + 3));
        jdbc.sql("DELETE FROM planning_unit_cost WHERE parameters_id IN (SELECT id FROM planning_parameters WHERE municipality_code = '0629' AND valid_from = ?)")
                .param(LocalDate.of(LocalDate.now().getYear() + 3, 1, 1)).update();
        jdbc.sql("DELETE FROM planning_parameters WHERE municipality_code = '0629' AND valid_from = ?")
                .param(LocalDate.of(LocalDate.now().getYear() + 3, 1, 1)).update();
        var ok = post("/planning/parameters").with(policyWassenaar()).with(csrf());
        form.forEach(ok::param);
        mvc.perform(ok).andExpect(status().is3xxRedirection());
        var stored = overview.view(data.user(TestData.POLICY_OFFICER_WASSENAAR)).parameterHistory().stream()
                .filter(p -> p.validFrom().equals(LocalDate.of(LocalDate.now().getYear() + 3, 1, 1))).findFirst().orElseThrow();
        assertThat(stored.localMix()).isEqualTo(new RouteMix(60, 20, 20));
        assertThat(stored.unitCost(BudgetLine.ROUTE_B1)).isEqualTo(100_000L);
        assertThat(stored.sourceLines()).containsExactly("Aanname: test");

        var again = post("/planning/parameters").with(policyWassenaar()).with(csrf());
        form.forEach(again::param);
        mvc.perform(again)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Een versie wordt niet overschreven")));
    }

    @Test
    void aBudgetIsReadInDutchNotationAndComparedInTheForecast() throws Exception {
        int year = LocalDate.now().getYear() + 4;
        jdbc.sql("DELETE FROM planning_budget WHERE municipality_code = '0629' AND budget_year = ? AND budget_line = 'INTERPRETERS'")
                .param(year).update();
        mvc.perform(post("/planning/begroting").with(policyWassenaar()).with(csrf())
                        .param("year", String.valueOf(year)).param("line", "INTERPRETERS").param("amount", "veel"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul een bedrag in euro’s in")))
                .andExpect(content().string(containsString("value=\"veel\"")));
        String purpose = "Begroting " + year + ", Tolken: € 12.500";
        long logged = jdbc.sql("SELECT COUNT(*) FROM access_log WHERE action = 'RECORD_PLANNING_BUDGET' AND purpose = ?")
                .param(purpose).query(Long.class).single();
        mvc.perform(post("/planning/begroting").with(policyWassenaar()).with(csrf())
                        .param("year", String.valueOf(year)).param("line", "INTERPRETERS").param("amount", "€ 12.500"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT amount FROM planning_budget WHERE municipality_code = '0629' AND budget_year = ? AND budget_line = 'INTERPRETERS'")
                .param(year).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("12500.00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE action = 'RECORD_PLANNING_BUDGET' AND purpose = ?")
                .param(purpose).query(Long.class).single()).isEqualTo(logged + 1);
    }

    @Test
    void theCsvHasTheForecastAndNoPersons() throws Exception {
        var result = mvc.perform(get("/planning/prognose.csv").with(policyWassenaar()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"prognose-0629-")))
                .andReturn();
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFperiode;onderdeel;eenheid;laag;verwacht;hoog;begroting;vergeleken met;oordeel\r\n");
        HalfYear now = HalfYear.containing(LocalDate.now());
        assertThat(csv).contains(now.dutch() + ";Inburgeringsplichtig;personen;", now.dutch() + ";Consulenten;fte;",
                ";Kosten Uitvoering: consulenten;euro;");
        assertThat(csv).doesNotContain("Haddad", "Rasha");
    }

    @Test
    void everySeedMunicipalityHasDefaultsWithAMixOf100AndAllUnitCosts() {
        for (String code : new String[] {"0629", "0626", "1916", "1734", "0299", "1509", "0437"}) {
            assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM planning_parameters p WHERE p.municipality_code = ? AND p.valid_from = DATE '2022-01-01'
                            AND p.mix_b1_pct + p.mix_education_pct + p.mix_self_reliance_pct = 100
                            AND (SELECT COUNT(*) FROM planning_unit_cost c WHERE c.parameters_id = p.id) = ?""")
                    .params(code, BudgetLine.values().length).query(Long.class).single()).as(code).isEqualTo(1);
        }
    }
}
