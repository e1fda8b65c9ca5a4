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
import nl.regie.rules.LearningRoute;

/**
 * The voortgangsgesprekken screens in real headless Chromium, as a consultant: plan a meeting on an agreed date,
 * record a held one per life domain (with a PIP revision prompt), record a missed one; then the team lead's list; and the
 * newcomer's satisfaction scores.
 * Every state is checked with axe-core (WCAG 2.1 AA) and saved as a screenshot.
 */
class ProgressScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    TestData data;

    @Autowired
    RecordingLifecycleStep steps;

    @Autowired
    DraftingPlan drafting;

    @Autowired
    EstablishingPlan establishing;

    /** Brings an element to the top of the window, so the screenshot shows what the step is about. */
    private void scrollTo(String css) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find(css));
    }

    /** A Wassenaar asylum permit holder whose first PIP was established as a decision {@code days} ago. */
    private UUID dossierWithPip(LocalDate datedOn) {
        var c = data.user(TestData.CONSULTANT_WASSENAAR);
        LocalDate brp = datedOn.minusDays(50);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(30));
        long v = steps.record(c, id, 0, new DossierLifecycle.StepRequest(DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        steps.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, datedOn.minusDays(20), null, null), null);
        drafting.save(c, id, new PlanContent(LearningRoute.B1, "Leerbaarheidstoets hoog; wil in de zorg werken.", "Taalschool De Brug",
                "KNM in het eerste half jaar", "MAP bij een zorginstelling", "PVT met excursie", "Vrijwilligerswerk",
                "Zes maanden ontzorgen", null, null, 8, Set.of()), null, null);
        establishing.establish(c, id, 0, datedOn);
        return id;
    }

    @Test
    void consultantPlansHoldsAndMissesMeetingsAndTheTeamLeadSeesTheMissedOne() {
        LocalDate pip = LocalDate.now().minusDays(200);
        UUID id = dossierWithPip(pip);
        LocalDate first = pip.plusMonths(3);
        LocalDate second = pip.plusMonths(6);

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("Voortgangsgesprekken", "Volgend gesprek gepland", first.format(DUTCH));
        scrollTo("#kop-gesprekken");
        accessible("p01-dossier-samenvatting-gesprekken");
        browser.click("nav.regie-dossier-nav a[href$='/voortgang']");
        assertThat(browser.text()).contains("Voortgangsgesprekken", "eerste 12 maanden elke 3 maanden, daarna elke 6 maanden",
                "Over datum", "Gepland");
        accessible("p02-voortgang-planning");

        // Plan meeting 3 on an agreed date: a date in the past is refused, the typed input stays.
        browser.choose("#plan-number", "3");
        browser.type("#plan-plannedOn", LocalDate.now().minusDays(2).format(DUTCH));
        browser.type("#plan-note", "Met tolk Arabisch, gemeentehuis");
        browser.click("form[action$='/voortgang/plannen'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Een afspraak ligt op vandaag of later");
        assertThat(browser.find("#plan-note").getAttribute("value")).isEqualTo("Met tolk Arabisch, gemeentehuis");
        scrollTo("#kop-plannen");
        accessible("p03-plannen-fout");
        LocalDate agreed = LocalDate.now().plusDays(14);
        browser.type("#plan-plannedOn", agreed.format(DUTCH));
        browser.click("form[action$='/voortgang/plannen'] button[type=submit]");
        assertThat(browser.text()).contains("Gesprek 3 gepland op " + agreed.format(DUTCH), "(afgesproken)", "Met tolk Arabisch");
        accessible("p04-gepland");

        // Hold meeting 1 per life domain: a date in the future is refused with the notes kept.
        browser.choose("#held-number", "1");
        browser.type("#held-heldOn", LocalDate.now().plusDays(1).format(DUTCH));
        browser.type("#held-discussed-LANGUAGE_AND_ROUTE", "Taalles vier dagdelen per week; A2 lezen gehaald.");
        browser.type("#held-agreements-LANGUAGE_AND_ROUTE", "Examen luisteren in juni inplannen.");
        browser.type("#held-discussed-WORK_AND_PARTICIPATION", "Wil in de zorg werken; vrijwilligerswerk in het verpleeghuis.");
        browser.type("#held-agreements-WORK_AND_PARTICIPATION", "Snuffelstage regelen via het werkgeversservicepunt.");
        browser.type("#held-discussed-HEALTH", "Slaapt slecht; huisarts verwijst door.");
        browser.tap("#held-planRevisionNeeded");
        browser.click("form[action$='/voortgang/gevoerd'] button[type=submit]");
        assertThat(browser.text()).contains("De datum ligt in de toekomst", "Geef aan waarom het PIP herzien moet worden.");
        assertThat(browser.find("#held-discussed-WORK_AND_PARTICIPATION").getAttribute("value"))
                .isEqualTo("Wil in de zorg werken; vrijwilligerswerk in het verpleeghuis.");
        assertThat(browser.find("#held-planRevisionNeeded").isSelected()).isTrue();
        scrollTo("#kop-gevoerd");
        accessible("p05-gevoerd-fout");
        browser.type("#held-heldOn", first.plusDays(1).format(DUTCH));
        browser.type("#held-planRevisionReason", "Wil schakelen naar een zorgopleiding; participatie-afspraken aanpassen.");
        browser.click("form[action$='/voortgang/gevoerd'] button[type=submit]");
        assertThat(browser.text()).contains("Gesprek 1 vastgelegd als gevoerd", "Aanleiding voor PIP-herziening uit gesprek 1",
                "Naar het PIP om een herziening op te stellen", "Slaapt slecht; huisarts verwijst door.",
                "Snuffelstage regelen via het werkgeversservicepunt.");
        accessible("p06-gevoerd-met-herzieningsmelding");
        scrollTo("#kop-verslagen");
        browser.screenshot("p07-verslag-per-leefgebied");

        // Meeting 2 was missed: the newcomer did not come. First without saying whether there was a valid reason.
        browser.choose("#missed-number", "2");
        browser.type("#missed-on", second.format(DUTCH));
        browser.choose("#missed-reason", "NO_SHOW");
        browser.click("form[action$='/voortgang/gemist'] button[type=submit]");
        assertThat(browser.text()).contains("Geef aan of er een geldige reden was om niet te verschijnen.");
        assertThat(browser.find("#missed-on").getAttribute("value")).isEqualTo(second.format(DUTCH));
        scrollTo("#kop-gemist");
        accessible("p08-gemist-fout");
        browser.tap("#missed-valid-no");
        browser.click("form[action$='/voortgang/gemist'] button[type=submit]");
        assertThat(browser.text()).contains("Gesprek 2 vastgelegd als gemist", "Niet verschenen, zonder geldige reden",
                "Mogelijke schending", "1 keer niet verschenen zonder geldige reden");
        accessible("p09-gemist");
        scrollTo("#kop-gemiste");
        browser.screenshot("p10-gemiste-gesprekken");

        // The PIP page is one click away from the revision prompt.
        browser.click("a[href$='/pip'].utrecht-link");
        assertThat(browser.text()).contains("Plan Inburgering en Participatie");

        // The team lead: the missed meeting on their list, possible breaches first; the signal on the overview.
        browser.login(TestData.TEAM_LEAD_WASSENAAR, TestData.PASSWORD);
        browser.open("/signalen/voortgangsgesprekken");
        assertThat(browser.text()).contains("Gemiste voortgangsgesprekken", "Rasha Haddad", "Niet verschenen, zonder geldige reden",
                "Mogelijke schending");
        accessible("p11-teamleider-gemiste-gesprekken");
        browser.open("/dossiers/" + id + "/voortgang");
        assertThat(browser.text()).contains("Slaapt slecht", "Alle gemiste voortgangsgesprekken in uw gemeente");
        browser.open("/signalen");
        assertThat(browser.text()).contains("Niet verschenen");
        accessible("p12-teamleider-signalen");
    }

    @Test
    void consultantRecordsTheNewcomersSatisfactionScores() {
        UUID id = dossierWithPip(LocalDate.now().minusDays(120));
        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id + "/voortgang");
        assertThat(browser.text()).contains("Tevredenheid", "Nog geen cijfers vastgelegd.");
        scrollTo("#kop-tevredenheid");
        accessible("p15-tevredenheid-leeg");

        // A mark above 10 is refused next to the field; the subject and the date stay as chosen.
        String twoWeeksAgo = LocalDate.now().minusDays(14).format(DUTCH);
        browser.choose("#satisfaction-subject", "SOCIAL_GUIDANCE");
        browser.type("#satisfaction-score", "12");
        browser.type("#satisfaction-answeredOn", twoWeeksAgo);
        browser.click("form[action$='/voortgang/tevredenheid'] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Een cijfer ligt tussen 1 en 10; 12 kan niet.");
        assertThat(browser.find("#satisfaction-score").getAttribute("value")).isEqualTo("12");
        assertThat(browser.find("#satisfaction-score").getAttribute("aria-describedby")).contains("satisfaction-score-fout");
        assertThat(browser.find("#satisfaction-subject").getAttribute("value")).isEqualTo("SOCIAL_GUIDANCE");
        assertThat(browser.find("#satisfaction-answeredOn").getAttribute("value")).isEqualTo(twoWeeksAgo);
        scrollTo("#kop-tevredenheid");
        accessible("p16-tevredenheid-fout");

        browser.type("#satisfaction-score", "8");
        browser.click("form[action$='/voortgang/tevredenheid'] button[type=submit]");
        assertThat(browser.text()).contains("Tevredenheid vastgelegd: Maatschappelijke begeleiding, cijfer 8.");
        browser.choose("#satisfaction-subject", "PARTICIPATION_STATEMENT");
        browser.type("#satisfaction-score", "7");
        browser.type("#satisfaction-answeredOn", LocalDate.now().format(DUTCH));
        browser.click("form[action$='/voortgang/tevredenheid'] button[type=submit]");
        assertThat(browser.findAll("#tevredenheid-antwoorden tbody tr")).hasSize(2);
        assertThat(browser.find("#tevredenheid-antwoorden tbody tr").getText())
                .contains(LocalDate.now().format(DUTCH), "Participatieverklaringstraject (PVT)", "7");
        assertThat(browser.text()).contains(twoWeeksAgo + " Maatschappelijke begeleiding 8 " + TestData.CONSULTANT_WASSENAAR);
        scrollTo("#kop-tevredenheid");
        accessible("p17-tevredenheid-vastgelegd");

        // The timeline on the overview says what was recorded.
        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("Tevredenheid vastgelegd: Participatieverklaringstraject (PVT), cijfer 7");
    }

    @Test
    void administratorSetsADenserStartForAMunicipality() {
        browser.login(TestData.ADMIN, TestData.PASSWORD);
        browser.open("/beheer/beleid?gemeente=1509");
        assertThat(browser.text()).contains("Ritme van de voortgangsgesprekken",
                "eerste 12 maanden elke 3 maanden, daarna elke 6 maanden (8 in drie jaar)");
        // The form starts from the current cadence.
        assertThat(browser.find("#cadenceFirstUntil").getAttribute("value")).isEqualTo("12");
        assertThat(browser.find("#cadenceThenEvery").getAttribute("value")).isEqualTo("6");

        // A far-future year per run, so a shared PostgreSQL database never sees the same valid-from twice. From 9000 on:
        // MunicipalPolicyTest adds versions for this municipality in 2100-8999, so the two never pick the same year.
        String validFrom = "01-01-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(9000, 10000);
        browser.type("#validFrom", validFrom);
        browser.type("#financialReliefMonths", "6");
        browser.type("#cadenceFirstUntil", "6");
        browser.type("#cadenceFirstEvery", "1");
        browser.type("#cadenceSecondUntil", "3");
        browser.type("#cadenceSecondEvery", "2");
        browser.click("form[action$='/beheer/beleid'][method=post] button[type=submit]");
        assertThat(browser.text()).contains("Controleer de invoer", "Deze periode moet na de vorige eindigen (na maand 6).");
        assertThat(browser.find("#cadenceSecondUntil").getAttribute("value")).isEqualTo("3");
        scrollTo("fieldset[aria-describedby='cadence-uitleg']");
        accessible("p13-beleid-ritme-fout");

        browser.type("#cadenceSecondUntil", "12");
        browser.type("#cadenceSecondEvery", "3");
        browser.click("form[action$='/beheer/beleid'][method=post] button[type=submit]");
        assertThat(browser.text()).contains("Beleidsversie vanaf " + validFrom + " vastgelegd",
                "eerste 6 maanden elke maand, tot en met maand 12 elke 3 maanden, daarna elke 6 maanden (12 in drie jaar)");
        accessible("p14-beleid-ritme-vastgelegd");
    }
}
