package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.regie.TestData;
import nl.regie.monitoring.CohortFixture;
import nl.regie.monitoring.XlsxSheets;

/**
 * The monitoring dashboard in real headless Chromium, as Wassenaar's policy officer: open it, filter by period,
 * peildatum and route (htmx), download the XLSX through the session and read a cell, the yearly overview (with its
 * Handhaving and Financieel ontzorgen tables) and the targets; and the policy officer still cannot open a dossier.
 * axe-core on every state.
 */
class MonitoringScreensTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeAsyncScript(js, args);
    }

    private String cell(String table, String row, int column) {
        return browser.find("#kop-" + table).findElement(org.openqa.selenium.By.xpath(
                "ancestor::section//tbody/tr[th='" + row + "']/td[" + (column + 1) + "]")).getText();
    }

    @Test
    void policyOfficerFiltersTheDashboardDownloadsTheFiguresAndStillCannotOpenADossier() throws Exception {
        new CohortFixture(jdbc, "0629").build();
        UUID dossier = data.wassenaarDossier();
        browser.login(TestData.POLICY_OFFICER_WASSENAAR, TestData.PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/cijfers");
        assertThat(browser.text()).contains("Indicatoren en streefwaarden", "Dossiers per status op de peildatum", "Wassenaar");
        accessible("cijfers-01-dashboard");

        browser.choose("#periode", "2022-H1");
        browser.waitUntil(d -> browser.find("#dashboard [role=status]").getText().contains("1e halfjaar 2022"));
        browser.type("#peildatum", "30-06-2026");
        browser.tap(".regie-filters button[type=submit]");
        browser.waitUntil(d -> browser.find("#dashboard [role=status]").getText().contains("30-06-2026"));
        assertThat(browser.driver.getCurrentUrl()).contains("periode=2022-H1");
        // The fixture's 16 newcomers of 2022-H1 (other tests' Wassenaar dossiers are housed or registered later).
        String total = cell("instroom", "Totaal", 0);
        assertThat(Integer.parseInt(total)).isGreaterThanOrEqualTo(16);
        assertThat(browser.findAll("canvas.regie-chart[role=img][aria-label]")).isNotEmpty();
        assertThat(browser.find("canvas.regie-chart").getAttribute("aria-label")).startsWith("Grafiek: ");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find("#kop-indicatoren"));
        accessible("cijfers-02-gefilterd");

        browser.choose("#route", "B1");
        browser.waitUntil(d -> browser.find("#dashboard [role=status]").getText().contains("B1-route"));
        assertThat(cell("routes", "B1-route", 0)).isEqualTo(cell("instroom", "Totaal", 0));
        accessible("cijfers-03-b1-route");
        browser.choose("#route", "");
        browser.waitUntil(d -> !browser.find("#dashboard [role=status]").getText().contains("B1-route"));

        // The XLSX, fetched with the browser's own session, holds what the screen shows.
        String href = browser.find("a[href*='/cijfers/export/alle.xlsx']").getAttribute("href");
        String base64 = (String) script("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });""", href);
        List<List<String>> rows = XlsxSheets.rows(Base64.getDecoder().decode(base64), "Instroom");
        List<String> totaal = rows.stream().filter(r -> !r.isEmpty() && "Totaal".equals(r.get(0))).findFirst().orElseThrow();
        assertThat((int) Double.parseDouble(totaal.get(1))).isEqualTo(Integer.parseInt(total));

        // A dossier stays closed to the policy officer, by URL and by fetch.
        Object status = script("const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status));",
                "/dossiers/" + dossier);
        assertThat(((Number) status).intValue()).isIn(403, 404);
        browser.open("/dossiers/" + dossier);
        assertThat(browser.text()).contains("Geen toegang").doesNotContain("Haddad");

        browser.open("/cijfers/verantwoording?jaar=2022");
        assertThat(browser.text()).contains("Jaarverantwoording 2022", "Nieuwe inburgeringsplichtigen per doelgroep");
        accessible("cijfers-04-jaarverantwoording");

        browser.open("/cijfers/doelen");
        browser.choose("#kpi", "STARTED_WITHIN_3_MONTHS");
        browser.type("#percent", "150");
        browser.type("#validFrom", "1-1-2026");
        browser.type("#wording", "Alle nieuwkomers binnen drie maanden gestart");
        browser.click("form.regie-form button[type=submit]");
        assertThat(browser.text()).contains("Een streefwaarde ligt tussen 0 en 100 procent.");
        assertThat(browser.find("#wording").getAttribute("value")).isEqualTo("Alle nieuwkomers binnen drie maanden gestart");
        accessible("cijfers-05-streefwaarde-fout");
        browser.type("#percent", "90");
        browser.click("form.regie-form button[type=submit]");
        assertThat(browser.text()).contains("Streefwaarde vastgelegd.", "Alle nieuwkomers binnen drie maanden gestart", "90%");
        accessible("cijfers-06-streefwaarden");

        browser.open("/cijfers?periode=2022-H1&peildatum=30-06-2026");
        assertThat(browser.text()).contains("Trend: Gestart binnen 3 maanden na huisvesting");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.find("#kop-trend-started-within-3-months"));
        accessible("cijfers-07-trend");
    }

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find(css));
    }

    @Test
    void policyOfficerEntersAPartnerSurveyAndReadsEnforcementReliefAndSatisfaction() {
        new CohortFixture(jdbc, "0629").build().withEnforcementReliefAndSatisfaction();
        browser.login(TestData.POLICY_OFFICER_WASSENAAR, TestData.PASSWORD);
        browser.click("a[href='/cijfers/tevredenheid']");
        assertThat(browser.text()).contains("Tevredenheid ketenpartners", "Partners van de Sociale Alliantie");
        accessible("cijfers-08-tevredenheid-ketenpartners");

        // A score above 10 is refused; what was typed stays.
        String description = "Vertegenwoordigers van de Sociale Alliantie, voorjaar";
        browser.type("#heldOn", "1-5-2022");
        browser.type("#respondents", "14");
        browser.type("#averageScore", "72");
        browser.type("#description", description);
        browser.click("form.regie-form button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Een gemiddeld cijfer ligt tussen 1 en 10.");
        assertThat(browser.find("#description").getAttribute("value")).isEqualTo(description);
        assertThat(browser.find("#averageScore").getAttribute("aria-invalid")).isEqualTo("true");
        scrollTo("form.regie-form");
        accessible("cijfers-09-tevredenheid-ketenpartners-fout");
        browser.type("#averageScore", "7,2");
        browser.click("form.regie-form button[type=submit]");
        assertThat(browser.text()).contains("Tevredenheidsonderzoek onder ketenpartners vastgelegd.", description, "7,2");
        accessible("cijfers-10-tevredenheid-ketenpartners-vastgelegd");

        browser.open("/cijfers?periode=2022-H1&peildatum=30-06-2026");
        // The fixture's ten approved fines (A1–A5, C1–C5); other tests' Wassenaar dossiers are housed later.
        assertThat(Integer.parseInt(cell("handhaving", "Boetebesluit: goedgekeurd en verzonden", 0))).isGreaterThanOrEqualTo(10);
        scrollTo("#kop-handhaving");
        accessible("cijfers-11-handhaving");
        // DUO's own decisions have a table of their own: the fixture's term fines (C1–C5, € 500 each) and extensions (B1–B5).
        assertThat(Integer.parseInt(cell("duo", "Boete: inburgeringstermijn niet gehaald", 0))).isGreaterThanOrEqualTo(5);
        assertThat(Integer.parseInt(cell("duo", "Verlenging van de inburgeringstermijn", 0))).isGreaterThanOrEqualTo(5);
        scrollTo("#kop-duo");
        accessible("cijfers-15-besluiten-duo");
        assertThat(Integer.parseInt(cell("ontzorgen", "Ontzorgen gestart", 0))).isGreaterThanOrEqualTo(11);
        scrollTo("#kop-ontzorgen");
        accessible("cijfers-12-ontzorgen");
        assertThat(cell("tevredenheid", "Ketenpartners, 01-05-2022: " + description, 0)).isEqualTo("7,2");
        assertThat(cell("tevredenheid", "Ketenpartners, 01-05-2022: " + description, 1)).isEqualTo("14");
        assertThat(browser.find("#kop-tevredenheid").findElement(org.openqa.selenium.By.xpath("ancestor::section//canvas"))
                .getAttribute("aria-label")).startsWith("Grafiek: Tevredenheid.");
        scrollTo("#kop-tevredenheid");
        accessible("cijfers-13-tevredenheid");

        // The yearly overview counts the same records by the date of each event: ten fines dated in 2022, eleven
        // arrangements started in 2022 (more where other tests' Wassenaar dossiers add their own).
        browser.open("/cijfers/verantwoording?jaar=2022");
        assertThat(Integer.parseInt(cell("handhaving", "Boetes opgelegd (goedgekeurd en verzonden)", 0))).isGreaterThanOrEqualTo(10);
        assertThat(Integer.parseInt(cell("ontzorgen", "Ontzorgen gestart (asielstatushouders)", 0))).isGreaterThanOrEqualTo(11);
        scrollTo("#kop-handhaving");
        accessible("cijfers-14-jaarverantwoording-handhaving-ontzorgen");
    }
}

