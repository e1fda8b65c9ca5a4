package nl.regie.dossier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

/** Tenant isolation and role limits, through the API and the UI alike. */
class TenantAndRoleTest extends IntegrationTest {

    private static RequestPostProcessor api(String user) {
        return httpBasic(user, TestData.PASSWORD);
    }

    private static RequestPostProcessor ui(String user, String role) {
        return user(user).roles(role);
    }

    @Test
    void voorschotenConsultantCannotSeeAWassenaarDossier() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/api/v1/dossiers/" + id).with(api(TestData.CONSULTANT_VOORSCHOTEN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Dit dossier bestaat niet of valt buiten uw gemeente."));
        mvc.perform(get("/api/v1/dossiers/" + id + "/events").with(api(TestData.CONSULTANT_VOORSCHOTEN)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dossiers/" + id + "/lifecycle-steps").with(api(TestData.CONSULTANT_VOORSCHOTEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"HOUSED\",\"date\":\"%s\",\"version\":0}".formatted(LocalDate.now())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id).with(ui(TestData.CONSULTANT_VOORSCHOTEN, "CONSULTANT")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("valt buiten uw gemeente")));
        mvc.perform(get("/api/v1/dossiers?pageSize=100").with(api(TestData.CONSULTANT_VOORSCHOTEN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.dossiers[*].municipalityCode", not(hasItem("0629"))));
        // The same dossier is visible to its own municipality.
        mvc.perform(get("/dossiers/" + id).with(ui(TestData.CONSULTANT_WASSENAAR, "CONSULTANT")))
                .andExpect(status().isOk());
    }

    @Test
    void policyOfficerSeesNoPersonLevelData() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/api/v1/dossiers").with(api(TestData.POLICY_OFFICER_WASSENAAR)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/dossiers/" + id).with(api(TestData.POLICY_OFFICER_WASSENAAR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/" + id).with(ui(TestData.POLICY_OFFICER_WASSENAAR, "POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/werkvoorraad").with(ui(TestData.POLICY_OFFICER_WASSENAAR, "POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cijfers").with(ui(TestData.POLICY_OFFICER_WASSENAAR, "POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossiers per status")))
                .andExpect(content().string(not(containsString("Haddad"))));
    }

    @Test
    void administratorManagesUsersButSeesNoDossiers() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/api/v1/dossiers/" + id).with(api(TestData.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/" + id).with(ui(TestData.ADMIN, "FUNCTIONAL_ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/gebruikers").with(ui(TestData.ADMIN, "FUNCTIONAL_ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/beheer/gebruikers").with(ui(TestData.CONSULTANT_WASSENAAR, "CONSULTANT"))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/beleid").with(ui(TestData.TEAM_LEAD_WASSENAAR, "TEAM_LEAD"))).andExpect(status().isForbidden());
    }

    @Test
    void chainPartnerSeesNoDossiersUntilReferralsExist() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/api/v1/dossiers").with(api(TestData.CHAIN_PARTNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0))
                .andExpect(jsonPath("$._embedded.dossiers.length()").value(0));
        mvc.perform(get("/api/v1/dossiers/" + id).with(api(TestData.CHAIN_PARTNER))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dossiers").with(api(TestData.CHAIN_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/werkvoorraad").with(ui(TestData.CHAIN_PARTNER, "CHAIN_PARTNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn nog geen verwijzingen")));
    }

    @Test
    void onlyATeamLeadReassignsAndOnlyWithinTheMunicipality() throws Exception {
        UUID id = data.wassenaarDossier();
        String body = "{\"consultantUsername\":\"%s\",\"reason\":\"Verlof\",\"version\":0}";
        mvc.perform(put("/api/v1/dossiers/" + id + "/consultant").with(api(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(TestData.TEAM_LEAD_WASSENAAR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Alleen een teamleider kan dossiers toewijzen."));
        mvc.perform(put("/api/v1/dossiers/" + id + "/consultant").with(api(TestData.TEAM_LEAD_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(TestData.CONSULTANT_VOORSCHOTEN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("consultantUsername"));
        mvc.perform(put("/api/v1/dossiers/" + id + "/consultant").with(api(TestData.TEAM_LEAD_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(TestData.TEAM_LEAD_WASSENAAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultant").value(TestData.TEAM_LEAD_WASSENAAR));
    }

    @Test
    void uiRequiresLoginAndCsrf() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/werkvoorraad")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(post("/dossiers/" + id + "/stap").with(ui(TestData.CONSULTANT_WASSENAAR, "CONSULTANT"))
                        .param("state", "HOUSED").param("date", "01-01-2026").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/" + id + "/stap").with(ui(TestData.CONSULTANT_WASSENAAR, "CONSULTANT")).with(csrf())
                        .param("state", "HOUSED").param("date", FormatDate.dutch(LocalDate.now())).param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    /** Dates as a consultant types them. */
    static final class FormatDate {
        static String dutch(LocalDate d) {
            return String.format("%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }
}
