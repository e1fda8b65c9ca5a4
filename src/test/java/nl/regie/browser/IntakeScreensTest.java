package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.TestData;
import nl.regie.dossier.CoaProfile;
import nl.regie.dossier.DossierLifecycle.StepRequest;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.NewDossier;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.rules.TargetGroup;

/**
 * The brede intake screen in real headless Chromium, as the consultant uses it: conversations, the leerbaarheidstoets,
 * leefgebieden saved one at a time (htmx) with their history, the nulmeting and eindmeting side by side; then the same
 * page as another consultant of the municipality, with the health sections shielded. axe-core (WCAG 2.1 AA) on every state.
 */
class IntakeScreensTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    TestData data;

    @Autowired
    RegisteringDossier registering;

    @Autowired
    RecordingLifecycleStep steps;

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.find(css));
    }

    /** Clicks a section's submit button; htmx replaces only that section, so wait for its text rather than a page load. */
    private void submitSection(String section, String expected) {
        browser.tap(section + " button[type=submit]");
        browser.waitUntil(d -> {
            try {
                return browser.find(section).getText().contains(expected);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false; // the section was replaced while we read it: look again
            }
        });
    }

    private static String date(LocalDate d) {
        return d.format(DUTCH);
    }

    /** An asylum permit holder with a COA klantprofiel, housed, registered and in brede intake. */
    private UUID dossierInIntake() {
        var consultant = data.user(TestData.CONSULTANT_WASSENAAR);
        LocalDate today = LocalDate.now();
        CoaProfile coa = new CoaProfile("COA-1234567", "AZC Zweeloo", CoaProfile.ResidencePermitType.ASYLUM_TEMPORARY,
                today.minusDays(90), "Gehuwd, twee kinderen (4 en 7 jaar)", "COA-programma Voorbereiding op de inburgering gevolgd",
                "Beroepsopleiding verpleegkunde, Damascus", "Niet aangevraagd", "Arabisch moedertaal, Nederlands beginner",
                "Zes jaar verpleegkundige in een ziekenhuis", null, null);
        UUID id = registering.register(consultant, new NewDossier(null, TestData.freshBsn(), "Amal", "Darwish",
                LocalDate.of(1991, 4, 2), "SYR", TargetGroup.ASYLUM_PERMIT_HOLDER, "ar", true, today.minusDays(60), null, null,
                null, List.of(), coa));
        long v = steps.record(consultant, id, 0, new StepRequest(DossierState.HOUSED, today.minusDays(25), null, null), null);
        v = steps.record(consultant, id, v, new StepRequest(DossierState.BRP_REGISTERED, today.minusDays(24), null, null), null);
        steps.record(consultant, id, v, new StepRequest(DossierState.INTAKE_IN_PROGRESS, today.minusDays(20), null, null), null);
        return id;
    }

    @Test
    void consultantWalksTheBroadIntakeAndAColleagueSeesTheHealthSectionsShielded() {
        UUID id = dossierInIntake();
        LocalDate today = LocalDate.now();

        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.open("/dossiers/" + id);
        browser.click("nav.regie-dossier-nav a[href$='/intake']");
        assertThat(browser.text()).contains("Brede intake", "Onderdelen van de intake", "Deel 1", "Deel 2",
                "Er is nog geen gesprek vastgelegd", "Uit het COA-klantprofiel", "Beroepsopleiding verpleegkunde, Damascus");
        assertThat(browser.find("#gesprek-interpreterLanguage option[selected]").getText()).isEqualTo("Arabisch");
        accessible("intake-01-leeg");

        // A conversation dated in the future, without participants: refused beside the fields, the typed kind kept.
        browser.type("#gesprek-heldOn", date(today.plusDays(2)));
        browser.choose("#gesprek-kind", "AZC_CONVERSATION");
        browser.tap("#gesprek-ld-gezinssituatie");
        submitSection("#gesprekken", "Controleer het gesprek");
        assertThat(browser.find("#gesprekken").getText()).contains("De datum ligt in de toekomst", "Vul in wie er bij het gesprek waren.");
        assertThat(browser.find("#gesprek-heldOn").getAttribute("value")).isEqualTo(date(today.plusDays(2)));
        assertThat(browser.find("#gesprek-ld-gezinssituatie").isSelected()).isTrue();
        scrollTo("#gesprekken");
        accessible("intake-02-gesprek-fout");

        browser.type("#gesprek-heldOn", date(today.minusDays(3)));
        browser.type("#gesprek-participants", "Inburgeraar, partner, tolk, consulent");
        browser.type("#gesprek-notes", "Deel 1 van de intake; vervolggesprek over werk en opleiding gepland.");
        submitSection("#gesprekken", "Gesprek vastgelegd");
        assertThat(browser.find("#gesprekken").getText()).contains("Gesprek in het AZC", "Ja, Arabisch",
                "Inburgeraar, partner, tolk, consulent", "Gezinssituatie");

        // The leerbaarheidstoets, entered on behalf of the provider.
        browser.type("#toets-takenOn", date(today.minusDays(10)));
        browser.type("#toets-provider", "Bureau Leerbaarheid Zuid");
        browser.choose("#toets-advisedRoute", "B1");
        browser.type("#toets-score", "82");
        submitSection("#leerbaarheidstoets", "Uitslag leerbaarheidstoets vastgelegd");
        assertThat(browser.find("#leerbaarheidstoets").getText()).contains("Bureau Leerbaarheid Zuid", "B1-route", "82");
        scrollTo("#leerbaarheidstoets");
        accessible("intake-03-leerbaarheidstoets");

        // A leefgebied on its own: a refused number, then saved, then edited into a second version.
        browser.choose("#opleiding-level", "VOCATIONAL");
        browser.type("#opleiding-years", "twaalf");
        browser.type("#opleiding-diplomas", "Diploma verpleegkunde (Damascus, 2012)");
        submitSection("#leefgebied-opleiding", "Controleer Opleiding");
        assertThat(browser.find("#leefgebied-opleiding").getText()).contains("Aantal jaren onderwijs: 'twaalf' is geen heel getal.");
        assertThat(browser.find("#opleiding-diplomas").getAttribute("value")).isEqualTo("Diploma verpleegkunde (Damascus, 2012)");
        scrollTo("#leefgebied-opleiding");
        accessible("intake-04-opleiding-fout");

        browser.type("#opleiding-years", "12");
        submitSection("#leefgebied-opleiding", "Opleiding opgeslagen (versie 1).");
        browser.choose("#opleiding-diplomaValuation", "REQUESTED");
        submitSection("#leefgebied-opleiding", "Opleiding opgeslagen (versie 2).");
        browser.tap("#leefgebied-opleiding details summary");
        assertThat(browser.find("#leefgebied-opleiding").getText()).contains("Eerdere versies (1)", "Versie 1",
                "vastgelegd door Test Consulent Wassenaar", "Beroepsonderwijs");
        scrollTo("#leefgebied-opleiding .regie-actions");
        accessible("intake-05-opleiding-versies");

        // Language levels per skill.
        browser.choose("#taalniveau-reading", "A1");
        browser.choose("#taalniveau-listening", "A2");
        browser.choose("#taalniveau-writing", "BELOW_A1");
        browser.choose("#taalniveau-speaking", "A2");
        submitSection("#leefgebied-taalniveau", "Taalniveau opgeslagen (versie 1).");

        // Health, visible to the assigned consultant only.
        browser.type("#fysieke-gezondheid-condition", "Rugklachten na een val; fysiotherapie loopt.");
        browser.choose("#fysieke-gezondheid-treatment", "YES");
        browser.choose("#fysieke-gezondheid-zrm_physical_health", "3");
        submitSection("#leefgebied-fysieke-gezondheid", "Fysieke gezondheid opgeslagen (versie 1).");
        scrollTo("#leefgebied-fysieke-gezondheid");
        accessible("intake-06-fysieke-gezondheid");

        // ZRM scores in the leefgebied zelfredzaamheid, then the nulmeting starts from them.
        for (String domain : List.of("finances", "daytime_activities", "housing", "domestic_relations", "daily_living",
                "social_network", "social_participation")) {
            browser.choose("#zelfredzaamheid-zrm_" + domain, "2");
        }
        browser.choose("#zelfredzaamheid-zrm_housing", "3");
        submitSection("#leefgebied-zelfredzaamheid", "Mate van zelfredzaamheid opgeslagen (versie 1).");
        browser.open("/dossiers/" + id);
        browser.open("/dossiers/" + id + "/intake#metingen");
        assertThat(browser.find("#meting-zrm_housing option[selected]").getAttribute("value")).isEqualTo("3");
        assertThat(browser.find("#meting-zrm_physical_health option[selected]").getAttribute("value")).isEqualTo("3");

        // The nulmeting: a missing ladder step is refused, then saved.
        browser.type("#meting-measuredOn", date(today.minusDays(3)));
        submitSection("#metingen", "Controleer de meting");
        assertThat(browser.find("#metingen").getText()).contains("Kies de trede op de participatieladder.");
        browser.choose("#meting-ladderStep", "2");
        submitSection("#metingen", "Nulmeting opgeslagen.");

        // The eindmeting with the same questions, compared side by side.
        browser.tap("#meting-kind-FINAL");
        browser.type("#meting-measuredOn", date(today));
        browser.choose("#meting-ladderStep", "4");
        browser.choose("#meting-zrm_finances", "4");
        submitSection("#metingen", "Eindmeting opgeslagen.");
        assertThat(browser.find("#vergelijking").getText()).contains("Trede 2: Sociale contacten buiten de deur",
                "Trede 4: Onbetaald werk", "+2");
        scrollTo("#metingen");
        accessible("intake-07-metingen");

        // The dossier's timeline tells what happened, without health content.
        browser.open("/dossiers/" + id);
        assertThat(browser.text()).contains("Leefgebied Opleiding vastgelegd, versie 2",
                "Afgeschermd leefgebied (bijzondere persoonsgegevens) vastgelegd, versie 1").doesNotContain("Rugklachten");

        // Another consultant of Wassenaar: the page, but the health sections shielded.
        var other = data.secondConsultantWassenaar();
        browser.login(other.username(), TestData.PASSWORD);
        browser.open("/dossiers/" + id + "/intake");
        assertThat(browser.text()).contains("Bureau Leerbaarheid Zuid", "Afgeschermd: bijzondere persoonsgegevens")
                .doesNotContain("Rugklachten");
        assertThat(browser.findAll("#fysieke-gezondheid-condition")).isEmpty();
        assertThat(browser.findAll("#meting-zrm_physical_health")).isEmpty();
        scrollTo("#leefgebied-fysieke-gezondheid");
        accessible("intake-08-afgeschermd-andere-consulent");
        scrollTo("#metingen");
        browser.screenshot("intake-09-metingen-andere-consulent");
    }
}
