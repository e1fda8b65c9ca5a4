package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.regie.TestData;
import nl.regie.dossier.NewDossier;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.relief.ReliefFixtures;
import nl.regie.relief.SepaSchema;
import nl.regie.rules.TargetGroup;

/**
 * Financieel ontzorgen through the screens, in real headless Chromium with axe-core (WCAG 2.1 AA) on every state: a
 * consultant starts the arrangement and adds rent, energy, water and health insurance (a wrong IBAN refused in Dutch,
 * the form kept); the voortgangsgesprekken page shows the status; the team lead produces the month's payment run,
 * downloads the SEPA file (validated against the official pain.001.001.09 XSD), and a second identical run from a page
 * opened earlier is refused. A family migrant's page explains why there is no ontzorgen.
 */
class ReliefScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yyyy");

    @Autowired
    ReliefFixtures fixtures;

    @Autowired
    TestData data;

    @Autowired
    RegisteringDossier registering;

    @Autowired
    JdbcClient jdbc;

    private void showing(String css) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
    }

    private void addCharge(String kind, String creditor, String iban, String reference, String amount, String dueDay, String from) {
        browser.choose("#kind", kind);
        browser.type("#creditorName", creditor);
        browser.type("#creditorIban", iban);
        browser.type("#paymentReference", reference);
        browser.type("#monthlyAmount", amount);
        browser.type("#dueDay", dueDay);
        browser.type("#validFrom", from);
        browser.click("form[action$='/ontzorgen/vaste-lasten'] button[type=submit]");
    }

    /** The first of next month, this month and last month without a Wassenaar run yet (a rerun finds its own run made). */
    private YearMonth freeMonth() {
        YearMonth now = YearMonth.now();
        for (YearMonth m : List.of(now, now.plusMonths(1), now.minusMonths(1))) {
            long runs = jdbc.sql("SELECT COUNT(*) FROM relief_payment_run WHERE municipality_code = '0629' AND pay_month = ? AND run_key = 'REGULAR'")
                    .param(m.atDay(1)).query(Long.class).single();
            if (runs == 0) {
                return m;
            }
        }
        throw new IllegalStateException("Geen vrije maand voor de betaalrun");
    }

    @Test
    void consultantArrangesFourChargesAndTheTeamLeadProducesTheSepaFileOnce() throws Exception {
        LocalDate start = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        String first = start.format(MONTH);
        UUID id = fixtures.onBenefitSince(start);
        UUID family = registering.register(data.user(TestData.CONSULTANT_WASSENAAR), new NewDossier(null, TestData.freshBsn(), "Omar",
                "Haddad", LocalDate.of(1988, 2, 1), "SYR", TargetGroup.FAMILY_MIGRANT, "ar", false, null, null,
                LocalDate.now().minusDays(20), null, List.of(), null));

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + family + "/ontzorgen");
        assertThat(browser.text()).contains("Ontzorgen is niet mogelijk.", "alleen voor asielstatushouders", "art. 56a");
        accessible("o01-gezinsmigrant-geen-ontzorgen");

        browser.open("/dossiers/" + id);
        browser.click("nav.regie-dossier-nav a[href$='/ontzorgen']");
        assertThat(browser.text()).contains("Financieel ontzorgen", "Ontzorgen starten", start.format(DUTCH), "6 maanden",
                start.plusMonths(6).minusDays(1).format(DUTCH));
        accessible("o02-starten");

        browser.type("#benefitAmount", "1.250,00");
        browser.type("#newcomerIban", "NL36 INGB 0007 6543 22");
        browser.click("form[action$='/ontzorgen'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "De controlecijfers van IBAN 'NL36 INGB 0007 6543 22' kloppen niet");
        assertThat(browser.find("#benefitAmount").getAttribute("value")).isEqualTo("1.250,00");
        accessible("o03-starten-fout");
        browser.type("#newcomerIban", "NL36 INGB 0007 6543 21");
        browser.click("form[action$='/ontzorgen'] button[type=submit]");
        assertThat(browser.text()).contains("Financieel ontzorgen gestart", "Voeg nu de vaste lasten toe.", "€ 1.250,00",
                "Nog niet: leg de afspraken", "Er zijn nog geen vaste lasten vastgelegd.");
        accessible("o04-gestart");

        // A mistyped IBAN of the landlord: refused next to the field, everything typed kept.
        addCharge("RENT", "Woonstichting De Duinen", "NL91 ABNA 0417 1643 01", "HUUR-2026-0042", "650,00", "1", first);
        assertThat(browser.text()).contains("Controleer de invoer", "kloppen niet (ISO 13616)");
        assertThat(browser.find("#creditorName").getAttribute("value")).isEqualTo("Woonstichting De Duinen");
        assertThat(browser.find("#monthlyAmount").getAttribute("value")).isEqualTo("650,00");
        showing("#creditorIban");
        accessible("o05-vaste-last-fout");
        addCharge("RENT", "Woonstichting De Duinen", "NL91 ABNA 0417 1643 00", "HUUR-2026-0042", "650,00", "1", first);
        assertThat(browser.text()).contains("Vaste last toegevoegd: huur, € 650,00 per maand.");
        addCharge("ENERGY", "Energie Direct", "NL20INGB0001234567", "KLANT 7731", "120,50", "15", first);
        addCharge("WATER", "Dunea", "NL44RABO0123456789", "W-99812", "22,75", "20", first);
        addCharge("HEALTH_INSURANCE", "Zilveren Kruis", "NL63TRIO0212345678", "POLIS 55-1", "148,00", "28", first);
        assertThat(browser.findAll("#vaste-lasten tbody tr")).hasSize(4);
        assertThat(browser.find("#maanden tbody tr").getText()).contains("€ 1.250,00", "€ 941,25 (4)", "€ 308,75", "Niet betaald");
        assertThat(browser.find("#maanden tr[data-month='" + YearMonth.now() + "']").getText()).contains("€ 941,25 (4)", "Nog te betalen");
        showing("#kop-vaste-lasten");
        accessible("o06-vier-vaste-lasten");

        browser.choose("#checkpointKind", "BUDGET_TRAINING_STARTED");
        browser.type("#checkpointNote", "Budgetcursus bij Humanitas, 6 bijeenkomsten");
        browser.click("form[action$='/ontzorgen/zelfredzaamheid'] button[type=submit]");
        assertThat(browser.text()).contains("Vastgelegd: budgettraining gestart.", "Budgettraining: gestart",
                "Budgetcursus bij Humanitas, 6 bijeenkomsten");
        showing("#kop-zelfredzaamheid");
        accessible("o07-zelfredzaamheid");

        // At the voortgangsgesprekken the consultant sees where ontzorgen stands (a card served by the relief module).
        browser.click("nav.regie-dossier-nav a[href$='/voortgang']");
        browser.waitUntil(d -> browser.text().contains("Financieel ontzorgen bekijken of wijzigen"));
        assertThat(browser.find("#ontzorgen-kaart").getText()).contains("Loopt tot en met", "4 lopend, samen € 941,25 per maand",
                "Budgettraining", "gestart");
        accessible("o08-voortgang-ontzorgen");

        // The team lead produces the month's run from one tab; a page opened earlier in another tab tries again.
        YearMonth month = freeMonth();
        browser.login(TestData.TEAM_LEAD_WASSENAAR, TestData.PASSWORD);
        String page = "/ontzorgen/betaalrun?maand=" + month;
        browser.open(page);
        assertThat(browser.text()).contains("Betaalrun ontzorgen", "Rasha Haddad", "Van: Gemeente Wassenaar, NL14 BNGH 0285 0012 34");
        String row = browser.find("#berekend tr[data-dossier='" + id + "']").getText();
        assertThat(row).contains("€ 1.250,00", "Huur: € 650,00 aan Woonstichting De Duinen", "Restant uitkering: € 308,75", "Te betalen");
        accessible("o09-betaalrun-berekend");
        String firstTab = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open(page);
        if (!browser.findAll("#confirmShortfalls").isEmpty()) {
            browser.tap("#confirmShortfalls");
        }
        browser.click("#betaalrun-aanmaken button[type=submit]");
        String messageId = "ONTZ-0629-" + month + "-R";
        assertThat(browser.text()).contains("Betaalrun " + messageId + " aangemaakt", "Download " + messageId + ".xml");
        accessible("o10-betaalrun-aangemaakt");

        String href = browser.find("#runs a[href$='/sepa.xml']").getAttribute("href");
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
        String xml = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('FOUT ' + e));""", href);
        assertThat(SepaSchema.failures(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(xml).contains("<MsgId>" + messageId + "</MsgId>", "<Nm>Woonstichting De Duinen</Nm>", "<IBAN>NL91ABNA0417164300</IBAN>",
                "<InstdAmt Ccy=\"EUR\">650.00</InstdAmt>", "<InstdAmt Ccy=\"EUR\">120.50</InstdAmt>", "<InstdAmt Ccy=\"EUR\">22.75</InstdAmt>",
                "<InstdAmt Ccy=\"EUR\">148.00</InstdAmt>", "<InstdAmt Ccy=\"EUR\">308.75</InstdAmt>", "<Ustrd>POLIS 55-1 Zorgverzekering");

        browser.driver.close();
        browser.driver.switchTo().window(firstTab);
        assertThat(browser.findAll("#betaalrun-aanmaken button[type=submit]")).isNotEmpty();
        if (!browser.findAll("#confirmShortfalls").isEmpty()) {
            browser.tap("#confirmShortfalls");
        }
        browser.click("#betaalrun-aanmaken button[type=submit]");
        assertThat(browser.text()).contains("Niet opnieuw aangemaakt.", "is al aangemaakt door Test Teamleider Wassenaar",
                messageId, "Er is niets opnieuw betaald");
        assertThat(browser.findAll("#runs tbody tr")).hasSize(1);
        assertThat(browser.findAll("#betaalrun-aanmaken button[type=submit]")).isEmpty();
        accessible("o11-tweede-betaalrun-geweigerd");

        // The consultant sees the month paid, on the relief page and on the timeline.
        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id + "/ontzorgen");
        assertThat(browser.find("#maanden tr[data-month='" + month + "']").getText()).contains("Betaald (" + messageId + ")");
        showing("#kop-maanden");
        accessible("o12-maand-betaald");
    }
}
