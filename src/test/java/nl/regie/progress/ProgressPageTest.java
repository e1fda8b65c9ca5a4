package nl.regie.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.shared.DutchDates;

/** The voortgangsgesprekken screens over HTTP: status codes, Dutch messages next to fields, input kept, tenants. */
class ProgressPageTest extends IntegrationTest {

    @Autowired
    RecordingLifecycleStep steps;

    @Autowired
    DossierQueries dossiers;

    private final LocalDate today = LocalDate.now();

    private static RequestPostProcessor consultant() {
        return user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT");
    }

    private UUID running(LocalDate pipOn) {
        var c = data.user(TestData.CONSULTANT_WASSENAAR);
        LocalDate brp = pipOn.minusDays(50);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(30));
        long v = steps.record(c, id, 0, new DossierLifecycle.StepRequest(DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        v = steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, pipOn.minusDays(20), null, null), null);
        steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.PLAN_ESTABLISHED, pipOn, null, null), null);
        return id;
    }

    @Test
    void theConsultantSeesTheScheduleAndTheForms() throws Exception {
        UUID id = running(today.minusDays(100));
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"utrecht-heading-1\">Voortgangsgesprekken</h1>")))
                .andExpect(content().string(containsString("eerste 12 maanden elke 3 maanden, daarna elke 6 maanden")))
                .andExpect(content().string(containsString("aria-current=\"page\">Voortgangsgesprekken</a>")))
                .andExpect(content().string(containsString("Gesprek inplannen")))
                .andExpect(content().string(containsString("Gevoerd gesprek vastleggen")))
                .andExpect(content().string(containsString("Gemist gesprek vastleggen")))
                .andExpect(content().string(containsString("data-status=\"OVERDUE\"")))
                .andExpect(content().string(containsString("Bijzonder persoonsgegeven (AVG art. 9)")));
    }

    @Test
    void aRefusedHeldMeetingShowsDutchMessagesAndKeepsWhatWasTyped() throws Exception {
        UUID id = running(today.minusDays(100));
        mvc.perform(post("/dossiers/" + id + "/voortgang/gevoerd").with(consultant()).with(csrf())
                        .param("number", "1").param("heldOn", "31-31-2026")
                        .param("discussed[LANGUAGE_AND_ROUTE]", "Taalles loopt goed").param("agreements[FINANCES]", "Budgetcursus")
                        .param("planRevisionNeeded", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Controleer de invoer.")))
                .andExpect(content().string(containsString("geen geldige datum")))
                .andExpect(content().string(containsString("value=\"31-31-2026\"")))
                .andExpect(content().string(containsString(">Taalles loopt goed</textarea>")))
                .andExpect(content().string(containsString(">Budgetcursus</textarea>")));
        mvc.perform(post("/dossiers/" + id + "/voortgang/gevoerd").with(consultant()).with(csrf())
                        .param("number", "1").param("heldOn", DutchDates.show(today.plusDays(2)))
                        .param("planRevisionNeeded", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("De datum ligt in de toekomst")))
                .andExpect(content().string(containsString("vul minstens één leefgebied in")))
                .andExpect(content().string(containsString("Geef aan waarom het PIP herzien moet worden.")))
                .andExpect(content().string(containsString("id=\"held-planRevisionReason-fout\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_meeting WHERE dossier_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void heldAndMissedMeetingsAreRecordedThroughTheForms() throws Exception {
        UUID id = running(today.minusDays(200));
        mvc.perform(post("/dossiers/" + id + "/voortgang/gemist").with(consultant()).with(csrf())
                        .param("number", "1").param("on", DutchDates.show(today.minusDays(110))).param("reason", "NO_SHOW")
                        .param("validReason", "false"))
                .andExpect(redirectedUrl("/dossiers/" + id + "/voortgang"));
        mvc.perform(post("/dossiers/" + id + "/voortgang/gevoerd").with(consultant()).with(csrf())
                        .param("number", "2").param("heldOn", DutchDates.show(today.minusDays(3)))
                        .param("discussed[WORK_AND_PARTICIPATION]", "Vrijwilligerswerk bij de voedselbank")
                        .param("agreements[WORK_AND_PARTICIPATION]", "Twee dagdelen per week")
                        .param("discussed[HEALTH]", "Knieoperatie gepland")
                        .param("planRevisionNeeded", "true").param("planRevisionReason", "Participatie-afspraken aanpassen"))
                .andExpect(redirectedUrl("/dossiers/" + id + "/voortgang"));
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Niet verschenen, zonder geldige reden")))
                .andExpect(content().string(containsString("Mogelijke schending")))
                .andExpect(content().string(containsString("Vrijwilligerswerk bij de voedselbank")))
                .andExpect(content().string(containsString("Knieoperatie gepland")))
                .andExpect(content().string(containsString("Aanleiding voor PIP-herziening uit gesprek 2")))
                .andExpect(content().string(containsString("href=\"/dossiers/" + id + "/pip\"")));
        // Another consultant of Wassenaar sees the meeting but not the health note, nor a health field.
        data.otherConsultantWassenaar();
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(user(TestData.OTHER_CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vrijwilligerswerk bij de voedselbank")))
                .andExpect(content().string(not(containsString("Knieoperatie"))))
                .andExpect(content().string(not(containsString("held-discussed-HEALTH"))))
                .andExpect(content().string(containsString("Notities over gezondheid zijn afgeschermd")));
        // The dossier overview summarises and links; the timeline shows no health content.
        mvc.perform(get("/dossiers/" + id).with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Volgend gesprek gepland")))
                .andExpect(content().string(containsString("href=\"/dossiers/" + id + "/voortgang\"")))
                .andExpect(content().string(containsString("Voortgangsgesprek 2 gevoerd; besproken: Werk en participatie")))
                .andExpect(content().string(not(containsString("Knieoperatie"))))
                .andExpect(content().string(not(containsString("name=\"heldOn\""))));
        var d = dossiers.get(data.user(TestData.CONSULTANT_WASSENAAR), id, "test", Channel.UI);
        assertThat(dossiers.law(data.user(TestData.CONSULTANT_WASSENAAR), d).meetings().missed()).isEqualTo(1);
    }

    @Test
    void tenantsRolesAndTheTeamLeadsList() throws Exception {
        UUID id = running(today.minusDays(100));
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/" + id + "/voortgang/plannen").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")).with(csrf())
                        .param("number", "1").param("plannedOn", DutchDates.show(today.plusDays(2))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/signalen/voortgangsgesprekken").with(consultant()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/" + id + "/voortgang/gemist").with(consultant()).with(csrf())
                        .param("number", "1").param("on", DutchDates.show(today.minusDays(5))).param("reason", "CANCELLED_BY_MUNICIPALITY")
                        .param("explanation", "Consulent ziek"))
                .andExpect(redirectedUrl("/dossiers/" + id + "/voortgang"));
        mvc.perform(get("/signalen/voortgangsgesprekken").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"utrecht-heading-1\">Gemiste voortgangsgesprekken</h1>")))
                .andExpect(content().string(containsString("href=\"/dossiers/" + id + "/voortgang\"")))
                .andExpect(content().string(containsString("Geannuleerd door de gemeente")))
                .andExpect(content().string(not(containsString("Consulent ziek"))));
    }
}
