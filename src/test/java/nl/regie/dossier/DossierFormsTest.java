package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

/** Bad input on a screen: a Dutch message next to the field, everything typed kept, nothing written. */
class DossierFormsTest extends IntegrationTest {

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }

    @Test
    void rejectedNewDossierComesBackAsTypedWithMessages() throws Exception {
        long before = count();
        mvc.perform(post("/dossiers/nieuw").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")).with(csrf())
                        .param("bsn", "123456789").param("givenNames", "Aya").param("familyName", "Darwish")
                        .param("birthDate", "31-02-1990").param("nationality", "syr").param("targetGroup", "ASYLUM_PERMIT_HOLDER")
                        .param("contactLanguage", "ar").param("interpreterNeeded", "true").param("linkedOn", "01-10-2026")
                        .param("coa.azcLocation", "AZC Gilze").param("coa.education", "Bachelor rechten, Damascus").param("householdMembers[0].relationship", "CHILD")
                        .param("householdMembers[0].name", "Omar Darwish"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("Dit BSN voldoet niet aan de elfproef"),
                        containsString("&#39;31-02-1990&#39; is geen geldige datum"),
                        containsString("value=\"123456789\""),
                        containsString("value=\"Darwish\""),
                        containsString("value=\"31-02-1990\""),
                        containsString("value=\"AZC Gilze\""),
                        containsString(">Bachelor rechten, Damascus</textarea>"),
                        containsString("value=\"Omar Darwish\""),
                        containsString("Er is niets opgeslagen"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void validNewDossierIsCreatedAndShown() throws Exception {
        String bsn = TestData.freshBsn();
        String location = mvc.perform(post("/dossiers/nieuw").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")).with(csrf())
                        .param("bsn", bsn).param("givenNames", "Aya").param("familyName", "Darwish")
                        .param("birthDate", "17-05-1990").param("nationality", "syr").param("targetGroup", "ASYLUM_PERMIT_HOLDER")
                        .param("contactLanguage", "AR").param("interpreterNeeded", "true")
                        .param("linkedOn", TenantAndRoleTest.FormatDate.dutch(LocalDate.now().minusDays(10)))
                        .param("consultantUsername", TestData.CONSULTANT_WASSENAAR))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/dossiers/");
        UUID id = UUID.fromString(location.substring("/dossiers/".length()));
        mvc.perform(get("/dossiers/" + id).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Aya Darwish"), containsString("Syrië (SYR)"),
                        containsString("Dossier aangemaakt"), containsString("Gekoppeld"))));
    }

    @Test
    void refusedStepKeepsTheInputAndExplains() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(post("/dossiers/" + id + "/stap").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")).with(csrf())
                        .param("state", "HOUSED").param("date", "01-01-2099").param("version", "0")
                        .param("reason", "Woning aan de Kerkstraat"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("De datum ligt in de toekomst"),
                        containsString("value=\"01-01-2099\""), containsString("Woning aan de Kerkstraat"))));
        assertThat(jdbc.sql("SELECT state FROM dossier WHERE id = ?").param(id).query(String.class).single()).isEqualTo("LINKED");
    }

    @Test
    void staleStepFormShowsTheConflict() throws Exception {
        UUID id = data.wassenaarDossier();
        String today = TenantAndRoleTest.FormatDate.dutch(LocalDate.now());
        mvc.perform(post("/dossiers/" + id + "/stap").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")).with(csrf())
                .param("state", "HOUSED").param("date", today).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dossiers/" + id + "/stap").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")).with(csrf())
                        .param("state", "WARM_HANDOVER_HELD").param("date", today).param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dit dossier is intussen gewijzigd door " + TestData.CONSULTANT_WASSENAAR)));
    }

    @Test
    void worklistFiltersByStateAndName() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/werkvoorraad").param("status", "LINKED").param("zoek", "haddad").param("consulent", "alle")
                        .with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/dossiers/" + id)));
        mvc.perform(get("/werkvoorraad").param("status", "IN_ROUTE").param("consulent", "alle")
                        .with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/dossiers/" + id))));
    }
}
