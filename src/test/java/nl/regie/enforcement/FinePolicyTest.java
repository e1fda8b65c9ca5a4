package nl.regie.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

/**
 * A new version of the fine policy on the Boetebeleid page (V18): recorded by the municipality's policy officer or team
 * lead, valid from today or later, within the law's limits; a refused form keeps what was typed and writes nothing.
 * Versions go to the officer's own municipality, Wassenaar, in a far-future year per run, so the database that test
 * contexts share on PostgreSQL never sees the same date twice.
 */
class FinePolicyTest extends IntegrationTest {

    @Autowired
    EnforcementStore store;

    private static MockHttpServletRequestBuilder version(String validFrom, String ladder3, String source) {
        return post("/handhaving/beleid").with(csrf()).param("validFrom", validFrom).param("warningFirst", "true")
                .param("ladder1", "150").param("ladder2", "300,50").param("ladder3", ladder3).param("secondChanceMonths", "18")
                .param("reductionCulpability", "40").param("reductionMeans", "30").param("reductionRestored", "20")
                .param("maxReductionPercent", "60").param("pwMeasurePercent", "10").param("pwMeasureMonths", "2")
                .param("source", source);
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_policy").query(Long.class).single();
    }

    @Test
    void thePolicyOfficerRecordsANewVersionThatAppliesFromItsDate() throws Exception {
        // 2100-8999; the browser test takes 9000-9999.
        int year = ThreadLocalRandom.current().nextInt(2100, 9000);
        LocalDate from = LocalDate.of(year, 1, 1);
        mvc.perform(version("01-01-" + year, "800", "Beleidsregels handhaving Wi 2021, vastgesteld door het college op 12-11-2026")
                        .with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("vanaf 01-01-" + year + " vastgelegd")));

        FinePolicyVersion v = store.policyOn("0629", from).orElseThrow();
        assertThat(v.policy().validFrom()).isEqualTo(from);
        assertThat(v.policy().ladder()).containsExactly(new BigDecimal("150.00"), new BigDecimal("300.50"), new BigDecimal("800.00"));
        assertThat(v.policy().secondChanceMonths()).isEqualTo(18);
        assertThat(v.policy().pwAndWiBothAllowed()).isFalse();
        assertThat(v.recordedBy()).isEqualTo(TestData.POLICY_OFFICER_WASSENAAR);
        assertThat(v.recordedAt()).isNotNull();
        // The day before, the version in force before it still applies: the seeded ladder of 2022 (or a version of another
        // run that lies earlier), never this one.
        assertThat(store.policyOn("0629", from.minusDays(1)).orElseThrow().id()).isNotEqualTo(v.id());

        // The page lists it with who recorded it; the same date again is refused.
        mvc.perform(get("/handhaving/beleid").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("€ 150,00 → € 300,50 → € 800,00")))
                .andExpect(content().string(containsString(
                        "verminderde verwijtbaarheid 40%, beperkte draagkracht 30%, alsnog meegewerkt 20%; samen ten hoogste 60%")))
                .andExpect(content().string(containsString("Test Beleid Wassenaar")));
        long before = versions();
        mvc.perform(version("01-01-" + year, "800", "Nog een keer").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Er is al een versie van het boetebeleid vanaf 01-01-" + year)));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void aRefusedVersionShowsEveryProblemInDutchKeepsTheInputAndWritesNothing() throws Exception {
        long before = versions();
        String yesterday = LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        mvc.perform(version(yesterday, "900", " ").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("boetebeleid geldt niet met terugwerkende kracht")))
                .andExpect(content().string(containsString("Een boete is ten hoogste € 800,00")))
                .andExpect(content().string(containsString("Noem het besluit waarmee dit beleid is vastgesteld")))
                .andExpect(content().string(containsString("value=\"900\"")))
                .andExpect(content().string(containsString("value=\"300,50\"")));
        // A typing error and an empty field are named too; the rest of the form stays as typed.
        mvc.perform(post("/handhaving/beleid").with(csrf()).with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))
                        .param("validFrom", "01-01-9999").param("ladder1", "honderd").param("ladder2", "").param("ladder3", "500")
                        .param("secondChanceMonths", "24").param("reductionCulpability", "50").param("reductionMeans", "25")
                        .param("reductionRestored", "25").param("maxReductionPercent", "75").param("pwMeasurePercent", "20")
                        .param("pwMeasureMonths", "1").param("source", "Verordening 2027"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies wat er bij een eerste overtreding gebeurt.")))
                .andExpect(content().string(containsString("&#39;honderd&#39; is geen bedrag")))
                .andExpect(content().string(containsString("Vul het bedrag van deze trede in.")))
                .andExpect(content().string(containsString("Verordening 2027")));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void onlyThePolicyOfficerAndTeamLeadOfTheMunicipalityRecordAVersion() throws Exception {
        long before = versions();
        mvc.perform(version("01-01-9998", "500", "x").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isForbidden());
        mvc.perform(version("01-01-9998", "500", "x").with(user(TestData.CHAIN_PARTNER).roles("CHAIN_PARTNER")))
                .andExpect(status().isForbidden());
        assertThat(versions()).isEqualTo(before);
        // A consultant may read the policy (the proposals name it) but sees no form.
        mvc.perform(get("/handhaving/beleid").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nieuwe versie vastleggen"))));
    }
}
