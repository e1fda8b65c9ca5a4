package nl.regie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

/** The intake screen over HTTP: plain posts, htmx section posts, refused forms, tenant and role rules. */
class IntakeScreenHttpTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

    @Test
    void aPlainPostSavesTheLeefgebiedAndReturnsToItsSection() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(post("/dossiers/" + id + "/intake/leefgebied/opleiding").with(csrf())
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("basedOn", "0").param("level", "HIGHER").param("years", "16"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + id + "/intake#leefgebied-opleiding"))
                .andExpect(flash().attribute("savedMessage", "Opleiding opgeslagen (versie 1)."));
    }

    @Test
    void anHtmxPostAnswersWithTheSectionAloneOrItsMessagesAndTheTypedInput() throws Exception {
        UUID id = data.wassenaarDossier();
        String ok = mvc.perform(post("/dossiers/" + id + "/intake/leefgebied/werkervaring").with(csrf()).header("HX-Request", "true")
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("basedOn", "0").param("occupations", "Kapper in Aleppo").param("years", "8"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ok).startsWith("<section").contains("Werkervaring opgeslagen (versie 1).", "Kapper in Aleppo")
                .doesNotContain("<html", "Gesprekken");

        String refused = mvc.perform(post("/dossiers/" + id + "/intake/leefgebied/werkervaring").with(csrf()).header("HX-Request", "true")
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("basedOn", "1").param("occupations", "Kapper en barbier").param("years", "acht"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Jaren werkervaring: &#39;acht&#39; is geen heel getal.", "Er is niets opgeslagen",
                "value=\"acht\"", "Kapper en barbier", "aria-invalid=\"true\"");

        String conflict = mvc.perform(post("/dossiers/" + id + "/intake/leefgebied/werkervaring").with(csrf()).header("HX-Request", "true")
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("basedOn", "0").param("occupations", "Iets anders"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("intussen door een collega opgeslagen");
    }

    @Test
    void aRefusedConversationComesBackWithEverythingTyped() throws Exception {
        UUID id = data.wassenaarDossier();
        String html = mvc.perform(post("/dossiers/" + id + "/intake/gesprek").with(csrf())
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("heldOn", "31-02-2026").param("kind", "HOME_VISIT").param("interpreterUsed", "true")
                        .param("interpreterLanguage", "ti").param("participants", "Inburgeraar, tolk")
                        .param("domainsDiscussed", "FAMILY", "CHILDCARE"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&#39;31-02-2026&#39; is geen geldige datum", "value=\"31-02-2026\"",
                "value=\"Inburgeraar, tolk\"", "<option value=\"ti\" selected=\"selected\">Tigrinya</option>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM intake_conversation WHERE dossier_id = ?").param(id).query(Long.class).single()).isZero();

        mvc.perform(post("/dossiers/" + id + "/intake/gesprek").with(csrf()).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("heldOn", TODAY).param("kind", "HOME_VISIT").param("interpreterUsed", "false")
                        .param("participants", "Inburgeraar en partner"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("savedMessage", "Gesprek vastgelegd: Huisbezoek op " + TODAY + "."));
    }

    @Test
    void theScreenFollowsTheTenantAndRoleRules() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/dossiers/" + id + "/intake").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/" + id + "/intake/leefgebied/opleiding").with(csrf())
                        .with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")).param("basedOn", "0").param("years", "3"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/intake").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/" + id + "/intake/leefgebied/bestaat-niet").with(csrf())
                        .with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")).param("basedOn", "0"))
                .andExpect(status().isNotFound());
        String lead = mvc.perform(get("/dossiers/" + id + "/intake").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lead).contains("Brede intake", "Gesprekken", "Leerbaarheidstoets", "Nulmeting en eindmeting",
                "Fysieke gezondheid opslaan", "aria-current=\"page\"");
    }
}
