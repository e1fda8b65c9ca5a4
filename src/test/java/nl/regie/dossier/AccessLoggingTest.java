package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

class AccessLoggingTest extends IntegrationTest {

    @Test
    void everyReadOfADossierIsLoggedWithWhoWhenWhatAndWhy() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/api/v1/dossiers/" + id).with(httpBasic(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD))
                .header("X-Regie-Purpose", "Voorbereiding voortgangsgesprek")).andExpect(status().isOk());
        mvc.perform(get("/dossiers/" + id).with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))).andExpect(status().isOk());

        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM access_log WHERE dossier_id = ? ORDER BY id").param(id)
                .query().listOfRows();
        assertThat(rows).extracting(r -> r.get("USERNAME") != null ? r.get("USERNAME") : r.get("username"))
                .containsSubsequence(TestData.CONSULTANT_WASSENAAR, TestData.TEAM_LEAD_WASSENAAR);
        assertThat(jdbc.sql("SELECT purpose FROM access_log WHERE dossier_id = ? AND username = ? AND channel = 'API'")
                .params(id, TestData.CONSULTANT_WASSENAAR).query(String.class).list())
                .contains("Voorbereiding voortgangsgesprek");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND username = ? AND channel = 'UI' AND action = 'VIEW_DOSSIER'")
                .params(id, TestData.TEAM_LEAD_WASSENAAR).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void logsHoldNoBsn() throws Exception {
        UUID id = data.wassenaarDossier();
        String bsn = jdbc.sql("SELECT bsn FROM dossier WHERE id = ?").param(id).query(String.class).single();
        mvc.perform(get("/api/v1/dossiers/" + id).with(httpBasic(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD)))
                .andExpect(status().isOk());
        long inAccessLog = jdbc.sql("""
                        SELECT COUNT(*) FROM access_log WHERE purpose LIKE ? OR CAST(dossier_id AS VARCHAR(40)) LIKE ?""")
                .params("%" + bsn + "%", "%" + bsn + "%").query(Long.class).single();
        long inTimeline = jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE summary LIKE ? OR reason LIKE ?")
                .params("%" + bsn + "%", "%" + bsn + "%").query(Long.class).single();
        assertThat(inAccessLog).isZero();
        assertThat(inTimeline).isZero();
    }

    @Test
    void administratorQueriesTheLogAndNobodyElseCan() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(get("/dossiers/" + id).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))).andExpect(status().isOk());
        mvc.perform(get("/beheer/toegangslog").param("dossier", id.toString()).with(user(TestData.ADMIN).roles("FUNCTIONAL_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(content().string(containsString("Dossier ingezien")))
                .andExpect(content().string(containsString("Dossierbehandeling")));
        mvc.perform(get("/beheer/toegangslog").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAccessLogIsAppendOnlyInCode() throws Exception {
        // No code path changes or removes log lines: the only statement on the table is an INSERT.
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = java.nio.file.Files.readString(p).toUpperCase();
                    return s.contains("UPDATE ACCESS_LOG") || s.contains("DELETE FROM ACCESS_LOG")
                            || s.contains("UPDATE DOSSIER_EVENT") || s.contains("DELETE FROM DOSSIER_EVENT");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
            assertThat(offending).isEmpty();
        }
    }
}
