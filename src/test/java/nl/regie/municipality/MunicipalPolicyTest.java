package nl.regie.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

class MunicipalPolicyTest extends IntegrationTest {

    @Autowired
    Municipalities municipalities;

    @Test
    void zevenaarHasAStricterPipDeadlineCountedFromHousing() {
        MunicipalPolicy p = municipalities.policyOn("0299", LocalDate.of(2024, 3, 1)).orElseThrow();
        assertThat(p.pipDeadlineWeeks()).isEqualTo(6);
        assertThat(p.pipDeadlineStart()).isEqualTo(PipDeadlineStart.HOUSING);
        assertThat(municipalities.policyOn("0629", LocalDate.of(2024, 3, 1)).orElseThrow().pipDeadlineWeeks()).isNull();
        assertThat(municipalities.policyOn("0629", LocalDate.of(2021, 12, 31))).isEmpty();
    }

    @Test
    void aNewVersionAppliesFromItsDateAndOldFiguresStayReproducible() {
        // A far-future year per run, so the shared PostgreSQL database of .ci/run never sees the same date twice.
        int year = ThreadLocalRandom.current().nextInt(2100, 9000);
        LocalDate from = LocalDate.of(year, 1, 1);
        municipalities.addPolicyVersion(new NewPolicyVersion("1734", from, null, null,
                ProgressCadence.of(new ProgressCadence.Phase(6, 2), new ProgressCadence.Phase(null, 4)), 9, "Test"), TestData.ADMIN);
        assertThat(municipalities.policyOn("1734", from.minusDays(1)).orElseThrow().financialReliefMonths()).isNotEqualTo(9);
        assertThat(municipalities.policyOn("1734", from).orElseThrow().financialReliefMonths()).isEqualTo(9);
        // The cadence is versioned with the policy; the number of meetings in the term follows from it (months 2, 4, 6, then 10 to 34: 3 + 7).
        assertThat(municipalities.policyOn("1734", from).orElseThrow().progressCadence().dutch())
                .isEqualTo("eerste 6 maanden elke 2 maanden, daarna elke 4 maanden");
        assertThat(municipalities.policyOn("1734", from).orElseThrow().plannedProgressMeetings()).isEqualTo(10);
        assertThatThrownBy(() -> municipalities.addPolicyVersion(
                new NewPolicyVersion("1734", from, null, null, ProgressCadence.uniform(8), 6, "Nog een keer"), TestData.ADMIN))
                .isInstanceOf(Municipalities.PolicyVersionExistsException.class)
                .hasMessageContaining("Er is al een beleidsversie");
    }

