package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.TestData;

/**
 * Every screen of the foundation in real headless Chromium, as the people who use it: consultant, team lead,
 * policy officer, chain partner, functional administrator. Each page is checked with axe-core (WCAG 2.1 AA).
 */
class ScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    TestData data;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void loginRefusesAWrongPasswordInDutch() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        accessible("01-login");
        browser.login(TestData.CONSULTANT_WASSENAAR, "verkeerd");
        assertThat(browser.text()).contains("Gebruikersnaam of wachtwoord onjuist");
        accessible("02-login-fout");
    }

    @Autowired
    nl.regie.identity.Users users;

    @Test
    void demoConsultantWorksFromWorklistToDossierAndRecordsAStep() {
        // The README's demo account, as the demo profile creates it; the dossier is assigned to them.
        users.ensure(new nl.regie.identity.NewUser("consulent", "Sanne de Vries", nl.regie.identity.Role.CONSULTANT,
                "0629", null, "demo"));
        UUID id = data.wassenaarDossier();
        jdbc.sql("UPDATE dossier SET consultant_username = 'consulent' WHERE id = ?").param(id).update();
        browser.login("consulent", "demo");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/werkvoorraad");
        assertThat(browser.text()).contains("Werkvoorraad", "Haddad, Rasha", "Volgende stap", "Warme overdracht plannen");
        accessible("03-werkvoorraad");

        // Filtering with htmx replaces only the results.
        browser.choose("#status", "IN_ROUTE");
        browser.waitUntil(d -> !browser.text().contains("Haddad, Rasha"));
        browser.choose("#status", "LINKED");
        browser.waitUntil(d -> browser.text().contains("Haddad, Rasha"));
        assertThat(browser.driver.getCurrentUrl()).contains("status=LINKED");

        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("Rasha Haddad", "Gekoppeld", "Syrië (SYR)", "Tijdlijn", "Dossier aangemaakt");
        accessible("04-dossier");

        // A step dated in the future is refused next to the field; the typed reason is kept.
        browser.choose("#state", "HOUSED");
        browser.type("#date", "01-01-2099");
        browser.type("#reason", "Woning aan de Kerkstraat");
        browser.click("form[action$='/stap'] button[type=submit]");
        assertThat(browser.text()).contains("De datum ligt in de toekomst");
        assertThat(browser.find("#reason").getAttribute("value")).isEqualTo("Woning aan de Kerkstraat");
        accessible("05-dossier-stap-fout");

        browser.type("#date", LocalDate.now().format(DUTCH));
        browser.click("form[action$='/stap'] button[type=submit]");
        assertThat(browser.text()).contains("Stap vastgelegd: Gehuisvest.", "Gekoppeld → Gehuisvest", "Waarom: Woning aan de Kerkstraat",
                "vastgelegd door Sanne de Vries");
        accessible("06-dossier-na-stap");
    }

    @Test
    void consultantOpensANewDossierAfterFixingTheBsn() {
        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/nieuw");
        accessible("07-nieuw-dossier");
        browser.type("#bsn", "123456789");
        browser.type("#givenNames", "Yonas");
        browser.type("#familyName", "Gebremedhin");
        browser.type("#birthDate", "14-08-1998");
        browser.type("#nationality", "ERI");
        browser.type("#contactLanguage", "ti");
        browser.choose("#interpreterNeeded", "true");
        browser.choose("#targetGroup", "ASYLUM_PERMIT_HOLDER");
        browser.type("#linkedOn", LocalDate.now().minusDays(3).format(DUTCH));
        browser.type("#coa-azcLocation", "AZC Zweeloo");
        browser.click("form[action$='/dossiers/nieuw'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "elfproef");
        assertThat(browser.find("#familyName").getAttribute("value")).isEqualTo("Gebremedhin");
        assertThat(browser.find("#coa-azcLocation").getAttribute("value")).isEqualTo("AZC Zweeloo");
        accessible("08-nieuw-dossier-fout");

        browser.type("#bsn", TestData.freshBsn());
        browser.click("form[action$='/dossiers/nieuw'] button[type=submit]");
        assertThat(browser.text()).contains("Dossier aangemaakt.", "Yonas Gebremedhin", "COA-klantprofiel", "AZC Zweeloo");
    }

    @Test
    void teamLeadReassignsADossier() {
        UUID id = data.wassenaarDossier();
        browser.login(TestData.TEAM_LEAD_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        browser.choose("#consultantUsername", TestData.TEAM_LEAD_WASSENAAR);
        browser.type("#assign-reason", "Verlof consulent");
        browser.click("form[action$='/toewijzing'] button[type=submit]");
        assertThat(browser.text()).contains("Dossier toegewezen.", "Test Teamleider Wassenaar", "Waarom: Verlof consulent");
        accessible("09-dossier-teamleider");
        browser.open("/cijfers");
        assertThat(browser.text()).contains("Dossiers per status");
    }

    @Autowired
    nl.regie.dossier.RecordingLifecycleStep recording;

    @Test
    void consultantSeesTheLawsDeadlinesRecordsFactsAndAProgressMeeting() {
        LocalDate brp = LocalDate.now().minusDays(120);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(30));
        var c = data.user(TestData.CONSULTANT_WASSENAAR);
        long v = recording.record(c, id, 0, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = recording.record(c, id, v, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.BRP_REGISTERED, brp, null, null), null);
        v = recording.record(c, id, v, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.INTAKE_IN_PROGRESS, brp.plusDays(10), null, null), null);
        recording.record(c, id, v, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.PLAN_ESTABLISHED, brp.plusDays(60), null, null), null);

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("Wet en termijnen", "Inburgeringsplichtig", "Einde inburgeringstermijn",
                "Wi art. 11", "Voortgangsgesprekken");
        browser.tap("#termijnen details summary");
        accessible("16-dossier-wet-en-termijnen");

        browser.type("#benefitStartedOn", "31-31-2026");
        browser.click("form[action$='/feiten'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de feiten", "is geen geldige datum");
        assertThat(browser.find("#benefitStartedOn").getAttribute("value")).isEqualTo("31-31-2026");
        accessible("17-feiten-fout");

        browser.type("#benefitStartedOn", brp.format(DUTCH));
        browser.click("form[action$='/feiten'] button[type=submit]");
        assertThat(browser.text()).contains("Feiten vastgelegd", "Financieel ontzorgen tot en met", "Pw art. 56a");

        // Progress meetings have their own page (progress module); the overview summarises and links to it.
        assertThat(browser.text()).contains("Volgend gesprek gepland", "Laatst gevoerd");
        browser.click("a[href$='/voortgang']");
        assertThat(browser.text()).contains("Voortgangsgesprekken", "Planning", "Gevoerd gesprek vastleggen");
        accessible("18-dossier-voortgangsgesprekken");
    }

    @Test
    void consultantDraftsAndEstablishesAPipAsADecision() {
        LocalDate brp = LocalDate.now().minusDays(40);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(30));
        var c = data.user(TestData.CONSULTANT_WASSENAAR);
        long v = recording.record(c, id, 0, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = recording.record(c, id, v, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.BRP_REGISTERED, brp, null, null), null);
        recording.record(c, id, v, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.INTAKE_IN_PROGRESS, brp.plusDays(5), null, null), null);

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        browser.click("a[href$='/pip']");
        assertThat(browser.text()).contains("Plan Inburgering en Participatie", "Er is nog geen PIP", "Eerste PIP opstellen");
        accessible("21-pip-leeg");

        browser.choose("#learningRoute", "B1");
        browser.type("#provider", "Taalschool De Brug");
        browser.click("form[action$='/pip/concept'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Onderbouw de keuze voor de leerroute");
        assertThat(browser.find("#provider").getAttribute("value")).isEqualTo("Taalschool De Brug");
        accessible("22-pip-concept-fout");

        browser.type("#routeReasons", "Leerbaarheidstoets hoog; wil in de zorg werken; eigen voorkeur B1.");
        browser.type("#knm", "KNM in de eerste zes maanden");
        browser.type("#labourMarketModule", "MAP met praktijkdeel bij een zorginstelling");
        browser.type("#participationStatement", "PVT met excursie");
        browser.tap("#summaryAr");
        browser.click("form[action$='/pip/concept'] button[type=submit]");
        assertThat(browser.text()).contains("PIP-concept opgeslagen", "Concept versie 1", "Vaststellen als beschikking");

        browser.type("#datedOn", LocalDate.now().format(DUTCH));
        browser.click("form[action$='/pip/vaststellen'] button[type=submit]");
        assertThat(browser.text()).contains("PIP versie 1 vastgesteld", "Vastgesteld", "Beschikking versie 1 (pdf)");
        accessible("23-pip-vastgesteld");
        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("PIP vastgesteld", "Start inburgeringstermijn");
    }

    @Test
    void teamLeadReviewsTheSignals() {
        data.wassenaarDossierLinkedOn(LocalDate.now().minusYears(1));
        UUID late = data.wassenaarDossierLinkedOn(LocalDate.now().minusDays(200));
        var c = data.user(TestData.CONSULTANT_WASSENAAR);
        long v = recording.record(c, late, 0, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.HOUSED, LocalDate.now().minusDays(150), null, null), null);
        recording.record(c, late, v, new nl.regie.dossier.DossierLifecycle.StepRequest(
                nl.regie.dossier.DossierState.BRP_REGISTERED, LocalDate.now().minusDays(150), null, null), null);
        browser.login(TestData.TEAM_LEAD_WASSENAAR, TestData.PASSWORD);
        browser.open("/signalen");
        assertThat(browser.text()).contains("Per consulent", "Meest urgent", "Termijn verstreken");
        accessible("19-signalen-teamleider");
        browser.open("/werkvoorraad");
        assertThat(browser.text()).contains("Signalen", "PIP uiterlijk vastgesteld");
        accessible("20-werkvoorraad-signalen");
    }

    @Test
    void policyOfficerSeesOnlyFigures() {
        data.wassenaarDossier();
        browser.login(TestData.POLICY_OFFICER_WASSENAAR, TestData.PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/cijfers");
        assertThat(browser.text()).contains("Dossiers per status").doesNotContain("Werkvoorraad");
        accessible("10-cijfers");
        browser.open("/werkvoorraad");
        assertThat(browser.text()).contains("Geen toegang");
        accessible("11-geen-toegang");
    }

    @Test
    void chainPartnerSeesAnEmptyWorklist() {
        browser.login(TestData.CHAIN_PARTNER, TestData.PASSWORD);
        assertThat(browser.text()).contains("Er zijn nog geen verwijzingen", "0 dossiers");
        accessible("12-ketenpartner");
    }

    @Test
    void administratorManagesUsersPolicyAndReadsTheAccessLog() {
        browser.login(TestData.ADMIN, TestData.PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/beheer/gebruikers");
        assertThat(browser.text()).contains(TestData.CONSULTANT_WASSENAAR);
        accessible("13-gebruikers");

        browser.open("/beheer/beleid?gemeente=0299");
        assertThat(browser.text()).contains("6 weken na huisvesting");
        browser.type("#validFrom", "01-01-2027");
        browser.type("#financialReliefMonths", "2");
        browser.click("form[action$='/beheer/beleid'][method=post] button[type=submit]");
        assertThat(browser.text()).contains("Ontzorgen duurt minstens 6 maanden");
        assertThat(browser.find("#validFrom").getAttribute("value")).isEqualTo("01-01-2027");
        accessible("14-beleid-fout");

        browser.open("/beheer/toegangslog");
        assertThat(browser.text()).contains("Toegangslog");
        accessible("15-toegangslog");
    }
}
