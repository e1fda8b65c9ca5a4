package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.TestData;
import nl.regie.dossier.HouseholdMember;
import nl.regie.dossier.HouseholdMember.Relationship;
import nl.regie.dossier.NewDossier;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.rules.TargetGroup;

/**
 * The household page (link a partner, record NUG, childcare), the dossier overview's household card, the team
 * lead's NUG list and the attachment page (a non-PDF and a too large file refused in Dutch, a real PDF listed), in
 * real headless Chromium with axe-core (WCAG 2.1 AA) on every state.
 */
class HouseholdScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    TestData data;

    @Autowired
    RegisteringDossier registering;

    Path files;

    @BeforeAll
    void createFiles() throws Exception {
        files = Files.createTempDirectory("regie-uploads-");
    }

    @AfterAll
    void removeFiles() throws Exception {
        if (files != null) {
            try (var walk = Files.walk(files)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Scrolls the element to the middle of the window, so the screenshot shows it. */
    private void showing(String css) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
    }

    private UUID family(String bsn) {
        LocalDate today = LocalDate.now();
        return registering.register(data.user(TestData.CONSULTANT_WASSENAAR), new NewDossier(null, bsn, "Rasha", "Haddad",
                LocalDate.of(1990, 5, 17), "SYR", TargetGroup.ASYLUM_PERMIT_HOLDER, "ar", true, today.minusDays(30), null,
                null, null, List.of(new HouseholdMember(Relationship.PARTNER, "Omar Haddad", LocalDate.of(1988, 2, 1)),
                        new HouseholdMember(Relationship.CHILD, "Amira Haddad", today.minusYears(3).minusDays(40)),
                        new HouseholdMember(Relationship.CHILD, "Sami Haddad", today.minusYears(9).minusDays(100))), null));
    }

    @Test
    void consultantLinksThePartnerRecordsNugAndChildcareAndTheTeamLeadSeesTheNugList() {
        String omarBsn = TestData.freshBsn();
        UUID rasha = family(TestData.freshBsn());
        registering.register(data.user(TestData.CONSULTANT_WASSENAAR), new NewDossier(null, omarBsn, "Omar", "Haddad",
                LocalDate.of(1988, 2, 1), "SYR", TargetGroup.FAMILY_MIGRANT, "ar", false, null, null,
                LocalDate.now().minusDays(20), null, List.of(), null));

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + rasha + "/huishouden");
        assertThat(browser.text()).contains("Huishouden van Rasha Haddad", "Gezinsleden", "Omar Haddad", "Amira Haddad",
                "Niet gekoppeld", "Kinderopvang");
        accessible("h01-huishouden");

        // Linking with a BSN that fails the 11-proef: refused next to the field, the number kept.
        browser.choose("#linkMemberId", browser.find("#linkMemberId option:nth-child(2)").getAttribute("value"));
        browser.type("#bsn", "123456789");
        browser.click("form[action$='/huishouden/koppelen'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Dit BSN voldoet niet aan de elfproef");
        assertThat(browser.find("#bsn").getAttribute("value")).isEqualTo("123456789");
        accessible("h02-koppelen-fout");

        browser.type("#bsn", omarBsn);
        browser.click("form[action$='/huishouden/koppelen'] button[type=submit]");
        assertThat(browser.text()).contains("Gezinslid gekoppeld aan het eigen dossier.", "Gezinsmigrant", "Test Consulent Wassenaar");
        accessible("h03-partner-gekoppeld");

        // Omar found work; the household left the bijstand: Rasha is NUG and keeps her own trajectory.
        browser.choose("#situation", "PARTNER_WORKS");
        browser.type("#validFrom", "31-02-2026");
        browser.type("#incomeRemarks", "Omar werkt sinds kort fulltime");
        browser.click("form[action$='/huishouden/inkomen'] button[type=submit]");
        assertThat(browser.text()).contains("'31-02-2026' is geen geldige datum");
        assertThat(browser.find("#incomeRemarks").getAttribute("value")).isEqualTo("Omar werkt sinds kort fulltime");
        showing("#validFrom");
        accessible("h04-inkomen-fout");
        browser.type("#validFrom", LocalDate.now().minusDays(3).format(DUTCH));
        browser.click("form[action$='/huishouden/inkomen'] button[type=submit]");
        assertThat(browser.text()).contains("Inkomenssituatie vastgelegd: Partner werkt (NUG).",
                "Let op: NUG — eigen traject loopt door.", "Nu: Partner werkt (NUG) sinds");
        accessible("h05-nug");

        // Childcare for the youngest: needed but no arrangement chosen is refused, then daycare 16 hours a week.
        String amira = browser.find("#gezinsleden tbody tr:nth-child(2)").getAttribute("data-member");
        browser.choose("#need-" + amira, "YES");
        browser.type("#hours-" + amira, "16");
        browser.click("#kind-" + amira + " button[type=submit]");
        assertThat(browser.text()).contains("Kies hoe de opvang is geregeld");
        assertThat(browser.find("#hours-" + amira).getAttribute("value")).isEqualTo("16");
        showing("#kind-" + amira);
        accessible("h06-opvang-fout");
        browser.choose("#arrangement-" + amira, "DAYCARE");
        browser.type("#remarks-" + amira, "Kinderdagverblijf De Vlinder, dinsdag en donderdag");
        browser.click("#kind-" + amira + " button[type=submit]");
        assertThat(browser.text()).contains("Kinderopvang vastgelegd.", "opvang nodig — Kinderopvang, 16 uur per week");
        showing("#kind-" + amira);
        accessible("h07-opvang");

        // The dossier overview shows the same in its household card (loaded with htmx).
        browser.open("/dossiers/" + rasha);
        browser.waitUntil(d -> browser.text().contains("Huishouden bekijken of wijzigen"));
        assertThat(browser.text()).contains("Let op: NUG — eigen traject loopt door.",
                "Amira Haddad (3 jaar): opvang nodig — Kinderopvang, 16 uur per week", "Sami Haddad (9 jaar): nog niet vastgelegd");
        accessible("h08-dossier-overzicht");

        browser.login(TestData.TEAM_LEAD_WASSENAAR, TestData.PASSWORD);
        browser.open("/nug");
        assertThat(browser.text()).contains("NUG-dossiers", "Rasha Haddad", "Partner werkt (NUG)");
        accessible("h09-nug-lijst");
    }

    @Test
    void consultantIsRefusedANonPdfAndATooLargeFileInDutchAndAddsARealPdf() throws Exception {
        UUID id = family(TestData.freshBsn());
        Path png = files.resolve("pasfoto.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path big = files.resolve("scan-groot.pdf");
        byte[] large = new byte[14 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, large, 0, 9);
        Files.write(big, large);
        Path pdf = files.resolve("diplomawaardering.pdf");
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            Files.write(pdf, out.toByteArray());
        }

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id + "/bijlagen");
        assertThat(browser.text()).contains("Bijlagen van Rasha Haddad", "Er zijn nog geen bijlagen.", "Alleen PDF, hoogstens 10 MB.");
        accessible("b01-bijlagen");

        browser.choose("#category", "IDENTITY");
        browser.type("#description", "Pasfoto");
        browser.find("#file").sendKeys(png.toAbsolutePath().toString());
        browser.click("form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "'pasfoto.png' is geen PDF-bestand. Alleen PDF is toegestaan");
        assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Pasfoto");
        showing("#file");
        accessible("b02-geen-pdf");

        // Above Spring's multipart limit: the same form with the Dutch message, not an error page.
        browser.choose("#category", "OTHER");
        browser.type("#description", "Scan");
        browser.find("#file").sendKeys(big.toAbsolutePath().toString());
        browser.click("form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(browser.text()).contains("Bijlagen van Rasha Haddad", "Het bestand is te groot. Een bijlage is hoogstens 10 MB");
        assertThat(browser.find("#file-fout").getText()).startsWith("Het bestand is te groot.");
        showing("#file");
        accessible("b03-te-groot");

        browser.choose("#category", "DIPLOMA");
        browser.type("#description", "Diplomawaardering IDW");
        browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
        browser.click("form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(browser.text()).contains("Bijlage toegevoegd.", "Diplomawaardering IDW", "diplomawaardering.pdf", "Diploma",
                "Test Consulent Wassenaar", "Intrekken");
        accessible("b04-pdf-toegevoegd");

        // Withdrawing (the uploader, within minutes) needs a reason.
        browser.tap("#bijlagen details summary");
        browser.click("#bijlagen details button[type=submit]");
        assertThat(browser.find("#bijlagen details").getAttribute("open")).isNotNull();
        assertThat(browser.text()).contains("Geef de reden, bijvoorbeeld 'verkeerd dossier' of 'verkeerd bestand'.");
        accessible("b05-intrekken-fout");
    }
}
