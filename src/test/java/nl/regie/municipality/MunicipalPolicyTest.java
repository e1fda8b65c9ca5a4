package nl.regie.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
        municipalities.addPolicyVersion(new NewPolicyVersion("1734", from, null, null, 10, 9, "Test"), TestData.ADMIN);
        assertThat(municipalities.policyOn("1734", from.minusDays(1)).orElseThrow().financialReliefMonths()).isNotEqualTo(9);
        assertThat(municipalities.policyOn("1734", from).orElseThrow().financialReliefMonths()).isEqualTo(9);
        assertThatThrownBy(() -> municipalities.addPolicyVersion(
                new NewPolicyVersion("1734", from, null, null, 8, 6, "Nog een keer"), TestData.ADMIN))
                .isInstanceOf(Municipalities.PolicyVersionExistsException.class)
                .hasMessageContaining("Er is al een beleidsversie");
    }

    @Test
    void administratorFormRefusesALaxerPipDeadlineAndKeepsInput() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM municipal_policy").query(Long.class).single();
        mvc.perform(post("/beheer/beleid").with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")).with(csrf())
                        .param("gemeente", "0629").param("validFrom", "01-01-2027").param("pipDeadlineWeeks", "12")
                        .param("pipDeadlineStart", "HOUSING").param("plannedProgressMeetings", "8")
                        .param("financialReliefMonths", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("strenger zijn dan de wettelijke 10 weken")))
                .andExpect(content().string(containsString("minstens 6 maanden")))
                .andExpect(content().string(containsString("value=\"01-01-2027\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_policy").query(Long.class).single()).isEqualTo(before);
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
