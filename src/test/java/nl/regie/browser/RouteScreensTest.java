package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.TestData;
import nl.regie.route.NewHours;
import nl.regie.route.RecordingHours;
import nl.regie.route.RouteFixtures;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.ProgrammeComponent;

/**
 * The Leerroute screen in real headless Chromium, walked as a consultant: hours and attendance, a refused and an
 * accepted afschalen, exam attempts, PVT and MAP on a B1 dossier; the eindgesprek on a Z-route dossier. Every state
 * is checked with axe-core (WCAG 2.1 AA) and photographed whole (target/screenshots/route-*.png).
 */
class RouteScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yyyy");

    @Autowired
    TestData data;

    @Autowired
    RouteFixtures fixtures;

    @Autowired
    RecordingHours hours;

    /** Photographs the whole page (the window grows to the page's height for the shot) and runs axe-core. */
    @Override
    protected void accessible(String screenshot) {
        long height = (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        browser.driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 1000), 8000)));
        browser.screenshot(screenshot);
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA op " + screenshot).isEmpty();
    }

    private static String month(int ago) {
        return YearMonth.now().minusMonths(ago).format(MONTH);
    }

    @Test
    void consultantFollowsAB1RouteFromHoursToAfschalenExamsPvtAndMap() {
        UUID id = fixtures.onRoute(LearningRoute.B1, 400);
        // Earlier months as the language school reported them: 520 hours at a keurmerk provider.
        var c = data.user(TestData.CONSULTANT_WASSENAAR);
        for (int ago = 3; ago <= 6; ago++) {
            YearMonth m = YearMonth.now().minusMonths(ago);
            hours.record(c, id, new NewHours(ProgrammeComponent.LANGUAGE, m.atDay(1), m.atEndOfMonth(), new BigDecimal("140"),
                    new BigDecimal("130"), true, "Taalschool De Brug", 35, 33, 2, 0, 0, null));
        }

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        browser.click("nav.regie-dossier-nav a[href$='/route']");
        assertThat(browser.text()).contains("Leerroute en modules", "B1-route", "Taalschool De Brug",
                "520 van 600 uur (86%)", "0 van 5 behaald", "Afschalen kan nog niet: er ontbreken 80 uur.");
        assertThat(browser.find("nav.regie-dossier-nav a[aria-current=page]").getText()).isEqualTo("Leerroute");
        assertThat(browser.text()).doesNotContain("Eindgesprek vastleggen", "Taalschakeltraject");
        accessible("route-01-b1-start");

        // Hours: a negative number is refused in Dutch, the typed input stays.
        browser.choose("#uren-component", "LANGUAGE");
        browser.type("#uren-month", month(2));
        browser.type("#uren-plannedHours", "52");
        browser.type("#uren-attendedHours", "-4");
        browser.click("form[action$='/route/uren'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Het aantal aanwezige uren kan niet negatief zijn.");
        assertThat(browser.find("#uren-attendedHours").getDomProperty("value")).isEqualTo("-4");
        assertThat(browser.find("#uren-month").getDomProperty("value")).isEqualTo(month(2));
        assertThat(browser.find("#uren-attendedHours").getDomAttribute("aria-invalid")).isEqualTo("true");
        accessible("route-02-uren-fout");

        browser.type("#uren-attendedHours", "48");
        browser.type("#uren-sessionsPlanned", "13");
        browser.type("#uren-sessionsAttended", "11");
        browser.type("#uren-absentUnexcused", "2");
        browser.click("form[action$='/route/uren'] button[type=submit]");
        assertThat(browser.text()).contains("Uren vastgelegd: Taal", "Ongeoorloofd verzuim: 2 bijeenkomsten",
                "2× ongeoorloofd", "568 van 600 uur (94%)");
        accessible("route-03-uren-vastgelegd");

        // Afschalen before the threshold: refused with the reason.
        browser.tap("#afschalen-READING");
        browser.type("#afschalen-reason", "Goede aanwezigheid, blijft steken op A2; taalschool adviseert afschalen.");
        browser.type("#afschalen-decidedOn", LocalDate.now().format(DUTCH));
        browser.click("form[action$='/route/afschalen'] button[type=submit]");
        assertThat(browser.text()).contains("Niet vastgelegd.", "Afschalen kan pas na ten minste 600 uur",
                "Vastgelegd: 568 uur; er ontbreken nog 32 uur.");
        assertThat(browser.find("#afschalen-reason").getDomProperty("value")).startsWith("Goede aanwezigheid");
        accessible("route-04-afschalen-geweigerd");

        browser.choose("#uren-component", "LANGUAGE");
        browser.type("#uren-month", month(1));
        browser.type("#uren-attendedHours", "40");
        browser.click("form[action$='/route/uren'] button[type=submit]");
        assertThat(browser.text()).contains("608 van 600 uur (100%) — norm gehaald", "De drempel is bereikt.");

        browser.tap("#afschalen-READING");
        browser.tap("#afschalen-SPEAKING");
        browser.type("#afschalen-reason", "Ruim 600 uur les, goede inzet; taalschool adviseert A2 voor lezen en spreken.");
        browser.type("#afschalen-decidedOn", LocalDate.now().format(DUTCH));
        browser.click("form[action$='/route/afschalen'] button[type=submit]");
        assertThat(browser.text()).contains("Afschalen vastgelegd: Lezen, Spreken op A2", "A2 (afgeschaald)", "(al afgeschaald)");

        // Exams: KNM has no level; attempts count per part.
        browser.choose("#examen-part", "KNM");
        browser.type("#examen-takenOn", LocalDate.now().minusDays(20).format(DUTCH));
        browser.choose("#examen-level", "A2");
        browser.tap("#examen-passed-ja");
        browser.click("form[action$='/route/examen'] button[type=submit]");
        assertThat(browser.text()).contains("KNM heeft geen taalniveau; laat het niveau leeg.");
        accessible("route-05-examen-fout");

        browser.choose("#examen-level", "");
        browser.click("form[action$='/route/examen'] button[type=submit]");
        assertThat(browser.text()).contains("Examenuitslag vastgelegd: Kennis van de Nederlandse Maatschappij (KNM), poging 1 (behaald).");
        recordExam("LISTENING", 15, "B1", false);
        recordExam("LISTENING", 5, "B1", true);
        assertThat(browser.text()).contains("Luisteren, poging 2 (behaald)");
        recordExam("READING", 4, "A2", true);
        assertThat(browser.text()).contains("3 van 5 behaald");

        // PVT: signing before 12 PVT hours is refused; after recording them it is accepted.
        browser.type("#pvt-excursionOn", LocalDate.now().minusDays(40).format(DUTCH));
        browser.type("#pvt-signedOn", LocalDate.now().minusDays(2).format(DUTCH));
        browser.click("form[action$='/route/pvt'] button[type=submit]");
        assertThat(browser.text()).contains("vastgelegd zijn 0 PVT-uren");
        assertThat(browser.find("#pvt-signedOn").getDomProperty("value")).isEqualTo(LocalDate.now().minusDays(2).format(DUTCH));
        browser.choose("#uren-component", "PARTICIPATION_STATEMENT_PROGRAMME");
        browser.type("#uren-month", month(2));
        browser.type("#uren-attendedHours", "12");
        browser.find("#uren-provider").clear();
        browser.type("#uren-provider", "VluchtelingenWerk");
        browser.click("form[action$='/route/uren'] button[type=submit]");
        browser.type("#pvt-excursionOn", LocalDate.now().minusDays(40).format(DUTCH));
        browser.type("#pvt-signedOn", LocalDate.now().minusDays(2).format(DUTCH));
        browser.click("form[action$='/route/pvt'] button[type=submit]");
        assertThat(browser.text()).contains("PVT-voortgang vastgelegd.", "Ondertekend op " + LocalDate.now().minusDays(2).format(DUTCH),
                "12 van 12 uur (100%) — norm gehaald");

        browser.type("#map-practicalDoneOn", LocalDate.now().minusDays(10).format(DUTCH));
        browser.click("form[action$='/route/map'] button[type=submit]");
        assertThat(browser.text()).contains("MAP-voortgang vastgelegd.", "Gedaan op " + LocalDate.now().minusDays(10).format(DUTCH));
        accessible("route-06-b1-na-examens-pvt-map");

        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("Afgeschaald naar A2: Lezen, Spreken (na 608 uur taalonderwijs met keurmerk)",
                "Luisteren B1, poging 2: behaald", "PVT: excursie op", "participatieverklaring ondertekend op",
                "48 van 52 uur aanwezig, 11 van 13 bijeenkomsten; 2× ongeoorloofd afwezig");
    }

    private void recordExam(String part, int daysAgo, String level, boolean passed) {
        browser.choose("#examen-part", part);
        browser.type("#examen-takenOn", LocalDate.now().minusDays(daysAgo).format(DUTCH));
        browser.choose("#examen-level", level);
        browser.tap(passed ? "#examen-passed-ja" : "#examen-passed-nee");
        browser.click("form[action$='/route/examen'] button[type=submit]");
        assertThat(browser.text()).contains("Examenuitslag vastgelegd");
    }

    @Test
    void consultantRecordsZRouteHoursAndTheFinalInterview() {
        UUID id = fixtures.onRoute(LearningRoute.SELF_RELIANCE, 700);
        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id + "/route");
        assertThat(browser.text()).contains("Zelfredzaamheidsroute (Z-route)", "Taal inclusief KNM", "0 van 800 uur (0%)",
                "Participatie", "In de Z-route zijn geen examens vereist", "Eindgesprek vastleggen");
        assertThat(browser.text()).doesNotContain("Afschalen vastleggen");

        browser.choose("#uren-component", "PARTICIPATION");
        browser.type("#uren-periodFrom", LocalDate.now().minusDays(60).format(DUTCH));
        browser.type("#uren-periodTo", LocalDate.now().minusDays(31).format(DUTCH));
        browser.type("#uren-attendedHours", "96");
        browser.type("#uren-provider", "Kringloop Aktief");
        browser.type("#uren-note", "Vrijwilligerswerk, vier dagdelen per week");
        browser.click("form[action$='/route/uren'] button[type=submit]");
        assertThat(browser.text()).contains("Uren vastgelegd: Participatie", "96 van 800 uur (12%)");

        browser.type("#eindgesprek-heldOn", LocalDate.now().plusDays(3).format(DUTCH));
        browser.type("#eindgesprek-summary", "Redt zich bij de huisarts en in de winkel.");
        browser.click("form[action$='/route/eindgesprek'] button[type=submit]");
        assertThat(browser.text()).contains("Het eindgesprek ligt in de toekomst", "Kies de uitkomst van het eindgesprek.");
        assertThat(browser.find("#eindgesprek-summary").getDomProperty("value")).isEqualTo("Redt zich bij de huisarts en in de winkel.");
        accessible("route-07-z-eindgesprek-fout");

        browser.type("#eindgesprek-heldOn", LocalDate.now().format(DUTCH));
        browser.choose("#eindgesprek-outcome", "COMPLETED");
        browser.click("form[action$='/route/eindgesprek'] button[type=submit]");
        assertThat(browser.text()).contains("Eindgesprek vastgelegd: Z-route afgerond.", "Redt zich bij de huisarts en in de winkel.");
        accessible("route-08-z-eindgesprek");
    }
}
