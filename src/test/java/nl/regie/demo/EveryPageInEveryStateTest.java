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
 * dossier would show the error page; this test finds it before a user does. The figures pages, which count those
 * dossiers, open for the policy officer and the team lead.
 */
class EveryPageInEveryStateTest extends IntegrationTest {

    static final List<String> PAGES = List.of("", "/overdracht", "/intake", "/pip", "/route", "/voortgang", "/afronding",
            "/huishouden", "/bijlagen", "/handhaving", "/ontzorgen", "/ontzorgen/samenvatting");

    /** The figures pages, over the same generated dossiers, for the two roles that have them. */
    static final List<String> FIGURES_PAGES = List.of("/cijfers", "/cijfers?bereik=installatie", "/cijfers/doelen",
            "/cijfers/tevredenheid", "/cijfers/verantwoording", "/cijfers/export/alle.xlsx");

    @Autowired
    DossierBulkWriter writer;

    @Autowired
    HistoryBulkWriter history;

    @Autowired
    Clock clock;

    @Test
    void everyDossierPageOpensInEveryState() throws Exception {
        // A seed of its own per run: the generator's BSN block depends on it, and PostgreSQL keeps earlier runs' rows.
        long seed = System.nanoTime() % 1_000_000;
        Map<DossierState, UUID> byState = new EnumMap<>(DossierState.class);
        List<UUID> withBreach = new ArrayList<>();
        // 150 dossiers miss a rare state (HOUSED, WARM_HANDOVER_HELD) for about 2 seeds in 100, and hold no breach for
        // about 6 in 100, so another 150 are generated with the next seed until every state and a breach are there. The BSN blocks of seed and seed + 1 lie 7,919
        // numbers apart and cannot overlap.
        for (int round = 0; round < 10 && (byState.size() < DossierState.values().length || withBreach.isEmpty()); round++) {
            SyntheticHistory histories = new SyntheticHistory(seed + round, LocalDate.now(clock));
            new SyntheticDossiers(seed + round, LocalDate.now(clock),
                    List.of(new SyntheticDossiers.Target("0629", 1.0, List.of(TestData.CONSULTANT_WASSENAAR))))
                    .generate(150, 150, batch -> {
                        writer.write(batch, "test", clock.instant());
                        // With what the modules record about them, as in the demo: a PIP, hours, exams, measurements,
                        // ontzorgen, satisfaction, breaches.
                        List<SyntheticHistory.History> written = batch.stream().map(histories::of).toList();
                        history.write(written, "test", clock.instant());
                        batch.forEach(g -> byState.putIfAbsent(g.state(), g.id()));
                        written.stream().filter(h -> !h.breaches().isEmpty()).forEach(h -> withBreach.add(h.dossier().id()));
                    });
        }
        assertThat(byState.keySet()).as("de generator maakt dossiers in elke status").containsAll(List.of(DossierState.values()));
        assertThat(withBreach).as("de generator maakt overtredingen").isNotEmpty();

        List<String> failures = new ArrayList<>();
        for (var who : List.of(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"),
                user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))) {
            for (var e : byState.entrySet()) {
                for (String page : PAGES) {
                    String url = "/dossiers/" + e.getValue() + page;
                    var response = mvc.perform(get(url).with(who)).andReturn().getResponse();
                    if (response.getStatus() != 200) {
                        failures.add(e.getKey() + " " + url + " → " + response.getStatus());
                    } else if (page.equals("/voortgang")
                            && response.getContentAsString().contains("/voortgang/tevredenheid") == (e.getKey() == DossierState.CLOSED)) {
                        // Satisfaction is recorded in every state but closed (seed 003: also before the PIP and in nazorg).
                        failures.add(e.getKey() + " " + url + " → formulier Tevredenheid "
                                + (e.getKey() == DossierState.CLOSED ? "op een gesloten dossier" : "ontbreekt"));
                    }
                }
            }
        }
        // A generated breach with its decision (a warning, no sanction, or a fine awaiting approval) opens on the dossier's
        // Handhaving page and in the team lead's approval queue.
        for (UUID id : withBreach) {
            for (var who : List.of(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"), user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))) {
                var response = mvc.perform(get("/dossiers/" + id + "/handhaving").with(who)).andReturn().getResponse();
                if (response.getStatus() != 200 || !response.getContentAsString().contains("Synthetische demodata")) {
                    failures.add("/dossiers/" + id + "/handhaving → " + response.getStatus() + " zonder de overtreding");
                }
            }
        }
        if (mvc.perform(get("/handhaving/goedkeuren").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))).andReturn()
                .getResponse().getStatus() != 200) {
            failures.add("/handhaving/goedkeuren");
        }
        for (var who : List.of(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER"),
                user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD"))) {
            for (String url : FIGURES_PAGES) {
                var response = mvc.perform(get(url).with(who)).andReturn().getResponse();
                if (response.getStatus() != 200) {
                    failures.add(url + " → " + response.getStatus());
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
