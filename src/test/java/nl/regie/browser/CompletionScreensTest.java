package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.TestData;
import nl.regie.completion.CompletionFixtures;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;

/**
 * Afronding en nazorg in real headless Chromium, as a consultant: a dossier in the B1-route is completed (a wrong
 * form first, then the right one), the notice to DUO is downloaded, the aftercare contact recorded and the dossier
 * closed. Every state is checked with axe-core (WCAG 2.1 AA) and saved as a screenshot.
 */
class CompletionScreensTest extends BrowserTest {

    @Autowired
    CompletionFixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A screenshot of the whole page (this screen is long), then the axe-core check. */
    @Override
    protected void accessible(String screenshot) {
        var window = browser.driver.manage().window();
        var size = window.getSize();
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollHeight");
        window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.max(size.getHeight(), height + 120)));
        browser.screenshot(screenshot);
        window.setSize(size);
        assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA op " + screenshot).isEmpty();
    }

    @Test
    void consultantCompletesDownloadsTheNoticeRecordsAftercareAndCloses() throws Exception {
        LocalDate today = LocalDate.now();
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        String bsn = jdbc.sql("SELECT bsn FROM dossier WHERE id = ?").param(id).query(String.class).single();
        LocalDate passed = today.minusDays(200);

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        browser.click("nav.regie-dossier-nav a[href$='/afronding']");
        assertThat(browser.find("nav.regie-dossier-nav a[aria-current='page']").getText()).isEqualTo("Afronding en nazorg");
        assertThat(browser.text()).contains("Afronding en nazorg", "In leerroute", "Leerroute volgens het PIP: B1-route",
                "Het nazorgcontact wordt gepland zodra de afronding is vastgelegd.");
        accessible("afronding-01-formulier");

        // A completion in the future with only one exam part: refused next to the fields, everything typed kept.
        browser.tap("#outcome-EXAM");
        browser.type("#completedOn", "01-01-2099");
        browser.choose("#reading", "B1");
        browser.type("#remarks", "Examen bij DUO Den Haag");
        browser.click("#afronden");
        assertThat(browser.text()).contains("Controleer de invoer. Er is niets opgeslagen.",
                "De datum van afronding ligt in de toekomst",
                "Een behaald inburgeringsexamen bestaat uit alle onderdelen; niet behaald of niet ingevuld: Luisteren, Schrijven, Spreken, "
                        + "Kennis van de Nederlandse Maatschappij (KNM).");
        assertThat(browser.find("#completedOn").getAttribute("value")).isEqualTo("01-01-2099");
        assertThat(browser.find("#remarks").getAttribute("value")).isEqualTo("Examen bij DUO Den Haag");
        assertThat(browser.find("#outcome-EXAM").isSelected()).isTrue();
        assertThat(browser.find("#completedOn").getAttribute("aria-invalid")).isEqualTo("true");
        accessible("afronding-02-fout");

        browser.type("#completedOn", DutchDates.show(passed));
        browser.choose("#listening", "B1");
        browser.choose("#writing", "A2");
        browser.choose("#speaking", "B1");
        browser.tap("#knm");
        browser.click("#afronden");
        assertThat(browser.text()).contains("Afronding vastgelegd. De melding aan DUO is opgesteld en klaar voor verzending.",
                "Inburgeringsexamen behaald", "Afgerond", "Behaalde examenonderdelen", "Schrijven", "A2",
                "Klaar voor verzending", "Melding als JSON", "Melding als XML",
                "Gepland nazorgcontact: " + DutchDates.show(passed.plusMonths(6)));
        accessible("afronding-03-afgerond");

        // The download, through the app with the browser's own session (headless downloads are awkward to inspect).
        String href = browser.find("#melding-json").getAttribute("href");
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"melding-duo-");
        assertThat(json.body()).contains("\"bsn\" : \"" + bsn + "\"", "\"outcome\" : \"EXAM\"", "\"municipalityCode\" : \"0629\"");
        HttpResponse<String> xml = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                browser.find("#melding-xml").getAttribute("href"))).header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("<bsn>" + bsn + "</bsn>");

        // Aftercare: a contact before the completion and without an answer is refused; then recorded.
        browser.type("#contactedOn", DutchDates.show(passed.minusDays(1)));
        browser.type("#aftercareRemarks", "Gebeld met tolk");
        browser.click("#nazorg-vastleggen");
        assertThat(browser.text()).contains("Het nazorgcontact ligt vóór de afronding (" + DutchDates.show(passed) + ").",
                "Kies hoe de inburgeraar nu meedoet");
        assertThat(browser.find("#aftercareRemarks").getAttribute("value")).isEqualTo("Gebeld met tolk");
        accessible("afronding-04-nazorg-fout");

        browser.type("#contactedOn", DutchDates.show(today.minusDays(1)));
        browser.tap("#participation-WORK");
        browser.click("#nazorg-vastleggen");
        assertThat(browser.text()).contains("Nazorgcontact vastgelegd; het dossier staat op 'Nazorg'.", "Participatie", "Werk",
                "Gebeld met tolk");
        accessible("afronding-05-nazorg");

        // Closing: a reason is required; then closed as completed.
        browser.type("#closedOn", DutchDates.show(today));
        browser.click("#sluiten");
        assertThat(browser.text()).contains("Kies een reden om het dossier te sluiten.");
        accessible("afronding-06-sluiten-fout");
        browser.choose("#closureReason", "COMPLETED");
        browser.type("#explanation", "Werkt 32 uur per week; geen verdere ondersteuning nodig");
        browser.click("#sluiten");
        assertThat(browser.text()).contains("Dossier gesloten: Traject afgerond.",
                "Gesloten op " + DutchDates.show(today) + ": Traject afgerond.");
        accessible("afronding-07-gesloten");

        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("Afronding vastgelegd: Inburgeringsexamen behaald", "Melding aan DUO opgesteld",
                "Nazorgcontact (gepland " + DutchDates.show(passed.plusMonths(6)) + "): Werk", "Nazorg → Gesloten — Traject afgerond");
        accessible("afronding-08-tijdlijn");
    }
}
