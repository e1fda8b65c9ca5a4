package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.TestData;

/**
 * The koppeling on screen: a consultant reads a COA file with a bad line, follows the progress bar to the report,
 * opens an imported dossier and plans and records its warm handover. Every state is checked with axe-core.
 */
class LinkingScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    static Path file(String name, String content) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toAbsolutePath();
    }

    @Test
    void consultantImportsCoaProfilesAndHoldsTheWarmHandover() throws Exception {
        String today = LocalDate.now().format(DUTCH);
        String bsn = TestData.freshBsn();
        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.tap("a[href='/koppeling']");
        browser.waitUntil(d -> browser.text().contains("COA-klantprofielen inlezen"));
        accessible("koppeling-01-import");

        // A spreadsheet is refused as a whole, with the reason next to the field and the chosen name repeated.
        browser.find("#bestand").sendKeys(file("profielen.xlsx", "geen csv").toString());
        browser.click("form[action='/koppeling'] button[type=submit]");
        assertThat(browser.text()).contains("Alleen CSV- en JSON-bestanden", "U koos profielen.xlsx");
        accessible("koppeling-02-bestand-fout");

        String csv = "bsn;givenNames;familyName;birthDate;nationality;contactLanguage;interpreterNeeded;linkedOn;azcLocation;householdMembers\n"
                + bsn + ";Yonas;Tesfay;12-03-1995;ERI;ti;ja;" + today + ";AZC Katwijk;partner:Saba Tesfay:01-01-1997\n"
                + "12345;Fout;Persoon;12-03-1995;ERI;ti;ja;" + today + ";;\n";
        browser.find("#bestand").sendKeys(file("week48.csv", csv).toString());
        browser.click("form[action='/koppeling'] button[type=submit]");
        // The report page polls the progress with htmx and reloads itself when the run is done.
        browser.waitUntil(Duration.ofSeconds(30), d -> browser.text().contains("Afgewezen regels"));
        assertThat(browser.text()).contains("Import van week48.csv", "Afgerond", "2 van 2 klantprofielen verwerkt (100%)",
                "1 ingelezen", "1 afgewezen", "Een BSN bestaat uit precies 9 cijfers.");
        assertThat(browser.find("progress").getAttribute("value")).isEqualTo("100");
        accessible("koppeling-03-verslag");

        browser.click("#kop-ingelezen ~ ul a");
        assertThat(browser.text()).contains("Yonas Tesfay", "Gekoppeld", "AZC Katwijk", "Saba Tesfay");
        browser.click("nav.regie-dossier-nav a[href$='/overdracht']");
        assertThat(browser.text()).contains("Warme overdracht", "Plannen", "Verslag vastleggen");
        // Defaults: the newcomer, COA, consultant, and (the dossier says so) an interpreter in their language.
        assertThat(browser.find("#plan-p-INTERPRETER").isSelected()).isTrue();
        assertThat(browser.find("#plan-interpreterLanguage").getAttribute("value")).isEqualTo("ti");
        assertThat(browser.find("#location").getAttribute("value")).isEqualTo("AZC Katwijk");
        accessible("koppeling-04-overdracht");

        browser.type("#plannedOn", LocalDate.now().plusDays(2).format(DUTCH));
        browser.click("form[action$='/overdracht/plan'] button[type=submit]");
        assertThat(browser.text()).contains("Warme overdracht gepland.", "Gepland", "AZC Katwijk");

        // The report without a summary and without the newcomer is refused; what was typed stays.
        browser.type("#heldOn", today);
        browser.tap("#report-p-NEWCOMER");
        browser.type("#agreements", "Intake na huisvesting");
        browser.click("form[action$='/overdracht/verslag'] button[type=submit]");
        assertThat(browser.text()).contains("De statushouder zelf is bij de warme overdracht", "Vat het gesprek samen");
        assertThat(browser.find("#agreements").getAttribute("value")).isEqualTo("Intake na huisvesting");
        assertThat(browser.find("#heldOn").getAttribute("value")).isEqualTo(today);
        accessible("koppeling-05-verslag-fout");

        browser.tap("#report-p-NEWCOMER");
        browser.type("#summary", "Kennismaking met Yonas en de tolk. Yonas wil de bouw in; zijn partner Saba volgt later.");
        browser.click("form[action$='/overdracht/verslag'] button[type=submit]");
        assertThat(browser.text()).contains("Verslag van de warme overdracht vastgelegd", "Gehouden op " + today,
                "Tigrinya", "Intake na huisvesting");
        assertThat(browser.driver.findElements(By.id("kop-vastleggen"))).isEmpty();
        accessible("koppeling-06-overdracht-gehouden");

        browser.click("nav.regie-dossier-nav li:first-child a");
        assertThat(browser.text()).contains("Warme overdracht gehouden", "Warme overdracht gehouden in het Tigrinya, met tolk");
    }
}
