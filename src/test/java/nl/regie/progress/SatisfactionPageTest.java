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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.shared.DutchDates;

/**
 * The Tevredenheid section of the voortgangsgesprekken page over HTTP: a consultant records a newcomer's score (timeline,
 * access log), a wrong score is refused in Dutch with what was typed kept and nothing saved, another municipality's
 * dossier is not found, and a policy officer never reaches the dossier page nor the form.
 */
class SatisfactionPageTest extends IntegrationTest {

    private final LocalDate today = LocalDate.now();

    private static RequestPostProcessor consultant() {
        return user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT");
    }

    private long answers(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM satisfaction_answer WHERE dossier_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void theConsultantRecordsAScoreThatIsListedOnTheTimelineAndInTheAccessLog() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kop-tevredenheid\"")))
                .andExpect(content().string(containsString("Nog geen cijfers vastgelegd.")))
                // The date field starts at today, as the meeting forms do.
                .andExpect(content().string(containsString("value=\"" + DutchDates.show(today) + "\"")));
        LocalDate on = today.minusDays(3);
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(consultant()).with(csrf())
                        .param("subject", "SOCIAL_GUIDANCE").param("score", " 8 ").param("answeredOn", DutchDates.show(on)))
                .andExpect(redirectedUrl("/dossiers/" + id + "/voortgang#kop-tevredenheid"));
        var row = jdbc.sql("SELECT subject, score, answered_on, municipality_code, recorded_by FROM satisfaction_answer WHERE dossier_id = ?")
                .param(id).query((rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5)}).single();
        assertThat(row).containsExactly("SOCIAL_GUIDANCE", 8, on, "0629", TestData.CONSULTANT_WASSENAAR);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = 'SATISFACTION_RECORDED' AND event_date = ?"
                        + " AND summary = 'Tevredenheid vastgelegd: Maatschappelijke begeleiding, cijfer 8'")
                .params(id, on).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND username = ? AND action = 'VIEW_DOSSIER'"
                        + " AND purpose = 'Tevredenheid vastleggen'")
                .params(id, TestData.CONSULTANT_WASSENAAR).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-subject=\"SOCIAL_GUIDANCE\"")))
                .andExpect(content().string(containsString(DutchDates.show(on))));
        // The same subject on the same day once more: refused next to the date, the first answer named.
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(consultant()).with(csrf())
                        .param("subject", "SOCIAL_GUIDANCE").param("score", "6").param("answeredOn", DutchDates.show(on)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("al het cijfer 8 vastgelegd")))
                .andExpect(content().string(containsString("id=\"satisfaction-answeredOn-fout\"")));
        assertThat(answers(id)).isEqualTo(1);
    }

    @Test
    void aWrongScoreIsRefusedInDutchWithTheInputKeptAndNothingSaved() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(consultant()).with(csrf())
                        .param("subject", "LABOUR_MARKET_MODULE").param("score", "11").param("answeredOn", "2-3-2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Controleer de invoer.")))
                .andExpect(content().string(containsString("Een cijfer ligt tussen 1 en 10; 11 kan niet.")))
                .andExpect(content().string(containsString("id=\"satisfaction-score-fout\"")))
                .andExpect(content().string(containsString("value=\"11\"")))
                .andExpect(content().string(containsString("value=\"2-3-2025\"")))
                .andExpect(content().string(containsString("<option value=\"LABOUR_MARKET_MODULE\" selected=\"selected\">")));
        // A typing error is reported first, as on the meeting forms; the rest is checked once the form can be read.
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(consultant()).with(csrf())
                        .param("subject", "OVERALL").param("score", "zeven").param("answeredOn", DutchDates.show(today)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;zeven&#39; is geen heel getal.")))
                .andExpect(content().string(containsString("value=\"zeven\"")));
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(consultant()).with(csrf())
                        .param("subject", "").param("score", "7").param("answeredOn", DutchDates.show(today.plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies waarover de inburgeraar een cijfer gaf.")))
                .andExpect(content().string(containsString("De datum ligt in de toekomst")));
        assertThat(answers(id)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = 'SATISFACTION_RECORDED'")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void anotherMunicipalitysDossierIsNotFoundAndThePolicyOfficerNeverOpensTheDossier() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT"))
                        .with(csrf()).param("subject", "OVERALL").param("score", "7").param("answeredOn", DutchDates.show(today)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Haddad"))));
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER"))
                        .with(csrf()).param("subject", "OVERALL").param("score", "7").param("answeredOn", DutchDates.show(today)))
                .andExpect(status().isForbidden());
        assertThat(answers(id)).isZero();
    }

    @Test
    void aClosedDossierTakesNoMoreAnswers() throws Exception {
        UUID id = data.wassenaarDossier();
        jdbc.sql("UPDATE dossier SET state = 'CLOSED', closed_on = ?, closure_reason = 'MOVED' WHERE id = ?").params(today, id).update();
        mvc.perform(get("/dossiers/" + id + "/voortgang").with(consultant()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kop-tevredenheid\"")))
                .andExpect(content().string(not(containsString("/voortgang/tevredenheid"))));
        mvc.perform(post("/dossiers/" + id + "/voortgang/tevredenheid").with(consultant()).with(csrf())
                        .param("subject", "OVERALL").param("score", "7").param("answeredOn", DutchDates.show(today)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dit dossier is gesloten")));
        assertThat(answers(id)).isZero();
    }
}
