package nl.regie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

import nl.regie.TestData;

/**
 * Two whole journeys through the screens only, as a consultant of Wassenaar does them (issue 4, "Done when"): an
 * asylum permit holder from the COA import to aftercare, and a family migrant from the BRP registration to a
 * completed PVT and MAP. Nothing is written behind the browser's back: the test users come from {@link TestData};
 * every date that in reality lies months or years apart is simply typed in the past, in the order the rules demand
 * (steps one after another, nothing in the future, exams and modules after the PIP's dagtekening). axe-core
 * (WCAG 2.1 AA) runs on every state and each state is photographed whole (target/screenshots/reis1-*, reis2-*).
 */
class JourneysTest extends BrowserTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Photographs the whole page (the window grows to the page's height for the shot), then runs axe-core. */
    @Override
    protected void accessible(String screenshot) {
        long height = (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        browser.driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 1000), 8000)));
        // From the top: a page longer than the window (the brede intake) shows its beginning, not where htmx left it.
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
        browser.screenshot(screenshot);
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA op " + screenshot).isEmpty();
    }

    /** Photographs the window with the element at its top (for a section of a long page), then runs axe-core. */
    private void accessibleAt(String css, String screenshot) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.find(css));
        browser.screenshot(screenshot);
        assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA op " + screenshot).isEmpty();
    }

    /** Clicks a section's submit button; htmx replaces only that section, so wait for its text rather than a page load. */
    private void submitSection(String section, String expected) {
        browser.tap(section + " button[type=submit]");
        browser.waitUntil(d -> {
            try {
                return browser.find(section).getText().contains(expected);
            } catch (StaleElementReferenceException e) {
                return false; // the section was replaced while we read it: look again
            }
        });
    }

    /** Opens a tab of the dossier through its navigation, as a person does. */
    private void tab(String hrefEnd) {
        browser.click("nav.regie-dossier-nav a[href$='" + hrefEnd + "']");
    }

    /** Back to the dossier's overview through the first tab. */
    private void overview() {
        browser.click("nav.regie-dossier-nav li:first-child a");
    }

    /** The overview's generic step form: the step, its date and why. */
    private void step(String state, LocalDate on, String reason, String expected) {
        browser.choose("#state", state);
        browser.type("#date", date(on));
        browser.type("#reason", reason);
        browser.click("form[action$='/stap'] button[type=submit]");
        assertThat(browser.text()).contains(expected);
    }

    private void hours(String component, LocalDate from, LocalDate to, String planned, String attended, String provider) {
        browser.choose("#uren-component", component);
        browser.type("#uren-periodFrom", date(from));
        browser.type("#uren-periodTo", date(to));
        browser.type("#uren-plannedHours", planned);
        browser.type("#uren-attendedHours", attended);
        browser.type("#uren-provider", provider);
        browser.click("form[action$='/route/uren'] button[type=submit]");
        assertThat(browser.text()).contains("Uren vastgelegd");
    }

    private void exam(String part, LocalDate on, String level, boolean passed) {
        browser.choose("#examen-part", part);
        browser.type("#examen-takenOn", date(on));
        browser.choose("#examen-level", level);
        browser.tap(passed ? "#examen-passed-ja" : "#examen-passed-nee");
        browser.click("form[action$='/route/examen'] button[type=submit]");
        assertThat(browser.text()).contains("Examenuitslag vastgelegd");
    }

    private static String date(LocalDate d) {
        return d.format(DUTCH);
    }

    static Path file(String name, String content) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toAbsolutePath();
    }

    @Test
    void asylumPermitHolderFromCoaImportToAftercare() throws Exception {
        LocalDate today = LocalDate.now();
        // The trajectory as it happened, two years back: every step after the previous one, none in the future.
        LocalDate linked = today.minusDays(760);
        LocalDate handover = today.minusDays(748);
        LocalDate housed = today.minusDays(720);
        LocalDate brp = today.minusDays(716);
        LocalDate intake = today.minusDays(712);
        LocalDate pip = today.minusDays(660);           // 56 days after the BRP registration: within the ten weeks
        LocalDate lessonsFrom = today.minusDays(650);
        LocalDate knm = today.minusDays(280);
        LocalDate lastPart = today.minusDays(235);      // speaking, the last part passed: the date of completion
        LocalDate aftercare = lastPart.plusMonths(6).plusDays(2);
        String bsn = TestData.freshBsn();

        // 1. Koppeling: the consultant reads COA's file with the klantprofiel.
        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.tap("a[href='/koppeling']");
        browser.waitUntil(d -> browser.text().contains("COA-klantprofielen inlezen"));
        String csv = "bsn;givenNames;familyName;birthDate;nationality;contactLanguage;interpreterNeeded;linkedOn;coaNumber;"
                + "azcLocation;residencePermitType;permitGrantedOn;education;languageSkills;workExperience;householdMembers\n"
                + bsn + ";Selam;Tekle;04-06-1993;ERI;ti;ja;" + date(linked) + ";COA-7781234;AZC Katwijk;ASYLUM_TEMPORARY;"
                + date(linked.minusDays(40)) + ";Middelbare school, Asmara;Tigrinya, Arabisch, Engels basis;"
                + "Vijf jaar naaister in een kledingatelier;partner:Dawit Tekle:10-10-1990\n";
        browser.find("#bestand").sendKeys(file("reis1-coa.csv", csv).toString());
        browser.click("form[action='/koppeling'] button[type=submit]");
        browser.waitUntil(Duration.ofSeconds(30), d -> browser.text().contains("Afgewezen regels"));
        assertThat(browser.text()).contains("Import van reis1-coa.csv", "Afgerond", "1 van 1 klantprofielen verwerkt (100%)",
                "1 ingelezen", "Geen: alle klantprofielen konden worden gelezen.");
        accessible("reis1-01-coa-import-verslag");

        browser.click("#kop-ingelezen ~ ul a");
        assertThat(browser.text()).contains("Selam Tekle", "Gekoppeld", "AZC Katwijk", "Dawit Tekle", "COA-7781234", "Middelbare school, Asmara");
        accessible("reis1-02-dossier-gekoppeld");

        // 2. Warme overdracht: planned, then the report of the meeting in the AZC.
        tab("/overdracht");
        browser.type("#plannedOn", date(handover));
        browser.click("form[action$='/overdracht/plan'] button[type=submit]");
        assertThat(browser.text()).contains("Warme overdracht gepland.", "AZC Katwijk");
        browser.type("#heldOn", date(handover));
        // The report starts from the plan: the newcomer, COA, consultant and interpreter are ticked already.
        assertThat(browser.find("#report-p-NEWCOMER").isSelected()).isTrue();
        browser.type("#summary", "Kennismaking met Selam en de tolk Tigrinya. Selam wil werken in de kledingindustrie; "
                + "haar partner Dawit komt via gezinshereniging.");
        browser.type("#agreements", "Brede intake na de huisvesting; diploma's meenemen.");
        browser.click("form[action$='/overdracht/verslag'] button[type=submit]");
        assertThat(browser.text()).contains("Verslag van de warme overdracht vastgelegd", "Gehouden op " + date(handover),
                "Tigrinya", "Brede intake na de huisvesting");
        accessible("reis1-03-warme-overdracht");

        // 3. Housing, BRP and the start of the brede intake on the overview's step form.
        overview();
        step("HOUSED", housed, "Woning aan de Kerkstraat", "Stap vastgelegd: Gehuisvest.");
        step("BRP_REGISTERED", brp, "Ingeschreven bij de balie", "Stap vastgelegd: Ingeschreven in BRP.");
        step("INTAKE_IN_PROGRESS", intake, "Eerste intakegesprek gepland", "Stap vastgelegd: Brede intake.");
        assertThat(browser.text()).contains("Warme overdracht gehouden → Gehuisvest", "Gehuisvest → Ingeschreven in BRP",
                "Ingeschreven in BRP → Brede intake");
        accessible("reis1-04-dossier-brede-intake");

        // 4. The brede intake: a conversation, the leerbaarheidstoets, leefgebieden, the nulmeting.
        tab("/intake");
        assertThat(browser.text()).contains("Uit het COA-klantprofiel", "Vijf jaar naaister in een kledingatelier");
        browser.type("#gesprek-heldOn", date(intake.plusDays(2)));
        browser.choose("#gesprek-kind", "INTAKE_CONVERSATION");
        browser.tap("#gesprek-tolk-ja");
        browser.type("#gesprek-participants", "Inburgeraar, tolk Tigrinya, consulent");
        browser.tap("#gesprek-ld-werkervaring");
        browser.tap("#gesprek-ld-taalniveau");
        browser.tap("#gesprek-ld-financien");
        browser.type("#gesprek-notes", "Deel 1: werk, taal en geld. Wil snel aan het werk; leert makkelijk.");
        submitSection("#gesprekken", "Gesprek vastgelegd");
        assertThat(browser.find("#gesprekken").getText()).contains("Intakegesprek", "Ja, Tigrinya", "Werkervaring");

        browser.type("#toets-takenOn", date(intake.plusDays(7)));
        browser.type("#toets-provider", "Bureau Leerbaarheid Zuid");
        browser.choose("#toets-advisedRoute", "B1");
        browser.type("#toets-score", "78");
        submitSection("#leerbaarheidstoets", "Uitslag leerbaarheidstoets vastgelegd");
        assertThat(browser.find("#leerbaarheidstoets").getText()).contains("Bureau Leerbaarheid Zuid", "B1-route", "78");

        browser.type("#werkervaring-occupations", "Naaister in een kledingatelier in Asmara, vijf jaar");
        browser.type("#werkervaring-years", "5");
        submitSection("#leefgebied-werkervaring", "Werkervaring opgeslagen (versie 1).");
        browser.choose("#taalniveau-reading", "A1");
        browser.choose("#taalniveau-listening", "A1");
        browser.choose("#taalniveau-writing", "BELOW_A1");
        browser.choose("#taalniveau-speaking", "A1");
        submitSection("#leefgebied-taalniveau", "Taalniveau opgeslagen (versie 1).");
        browser.choose("#financien-income", "BENEFIT");
        browser.choose("#financien-debts", "NO");
        submitSection("#leefgebied-financien", "Financiën opgeslagen (versie 1).");

        browser.tap("#meting-kind-BASELINE");
        browser.type("#meting-measuredOn", date(intake.plusDays(12)));
        browser.choose("#meting-ladderStep", "2");
        for (String domain : List.of("finances", "daytime_activities", "housing", "domestic_relations", "daily_living",
                "social_network", "social_participation")) {
            browser.choose("#meting-zrm_" + domain, "3");
        }
        browser.choose("#meting-zrm_social_network", "2");
        submitSection("#metingen", "Nulmeting opgeslagen.");
        accessible("reis1-05-brede-intake");
        accessibleAt("#leefgebied-taalniveau", "reis1-06-brede-intake-taalniveau");

        // 5. The PIP: a draft, then established as a decision (B1-route).
        tab("/pip");
        browser.choose("#learningRoute", "B1");
        browser.type("#provider", "Taalschool De Brug");
        browser.type("#routeReasons", "Leerbaarheidstoets adviseert B1 (score 78); wil als naaister of in de confectie werken.");
        browser.type("#knm", "KNM in het eerste jaar bij Taalschool De Brug");
        browser.type("#labourMarketModule", "MAP met praktijkdeel bij een confectieatelier");
        browser.type("#participationStatement", "PVT met excursie naar het gemeentehuis");
        browser.click("form[action$='/pip/concept'] button[type=submit]");
        assertThat(browser.text()).contains("PIP-concept opgeslagen", "Concept versie 1", "Vaststellen als beschikking");
        browser.type("#datedOn", date(pip));
        browser.click("form[action$='/pip/vaststellen'] button[type=submit]");
        assertThat(browser.text()).contains("PIP versie 1 vastgesteld", "Beschikking versie 1 (pdf)");
        accessible("reis1-07-pip-vastgesteld");

        // 6. The Leerroute: hours as the language school reported them, then every exam part (writing at the second try).
        tab("/route");
        assertThat(browser.text()).contains("Leerroute en modules", "B1-route", "Taalschool De Brug", "0 van 5 behaald");
        hours("LANGUAGE", lessonsFrom, lessonsFrom.plusDays(350), "560", "532", "Taalschool De Brug");
        hours("KNM", lessonsFrom.plusDays(30), lessonsFrom.plusDays(120), "40", "38", "Taalschool De Brug");
        assertThat(browser.text()).contains("532 van 600 uur (88%)");
        exam("KNM", knm, "", true);
        exam("READING", knm.plusDays(10), "B1", true);
        exam("LISTENING", knm.plusDays(10), "B1", true);
        exam("WRITING", knm.plusDays(15), "B1", false);
        exam("WRITING", lastPart.minusDays(5), "B1", true);
        exam("SPEAKING", lastPart, "B1", true);
        assertThat(browser.text()).contains("5 van 5 behaald — alle onderdelen behaald op " + date(lastPart));
        assertThat(browser.find("#pogingen").getText()).contains(date(lastPart.minusDays(5)) + " Schrijven 2 B1 Behaald",
                date(knm.plusDays(15)) + " Schrijven 1 B1 Niet behaald");
        accessible("reis1-08-leerroute-examens");

        // 7. Afronding is only possible in the route: the dossier still says "PIP vastgesteld", so the page points there.
        tab("/afronding");
        assertThat(browser.text()).contains("Afronden kan zodra het dossier in de leerroute is; het staat nu op 'PIP vastgesteld'.");
        accessible("reis1-09-afronding-nog-niet");
        overview();
        step("IN_ROUTE", lessonsFrom, "Gestart bij Taalschool De Brug", "Stap vastgelegd: In leerroute.");
        assertThat(browser.text()).contains("PIP vastgesteld → In leerroute");

        // 8. A voortgangsgesprek held, per life domain.
        tab("/voortgang");
        browser.choose("#held-number", "1");
        browser.type("#held-heldOn", date(pip.plusMonths(3)));
        browser.type("#held-discussed-LANGUAGE_AND_ROUTE", "Vier dagdelen les per week; gaat goed vooruit met spreken.");
        browser.type("#held-agreements-LANGUAGE_AND_ROUTE", "KNM-examen in het tweede jaar.");
        browser.type("#held-discussed-WORK_AND_PARTICIPATION", "Wil in de confectie werken; MAP-plek gezocht.");
        browser.click("form[action$='/voortgang/gevoerd'] button[type=submit]");
        assertThat(browser.text()).contains("Gesprek 1 vastgelegd als gevoerd", "Vier dagdelen les per week",
                "KNM-examen in het tweede jaar.");
        accessible("reis1-10-voortgangsgesprek");

        // 9. Huishouden: the partner from the klantprofiel, and the household's bijstand since the BRP registration.
        tab("/huishouden");
        assertThat(browser.text()).contains("Huishouden van Selam Tekle", "Dawit Tekle", "Niet gekoppeld");
        browser.choose("#situation", "BENEFIT");
        browser.type("#validFrom", date(brp));
        browser.type("#incomeRemarks", "Bijstand via Werk en Inkomen Wassenaar");
        browser.click("form[action$='/huishouden/inkomen'] button[type=submit]");
        assertThat(browser.text()).contains("Inkomenssituatie vastgelegd: Bijstand.", "Nu: Bijstand sinds " + date(brp));
        accessible("reis1-11-huishouden-bijstand");

        // 10. Afronding: the form comes filled from the Leerroute; registering it prepares the notice to DUO.
        tab("/afronding");
        assertThat(browser.text()).contains("Leerroute volgens het PIP: B1-route", "De uitslagen zijn ingevuld uit de Leerroute");
        assertThat(browser.find("#outcome-EXAM").isSelected()).isTrue();
        assertThat(browser.find("#completedOn").getAttribute("value")).isEqualTo(date(lastPart));
        assertThat(browser.find("#writing option[selected]").getAttribute("value")).isEqualTo("B1");
        assertThat(browser.find("#knm").isSelected()).isTrue();
        accessible("reis1-12-afronding-ingevuld");
        browser.type("#remarks", "Examen bij DUO Den Haag");
        browser.click("#afronden");
        assertThat(browser.text()).contains("Afronding vastgelegd. De melding aan DUO is opgesteld en klaar voor verzending.",
                "Inburgeringsexamen behaald", "Behaalde examenonderdelen", "Melding aan DUO", "Klaar voor verzending",
                "Melding als JSON", "Melding als XML", "Gepland nazorgcontact: " + date(lastPart.plusMonths(6)));
        accessible("reis1-13-afgerond-melding-duo");

        // 11. Nazorg: the contact half a year later.
        browser.type("#contactedOn", date(aftercare));
        browser.tap("#participation-WORK");
        browser.type("#aftercareRemarks", "Werkt 24 uur per week in een confectieatelier");
        browser.click("#nazorg-vastleggen");
        assertThat(browser.text()).contains("Nazorgcontact vastgelegd; het dossier staat op 'Nazorg'.", "Werk",
                "Werkt 24 uur per week in een confectieatelier");
        accessible("reis1-14-nazorg");

        // The overview tells the whole journey.
        overview();
        assertThat(browser.find(".regie-badge--AFTERCARE").getText()).isEqualTo("Nazorg");
        assertThat(browser.text()).contains("Afgerond → Nazorg", "In leerroute → Afgerond", "Melding aan DUO opgesteld",
                "Afronding vastgelegd: Inburgeringsexamen behaald op " + date(lastPart),
                "Nazorgcontact (gepland " + date(lastPart.plusMonths(6)) + "): Werk", "Warme overdracht gehouden");
        accessible("reis1-15-dossier-nazorg");
    }

    @Test
    void familyMigrantFromBrpRegistrationToCompletedPvtAndMap() {
        LocalDate today = LocalDate.now();
        LocalDate brp = today.minusDays(420);
        LocalDate intake = today.minusDays(410);
        LocalDate pip = today.minusDays(380);
        LocalDate inRoute = today.minusDays(370);
        LocalDate excursion = today.minusDays(340);
        LocalDate signed = today.minusDays(325);
        LocalDate practicalDone = today.minusDays(200);
        LocalDate mapCompleted = today.minusDays(190);

        // 1. A family migrant reports at the counter after the BRP registration: a new dossier through the form.
        browser.login(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD);
        browser.click("a[href='/dossiers/nieuw']");
        browser.type("#bsn", TestData.freshBsn());
        browser.type("#givenNames", "Lucía");
        browser.type("#familyName", "Moreno");
        browser.type("#birthDate", "21-09-1994");
        browser.type("#nationality", "COL");
        browser.type("#contactLanguage", "es");
        browser.choose("#interpreterNeeded", "false");
        browser.choose("#targetGroup", "FAMILY_MIGRANT");
        browser.choose("#consultantUsername", TestData.CONSULTANT_WASSENAAR);
        browser.type("#brpRegisteredOn", date(brp));
        accessible("reis2-01-nieuw-dossier");
        browser.click("form[action$='/dossiers/nieuw'] button[type=submit]");
        assertThat(browser.text()).contains("Dossier aangemaakt.", "Lucía Moreno", "Ingeschreven in BRP", "Gezinsmigrant",
                "Colombia (COL)");
        // A family migrant does not arrive through the COA: no warm handover tab.
        assertThat(browser.findAll("nav.regie-dossier-nav a[href$='/overdracht']")).isEmpty();
        // Nor are linking, warm handover and housing steps of their journey: the chain starts at BRP registration.
        assertThat(browser.find("ol.regie-steps").getText()).startsWith("Ingeschreven in BRP")
                .doesNotContain("Gekoppeld", "Warme overdracht", "Gehuisvest");
        accessible("reis2-02-dossier-ingeschreven");

        // 2. The brede intake starts: the generic step, then a conversation and the language level.
        step("INTAKE_IN_PROGRESS", intake, "Intakegesprek op het gemeentehuis", "Stap vastgelegd: Brede intake.");
        tab("/intake");
        browser.type("#gesprek-heldOn", date(intake));
        browser.choose("#gesprek-kind", "INTAKE_CONVERSATION");
        browser.tap("#gesprek-tolk-nee");
        browser.type("#gesprek-participants", "Inburgeraar, partner, consulent");
        browser.tap("#gesprek-ld-taalniveau");
        browser.tap("#gesprek-ld-opleiding");
        browser.type("#gesprek-notes", "Verpleegkundige in Bogotá; wil de B1-route en daarna werken in de zorg.");
        submitSection("#gesprekken", "Gesprek vastgelegd");
        assertThat(browser.find("#gesprekken").getText()).contains("Intakegesprek", "Inburgeraar, partner, consulent");
        browser.choose("#taalniveau-reading", "A2");
        browser.choose("#taalniveau-listening", "A2");
        browser.choose("#taalniveau-writing", "A1");
        browser.choose("#taalniveau-speaking", "A2");
        browser.type("#taalniveau-source", "Inschatting in het intakegesprek");
        submitSection("#leefgebied-taalniveau", "Taalniveau opgeslagen (versie 1).");
        accessible("reis2-03-brede-intake");
        accessibleAt("#leefgebied-taalniveau", "reis2-04-brede-intake-taalniveau");

        // 3. The PIP, established as a decision in the B1-route.
        tab("/pip");
        browser.choose("#learningRoute", "B1");
        browser.type("#provider", "Taalschool De Brug");
        browser.type("#routeReasons", "Hoog opgeleid, leert snel; wil als verpleegkundige werken.");
        browser.type("#knm", "KNM op eigen kosten bij Taalschool De Brug");
        browser.type("#labourMarketModule", "MAP met praktijkdeel in een verpleeghuis");
        browser.type("#participationStatement", "PVT met excursie naar de gemeenteraad");
        browser.click("form[action$='/pip/concept'] button[type=submit]");
        assertThat(browser.text()).contains("PIP-concept opgeslagen");
        browser.type("#datedOn", date(pip));
        browser.click("form[action$='/pip/vaststellen'] button[type=submit]");
        assertThat(browser.text()).contains("PIP versie 1 vastgesteld", "Beschikking versie 1 (pdf)");
        overview();
        step("IN_ROUTE", inRoute, "Gestart met lessen", "Stap vastgelegd: In leerroute.");

        // 4. PVT: signing before the hours are there is refused; hours, excursion and signing then complete it.
        tab("/route");
        assertThat(browser.text()).contains("Leerroute en modules", "B1-route", "Gezinsmigrant", "0 van 12 uur (0%)",
                "0 van 40 uur (0%)");
        browser.type("#pvt-excursionOn", date(excursion));
        browser.type("#pvt-signedOn", date(signed));
        browser.click("form[action$='/route/pvt'] button[type=submit]");
        assertThat(browser.text()).contains("vastgelegd zijn 0 PVT-uren");
        assertThat(browser.find("#pvt-signedOn").getDomProperty("value")).isEqualTo(date(signed));
        accessibleAt("#kop-pvt", "reis2-05-pvt-te-vroeg");
        hours("PARTICIPATION_STATEMENT_PROGRAMME", excursion.minusDays(30), signed, "12", "12", "VluchtelingenWerk");
        browser.type("#pvt-excursionOn", date(excursion));
        browser.type("#pvt-signedOn", date(signed));
        browser.click("form[action$='/route/pvt'] button[type=submit]");
        assertThat(browser.text()).contains("PVT-voortgang vastgelegd.", "Gemaakt op " + date(excursion),
                "Ondertekend op " + date(signed), "Participatieverklaring ondertekend op " + date(signed));

        // 5. MAP: the themes and conversations, the practical part with its 40 hours, then the completion.
        hours("LABOUR_MARKET_MODULE", today.minusDays(300), today.minusDays(250), "24", "22", "Werkgeversservicepunt Holland Rijnland");
        hours("LABOUR_MARKET_MODULE_PRACTICAL", today.minusDays(240), practicalDone, "40", "40", "Verpleeghuis Duinzicht");
        browser.type("#map-practicalDoneOn", date(practicalDone));
        browser.type("#map-completedOn", date(mapCompleted));
        browser.click("form[action$='/route/map'] button[type=submit]");
        assertThat(browser.text()).contains("MAP-voortgang vastgelegd.", "Gedaan op " + date(practicalDone),
                "Op " + date(mapCompleted));

        // Both modules completed: in the summary and as full progress bars.
        assertThat(browser.find("#afronding").getText()).contains("Participatieverklaring ondertekend op " + date(signed),
                "Afgerond op " + date(mapCompleted));
        assertThat(browser.find("#kop-voortgang + ul").getText()).contains(
                "Participatieverklaringstraject (PVT)\n12 van 12 uur (100%) — norm gehaald",
                "MAP: praktijkdeel\n40 van 40 uur (100%) — norm gehaald");
        for (String label : List.of("Participatieverklaringstraject (PVT)", "MAP: praktijkdeel")) {
            var item = browser.findAll(".regie-progress-list li").stream()
                    .filter(li -> li.getText().startsWith(label)).findFirst().orElseThrow();
            assertThat(item.getAttribute("class")).contains("regie-progress--done");
            var bar = item.findElement(org.openqa.selenium.By.tagName("progress"));
            assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
        }
        accessible("reis2-06-leerroute-pvt-map-afgerond");

        // The timeline on the overview.
        overview();
        assertThat(browser.text()).contains("PVT: excursie op " + date(excursion) + "; participatieverklaring ondertekend op " + date(signed),
                "MAP: praktijkdeel gedaan op " + date(practicalDone) + "; afgerond op " + date(mapCompleted));
        accessible("reis2-07-dossier-tijdlijn");
    }
}
