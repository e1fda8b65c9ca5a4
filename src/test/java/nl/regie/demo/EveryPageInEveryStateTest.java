package nl.regie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.dossier.DossierBulkWriter;
import nl.regie.dossier.DossierState;

/**
 * Every page of a dossier opens, for every state a dossier can be in, for the people who work with it. The dossiers
 * come from the demo generator, so they look like the demo a municipality tries first (states reached without the
 * screens' records: a PIP date without a PIP letter, a completion without a notice). A page that cannot handle such a
 * dossier would show the error page; this test finds it before a user does.
 */
class EveryPageInEveryStateTest extends IntegrationTest {

    static final List<String> PAGES = List.of("", "/overdracht", "/intake", "/pip", "/route", "/voortgang", "/afronding",
            "/huishouden", "/bijlagen", "/handhaving", "/ontzorgen", "/ontzorgen/samenvatting");

    @Autowired
    DossierBulkWriter writer;

    @Autowired
    Clock clock;

    @Test
    void everyDossierPageOpensInEveryState() throws Exception {
        // A seed of its own per run: the generator's BSN block depends on it, and PostgreSQL keeps earlier runs' rows.
        long seed = System.nanoTime() % 1_000_000;
        Map<DossierState, UUID> byState = new EnumMap<>(DossierState.class);
        new SyntheticDossiers(seed, LocalDate.now(clock),
                List.of(new SyntheticDossiers.Target("0629", 1.0, List.of(TestData.CONSULTANT_WASSENAAR))))
                .generate(150, 150, batch -> {
                    writer.write(batch, "test", clock.instant());
                    batch.forEach(g -> byState.putIfAbsent(g.state(), g.id()));
                });
        assertThat(byState.keySet()).as("de generator maakt dossiers in elke status").containsAll(List.of(DossierState.values()));

        List<String> failures = new ArrayList<>();
        for (var who : List.of(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"),
                user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))) {
            for (var e : byState.entrySet()) {
                for (String page : PAGES) {
                    String url = "/dossiers/" + e.getValue() + page;
                    var response = mvc.perform(get(url).with(who)).andReturn().getResponse();
                    if (response.getStatus() != 200) {
                        failures.add(e.getKey() + " " + url + " → " + response.getStatus());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
