package nl.regie.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;

/** The screen's endpoints over HTTP: forms, downloads with their headers, roles and tenants. */
class CompletionWebTest extends IntegrationTest {

    @Autowired
    CompletionFixtures fixtures;

    private final LocalDate today = LocalDate.now();

    private static org.springframework.test.web.servlet.request.RequestPostProcessor consultant() {
        return user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT");
    }

    private UUID completed(UUID id) throws Exception {
        mvc.perform(post("/dossiers/" + id + "/afronding").with(consultant()).with(csrf())
                        .param("version", String.valueOf(fixtures.version(id))).param("outcome", "EXAM")
                        .param("completedOn", DutchDates.show(today)).param("reading", "B1").param("listening", "B1")
                        .param("writing", "B1").param("speaking", "A2").param("knm", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + id + "/afronding"));
        return id;
    }

    @Test
    void aRefusedFormAnswers400WithTheMessagesAndKeepsWhatWasTyped() throws Exception {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        String html = mvc.perform(post("/dossiers/" + id + "/afronding").with(consultant()).with(csrf())
                        .param("version", String.valueOf(fixtures.version(id))).param("outcome", "EXAM")
                        .param("completedOn", "31-02-2026").param("reading", "B1").param("remarks", "Getypte toelichting"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&#39;31-02-2026&#39; is geen geldige datum", "value=\"31-02-2026\"", "Getypte toelichting",
                "Er is niets opgeslagen");

        html = mvc.perform(post("/dossiers/" + id + "/afronding").with(consultant()).with(csrf())
                        .param("version", String.valueOf(fixtures.version(id))).param("outcome", "EXAM")
                        .param("completedOn", DutchDates.show(today)).param("reading", "B1"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Een behaald inburgeringsexamen bestaat uit alle onderdelen", "id=\"examParts-fout\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM completion WHERE dossier_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theNoticeDownloadsAsJsonAndXmlWithoutCachingAndIsAccessLogged() throws Exception {
        UUID id = completed(fixtures.inRoute(LearningRoute.B1, today.minusDays(400)));
        String page = mvc.perform(get("/dossiers/" + id + "/afronding").with(consultant()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Klaar voor verzending", "/dossiers/" + id + "/afronding/melding.json",
                "/dossiers/" + id + "/afronding/melding.xml", "Afronding en nazorg");

        mvc.perform(get("/dossiers/" + id + "/afronding/melding.json").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/json;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"melding-duo-")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.endsWith(".json\"")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"outcome\" : \"EXAM\"")));
        String xml = mvc.perform(get("/dossiers/" + id + "/afronding/melding.xml").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/xml;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.endsWith(".xml\"")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        DuoNoticeTest.validate(xml);
        // The purpose names the notice, never the person: no BSN. (Checking for "nine digits in a row" instead
        // failed now and then, because the notice's random UUID can hold nine decimal digits in a row.)
        String bsn = jdbc.sql("SELECT bsn FROM dossier WHERE id = ?").param(id).query(String.class).single();
        assertThat(jdbc.sql("SELECT purpose FROM access_log WHERE dossier_id = ? AND action = 'DOWNLOAD_DUO_NOTICE' ORDER BY id")
                .param(id).query(String.class).list())
                .hasSize(2).allMatch(p -> p.startsWith("Melding aan DUO (")).noneMatch(p -> p.contains(bsn));
    }

    @Test
    void policyOfficerGets403AndAnotherMunicipality404() throws Exception {
        UUID id = completed(fixtures.inRoute(LearningRoute.B1, today.minusDays(400)));
        for (String path : new String[] {"", "/melding.json", "/melding.xml"}) {
            mvc.perform(get("/dossiers/" + id + "/afronding" + path).with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/dossiers/" + id + "/afronding" + path).with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/dossiers/" + id + "/afronding/melding.json").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'DOWNLOAD_DUO_NOTICE'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theScreenOfADossierNotYetInTheRouteSaysWhyItCannotBeCompletedYet() throws Exception {
        // Before "In leerroute" (here: just linked) the page was an error page: a broken Thymeleaf text literal.
        UUID id = data.wassenaarDossier();
        String html = mvc.perform(get("/dossiers/" + id + "/afronding").with(consultant()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Afronden kan zodra het dossier in de leerroute is; het staat nu op '<span>Gekoppeld</span>'.")
                .doesNotContain("id=\"afronden\"");
    }

    @Test
    void noNoticeBeforeCompletionIsNotFound() throws Exception {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        mvc.perform(get("/dossiers/" + id + "/afronding/melding.json").with(consultant())).andExpect(status().isNotFound());
    }

    @Test
    void aSecondCompletionThroughTheFormIsAConflict() throws Exception {
        UUID id = completed(fixtures.inRoute(LearningRoute.B1, today.minusDays(400)));
        String html = mvc.perform(post("/dossiers/" + id + "/afronding").with(consultant()).with(csrf())
                        .param("version", String.valueOf(fixtures.version(id))).param("outcome", "EXAM")
                        .param("completedOn", DutchDates.show(today)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("een tweede afronding is niet mogelijk");
    }
}