    @Test
    void administratorFormRefusesALaxerPipDeadlineAndKeepsInput() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM municipal_policy").query(Long.class).single();
        mvc.perform(post("/beheer/beleid").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("gemeente", "0629").param("validFrom", "01-01-2027").param("pipDeadlineWeeks", "12")
                        .param("pipDeadlineStart", "HOUSING").param("cadenceFirstUntil", "12").param("cadenceFirstEvery", "3")
                        .param("cadenceThenEvery", "6")
                        .param("financialReliefMonths", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("strenger zijn dan de wettelijke 10 weken")))
                .andExpect(content().string(containsString("minstens 6 maanden")))
                .andExpect(content().string(containsString("value=\"01-01-2027\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_policy").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theSevenMunicipalitiesHaveTheirSeededCadence() {
        LocalDate on = LocalDate.of(2024, 6, 1);
        for (String code : new String[] {"0629", "0626", "1916", "1734", "0299", "1509"}) {
            MunicipalPolicy p = municipalities.policyOn(code, on).orElseThrow();
            assertThat(p.progressCadence().dutch()).as(code).isEqualTo("eerste 12 maanden elke 3 maanden, daarna elke 6 maanden");
            assertThat(p.plannedProgressMeetings()).as(code).isEqualTo(8);
        }
        MunicipalPolicy ouderAmstel = municipalities.policyOn("0437", on).orElseThrow();
        assertThat(ouderAmstel.progressCadence().dutch()).isEqualTo("eerste 6 maanden elke maand, daarna elke 3 maanden");
        assertThat(ouderAmstel.plannedProgressMeetings()).isEqualTo(16);
    }

    @Test
    void administratorFormShowsTheCurrentCadenceAndRefusesAWrongOneInDutch() throws Exception {
        mvc.perform(get("/beheer/beleid").param("gemeente", "0437").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("eerste 6 maanden elke maand, daarna elke 3 maanden (16 in drie jaar)")))
                .andExpect(content().string(containsString("id=\"cadenceFirstUntil\" name=\"cadenceFirstUntil\" value=\"6\"")))
                .andExpect(content().string(containsString("id=\"cadenceThenEvery\" name=\"cadenceThenEvery\" value=\"3\"")));
        long before = jdbc.sql("SELECT COUNT(*) FROM municipal_policy_cadence").query(Long.class).single();
        // Second period ends before the first; the interval after it is missing.
        mvc.perform(post("/beheer/beleid").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("gemeente", "0437").param("validFrom", "01-01-2027").param("financialReliefMonths", "6")
                        .param("cadenceFirstUntil", "6").param("cadenceFirstEvery", "1")
                        .param("cadenceSecondUntil", "4").param("cadenceSecondEvery", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul in om de hoeveel maanden de gesprekken daarna plaatsvinden.")))
                .andExpect(content().string(containsString("value=\"4\"")));
        mvc.perform(post("/beheer/beleid").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("gemeente", "0437").param("validFrom", "01-01-2027").param("financialReliefMonths", "6")
                        .param("cadenceFirstUntil", "6").param("cadenceFirstEvery", "1")
                        .param("cadenceSecondUntil", "4").param("cadenceSecondEvery", "2").param("cadenceThenEvery", "13"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Deze periode moet na de vorige eindigen (na maand 6).")))
                .andExpect(content().string(containsString("Kies een interval van 1 tot en met 12 maanden.")));
        mvc.perform(post("/beheer/beleid").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("gemeente", "0437").param("validFrom", "01-01-2027").param("financialReliefMonths", "6")
                        .param("cadenceFirstEvery", "x").param("cadenceThenEvery", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("x&#39; is geen heel getal.")))
                .andExpect(content().string(containsString("Vul in tot en met welke maand deze periode loopt.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_policy_cadence").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void administratorRecordsANewCadenceVersion() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(2100, 9000);
        mvc.perform(post("/beheer/beleid").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("gemeente", "1509").param("validFrom", "01-01-" + year).param("financialReliefMonths", "6")
                        .param("cadenceFirstUntil", "3").param("cadenceFirstEvery", "1")
                        .param("cadenceSecondUntil", "12").param("cadenceSecondEvery", "3").param("cadenceThenEvery", "6"))
                .andExpect(status().is3xxRedirection());
        MunicipalPolicy p = municipalities.policyOn("1509", LocalDate.of(year, 1, 1)).orElseThrow();
        assertThat(p.progressCadence().dutch()).isEqualTo("eerste 3 maanden elke maand, tot en met maand 12 elke 3 maanden, daarna elke 6 maanden");
        assertThat(p.plannedProgressMeetings()).isEqualTo(3 + 3 + 4);
    }

    @Test
    void administratorCreatesAUserWithValidation() throws Exception {
        mvc.perform(post("/beheer/gebruikers").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("username", "Fout Naam").param("displayName", "").param("role", "CONSULTANT")
                        .param("password", "kort"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Gebruikersnaam: 3 tot 50 kleine letters")))
                .andExpect(content().string(containsString("Kies de gemeente waarvoor deze gebruiker werkt.")))
                .andExpect(content().string(containsString("minstens 12 tekens")));
        String name = "t-nieuw-" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/beheer/gebruikers").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("username", name).param("displayName", "Nieuwe Consulent").param("role", "CONSULTANT")
                        .param("municipalityCode", "0626").param("password", "een-lang-wachtwoord"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = ?").param(name).query(String.class).single())
                .isEqualTo("CONSULTANT");
    }
}
