package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.TestData;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.plan.DraftingPlan;
import nl.regie.plan.EstablishingPlan;
import nl.regie.plan.PlanContent;
import nl.regie.progress.MissedMeeting;
import nl.regie.progress.MissedReason;
import nl.regie.progress.RecordingProgressMeeting;
import nl.regie.rules.LearningRoute;

/**
 * Handhaving in real headless Chromium: a consultant records a breach from a missed progress meeting, Regie proposes
 * a warning and the consultant decides it; a second breach leads to a proposed fine the consultant decides; the team
 * lead finds it in the approval queue and approves it; the warning letter and the beschikking download as PDFs. A DUO
 * extension recorded on the same page becomes the dossier's term end. axe-core on every state.
 */
class EnforcementScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    TestData data;

    @Autowired
    RecordingLifecycleStep steps;

    @Autowired
    DraftingPlan drafting;

    @Autowired
    EstablishingPlan establishing;

    @Autowired
    RecordingProgressMeeting meetings;

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find(css));
    }

    /** Fetches a link in the browser's session: its status, content type and the first five bytes. */
    private String fetchStart(String href) {
        return (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
                    + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));""", href);
    }

    /** A Wassenaar asylum permit holder with an established PIP who did not come to the first progress meeting. */
    private UUID dossierWithMissedMeeting(LocalDate pip) {
        var c = data.user(TestData.CONSULTANT_WASSENAAR);
        LocalDate brp = pip.minusDays(50);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(30));
        long v = steps.record(c, id, 0, new DossierLifecycle.StepRequest(DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, pip.minusDays(20), null, null), null);
        drafting.save(c, id, new PlanContent(LearningRoute.B1, "Leerbaarheidstoets hoog.", "Taalschool De Brug", "KNM in het eerste half jaar",
                "MAP bij een zorginstelling", "PVT met excursie", "Vrijwilligerswerk", "Zes maanden ontzorgen", null, null, 8, Set.of()), null, null);
        establishing.establish(c, id, 0, pip);
        meetings.missed(c, id, new MissedMeeting(1, pip.plusMonths(3), MissedReason.NO_SHOW, false, null));
        return id;
    }

    @Test
    void aWarningFirstThenAFineApprovedByTheTeamLeadWithItsBeschikking() {
        LocalDate pip = LocalDate.now().minusDays(200);
        UUID id = dossierWithMissedMeeting(pip);
        LocalDate missedOn = pip.plusMonths(3);

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        browser.click("nav.regie-dossier-nav a[href$='/handhaving']");
        assertThat(browser.text()).contains("Handhaving", "Boetebeleid van de gemeente", "€ 100,00 → € 250,00 → € 500,00",
                "Gemiste voortgangsgesprekken zonder geldige reden", "Gesprek 1 op " + missedOn.format(DUTCH), "Er zijn geen overtredingen vastgelegd.");
        accessible("e01-handhaving-kandidaat");

        // From the missed meeting: the form is prefilled; without the hearing and the assessment it is refused, input kept.
        browser.click("#kandidaten a[data-meeting]");
        assertThat(browser.find("#breach-conductOn").getAttribute("value")).isEqualTo(missedOn.format(DUTCH));
        browser.type("#breach-culpabilityReasoning", "Uitnodiging met tolk besproken; geen bericht van verhindering.");
        browser.click("form[action$='/handhaving/overtreding'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Leg vast wat de inburgeraar zelf heeft verklaard.",
                "Geef aan of er een geldige reden was.");
        assertThat(browser.find("#breach-culpabilityReasoning").getAttribute("value")).isEqualTo("Uitnodiging met tolk besproken; geen bericht van verhindering.");
        scrollTo("#kop-overtreding");
        accessible("e02-overtreding-fout");
        browser.type("#breach-heardOn", missedOn.plusDays(7).format(DUTCH));
        browser.type("#breach-statement", "Ik dacht dat de afspraak een week later was.");
        browser.tap("#breach-valid-no");
        browser.click("form[action$='/handhaving/overtreding'] button[type=submit]");
        assertThat(browser.text()).contains("Overtreding vastgelegd", "Voorstel van Regie: schriftelijke waarschuwing",
                "Eerste overtreding: eerst een schriftelijke waarschuwing", "C-158/23");
        assertThat(browser.findAll("#kandidaten")).isEmpty();
        scrollTo("article.regie-breach");
        accessible("e03-voorstel-waarschuwing");

        // The consultant decides the proposed warning: final at once.
        browser.click("article.regie-breach form[action$='/besluit'] button[type=submit]");
        assertThat(browser.text()).contains("Besluit vastgelegd: schriftelijke waarschuwing.", "Definitief", "Waarschuwingsbrief (PDF/A)");
        assertThat(fetchStart(browser.find("a.regie-letter-link[href$='waarschuwing.pdf']").getAttribute("href")))
                .isEqualTo("200 application/pdf %PDF-");
        scrollTo("article.regie-breach");
        accessible("e04-waarschuwing-definitief");

        // A second breach: Regie now proposes the first fine of the ladder.
        browser.choose("#breach-obligation", "PLAN_AGREEMENT");
        browser.type("#breach-conductOn", LocalDate.now().minusDays(10).format(DUTCH));
        browser.type("#breach-facts", "Drie weken niet naar de taalles gegaan, zoals in het PIP afgesproken.");
        browser.type("#breach-heardOn", LocalDate.now().minusDays(3).format(DUTCH));
        browser.type("#breach-statement", "Ik had geen zin.");
        browser.tap("#breach-valid-no");
        browser.type("#breach-culpabilityReasoning", "Geen geldige reden; de afspraak was bekend en eerder gewaarschuwd.");
        browser.click("form[action$='/handhaving/overtreding'] button[type=submit]");
        assertThat(browser.text()).contains("Voorstel van Regie: bestuurlijke boete van € 100,00", "Boete volgens trede 1 van de boeteladder",
                "1 eerdere gesanctioneerde overtreding");
        scrollTo("article.regie-breach:last-of-type");
        accessible("e05-voorstel-boete");
        browser.click("article.regie-breach:last-of-type form[action$='/besluit'] button[type=submit]");
        assertThat(browser.text()).contains("Boete voorgesteld. Een teamleider beoordeelt haar", "Wacht op goedkeuring teamleider",
                "wacht op goedkeuring door een teamleider die haar niet zelf heeft voorgesteld");
        scrollTo("article.regie-breach:last-of-type");
        accessible("e06-boete-wacht-op-goedkeuring");

        // The team lead: the queue, then approval on the dossier's page.
        browser.login(TestData.TEAM_LEAD_WASSENAAR, TestData.PASSWORD);
        browser.click("nav.regie-nav a[href$='/handhaving/goedkeuren']");
        assertThat(browser.text()).contains("Boetes goedkeuren", "Rasha Haddad", "€ 100,00", "Test Consulent Wassenaar")
                .doesNotContain(TestData.CONSULTANT_WASSENAAR);
        accessible("e07-teamleider-wachtrij");
        browser.click("#boetes-goedkeuren a[href*='" + id + "']");
        browser.tap("article.regie-breach:last-of-type input[value=approve]");
        browser.click("article.regie-breach:last-of-type form[action$='/beoordeling'] button[type=submit]");
        assertThat(browser.text()).contains("Boete goedgekeurd. De beschikking is gemaakt en gearchiveerd.", "Goedgekeurd",
                "dagtekening " + LocalDate.now().format(DUTCH), "Boetebeschikking (PDF/A)", "Bezwaar ontvangen");
        scrollTo("article.regie-breach:last-of-type");
        accessible("e08-goedgekeurd-met-beschikking");

        // The beschikking downloads as a PDF.
        assertThat(fetchStart(browser.find("a.regie-letter-link[href$='beschikking.pdf']").getAttribute("href")))
                .isEqualTo("200 application/pdf %PDF-");

        browser.open("/handhaving/goedkeuren");
        assertThat(browser.findAll("a[href*='" + id + "']")).isEmpty();
        accessible("e09-wachtrij-na-goedkeuring");
    }

    @Test
    void aDuoExtensionIsRecordedOnceAndBecomesTheDossiersTermEnd() {
        LocalDate pip = LocalDate.now().minusDays(200);
        UUID id = dossierWithMissedMeeting(pip);
        LocalDate newEnd = LocalDate.now().plusYears(3);

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id + "/handhaving");
        // Without the new end date the form is refused; what was entered stays.
        browser.choose("#duo-kind", "TERM_EXTENDED");
        browser.type("#duo-decidedOn", LocalDate.now().minusDays(2).format(DUTCH));
        browser.type("#duo-reference", "DUO-2026-0042");
        browser.click("form[action$='/handhaving/duo'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Vul de nieuwe einddatum van de termijn in.");
        assertThat(browser.find("#duo-reference").getAttribute("value")).isEqualTo("DUO-2026-0042");
        scrollTo("#kop-duo-nieuw");
        accessible("e10-duo-verlenging-fout");

        browser.type("#duo-newTermEnd", newEnd.format(DUTCH));
        browser.click("form[action$='/handhaving/duo'] button[type=submit]");
        assertThat(browser.text()).contains("Besluit van DUO vastgelegd.", "Verlenging van de inburgeringstermijn", "DUO-2026-0042",
                newEnd.format(DUTCH));
        scrollTo("#kop-duo");
        accessible("e11-duo-verlenging-vastgelegd");

        // The dossier's term now ends on DUO's date: no second entry under "Feiten voor de wet".
        browser.open("/dossiers/" + id);
        assertThat(browser.find("tr[data-code=TERM_END]").getAttribute("data-date")).isEqualTo(newEnd.toString());
        assertThat(browser.find("tr[data-code=TERM_END]").getText()).contains(newEnd.format(DUTCH), "Wi art. 12");
        assertThat(browser.find("#termExtendedUntil").getAttribute("value")).isEqualTo(newEnd.format(DUTCH));
        scrollTo("#termijnen");
        accessible("e12-dossier-termijn-verlengd");
    }

    @Test
    void thePolicyOfficerRecordsTheMunicipalitysOwnFinePolicy() {
        browser.login(TestData.POLICY_OFFICER_WASSENAAR, TestData.PASSWORD);
        browser.click("nav.regie-nav a[href$='/handhaving/beleid']");
        assertThat(browser.text()).contains("Boetebeleid", "€ 100,00 → € 250,00 → € 500,00", "bij de installatie", "Nieuwe versie vastleggen");
        // The form starts from the version in force today.
        assertThat(browser.find("#ladder1").getAttribute("value")).isEqualTo("100");
        assertThat(browser.find("#secondChanceMonths").getAttribute("value")).isEqualTo("24");

        // A far-future year per run (FinePolicyTest takes 2100-8999), so a shared PostgreSQL database never sees it twice.
        String validFrom = "01-01-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(9000, 10000);
        browser.type("#validFrom", validFrom);
        browser.type("#ladder3", "900");
        browser.click("form[action$='/handhaving/beleid'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Een boete is ten hoogste € 800,00 (Wi art. 22",
                "Noem het besluit waarmee dit beleid is vastgesteld");
        assertThat(browser.find("#ladder3").getAttribute("value")).isEqualTo("900");
        assertThat(browser.find("#validFrom").getAttribute("value")).isEqualTo(validFrom);
        scrollTo("#kop-nieuwe-versie");
        accessible("e13-boetebeleid-fout");

        browser.type("#ladder3", "750");
        browser.type("#source", "Beleidsregels handhaving Wet inburgering 2021, vastgesteld door het college op 12-11-2026");
        browser.click("form[action$='/handhaving/beleid'] button[type=submit]");
        assertThat(browser.text()).contains("Versie van het boetebeleid vanaf " + validFrom + " vastgelegd.",
                "€ 100,00 → € 250,00 → € 750,00", "Test Beleid Wassenaar");
        accessible("e14-boetebeleid-nieuwe-versie");
    }
}
