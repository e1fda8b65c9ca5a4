package nl.regie.monitoring;

import static nl.regie.monitoring.KpiComputationTest.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;

/**
 * The dashboard's tables Handhaving, Financieel ontzorgen and Tevredenheid on {@link CohortFixture} with
 * {@link CohortFixture#withEnforcementReliefAndSatisfaction()}: cohort 2022-H1 is A1–A6 and B1–B5 (asylum permit
 * holders) and C1–C5 (family migrants). Expected values are worked out here from the fixture's records, at the
 * peildatum 30-06-2026 and at earlier peildatums where records dated later must not count yet.
 */
class EnforcementReliefSatisfactionKpiTest extends IntegrationTest {

    @Autowired
    Monitoring monitoring;

    static final LocalDate PEIL = LocalDate.of(2026, 6, 30);
    static final String FEW = "minder dan 5";
    static final String FEW_DOSSIERS = "minder dan 5 dossiers";
    static final String HIDDEN = "afgeschermd";

    private CohortFixture fixture() {
        return new CohortFixture(jdbc, CohortFixture.freshMunicipality(jdbc)).build().withEnforcementReliefAndSatisfaction();
    }

    private Dashboard dashboard(CohortFixture f, LocalDate peil) {
        RegieUser officer = new RegieUser("t-beleid-" + f.municipality, "Beleid", Role.POLICY_OFFICER, f.municipality, null, true);
        return monitoring.dashboard(officer, new MonitoringFilter(Period.parse("2022-H1").orElseThrow(), peil, Scope.OWN_MUNICIPALITY,
                null, null));
    }

    /** Dossiers, records and amount of one row of a table that has those three columns. */
    private static List<String> dossiersRecordsAmount(Dashboard d, String table, String row) {
        return List.of(cell(d, table, row, 0), cell(d, table, row, 1), cell(d, table, row, 2));
    }

    /** Dossiers, records and amount of one row of the enforcement table. */
    private static List<String> enforcement(Dashboard d, String row) {
        return dossiersRecordsAmount(d, "handhaving", row);
    }

    @Test
    void enforcementCountsBreachesDecisionsFinesObjectionsAndMeasuresWithSmallNumbersHidden() {
        Dashboard d = dashboard(fixture(), PEIL);
        // Breaches heard by 30-06-2026: A 6 + A1's second = 7 over 6 dossiers, B 5, C 5: 16 dossiers, 17 breaches.
        assertThat(enforcement(d, "Overtredingen vastgelegd (inburgeraar gehoord)")).containsExactly("16", "17", "");
        // With a valid reason: B1, B2 (2 → "minder dan 5"). Without: 14 dossiers, 15 breaches — shown, it would give the
        // hidden 2 away (16 − 14, 17 − 15), so it is hidden as well (secondary suppression).
        assertThat(enforcement(d, "waarvan met geldige reden (niet verwijtbaar)")).containsExactly(FEW, FEW_DOSSIERS, "");
        assertThat(enforcement(d, "waarvan zonder geldige reden (verwijtbaar)")).containsExactly(HIDDEN, HIDDEN, "");
        // Fines approved and dated: A1–A5 (€ 100) and C1–C5 (€ 250): 10 fines, 5 × 100 + 5 × 250 = € 1.750.
        assertThat(enforcement(d, "Boetebesluit: goedgekeurd en verzonden")).containsExactly("10", "10", "€ 1.750,00");
        // Still standing after objection: A1's withdrawn, A2's lowered to € 50: A2–A5 and C1–C5 = 9 fines,
        // 50 + 3 × 100 + 5 × 250 = € 1.600.
        assertThat(enforcement(d, "Boetes die staan na bezwaar")).containsExactly("9", "9", "€ 1.600,00");
        // Objections against A1–A5's fines: 5; each outcome concerns 1–3 of them and is hidden, its amount too.
        assertThat(enforcement(d, "Bezwaar ontvangen tegen een boete")).containsExactly("5", "5", "");
        assertThat(enforcement(d, "waarvan gegrond: boete ingetrokken")).containsExactly(FEW, FEW_DOSSIERS, FEW_DOSSIERS);
        assertThat(enforcement(d, "waarvan deels gegrond: bedrag verlaagd")).containsExactly(FEW, FEW_DOSSIERS, "");
        assertThat(enforcement(d, "waarvan ongegrond: boete blijft")).containsExactly(FEW, FEW_DOSSIERS, "");
        assertThat(enforcement(d, "waarvan niet-ontvankelijk")).containsExactly("0", "0", "");
        assertThat(enforcement(d, "waarvan nog geen beslissing op bezwaar")).containsExactly("0", "0", "");
        // Small groups: no sanction (B1, B2), warnings (A6, A1's second breach), A1's rejected € 250, B4–B5 waiting, B3's measure.
        assertThat(enforcement(d, "Besluit: geen sanctie")).containsExactly(FEW, FEW_DOSSIERS, "");
        assertThat(enforcement(d, "Besluit: schriftelijke waarschuwing")).containsExactly(FEW, FEW_DOSSIERS, "");
        assertThat(enforcement(d, "Boete: afgewezen door de teamleider (vier ogen)")).containsExactly(FEW, FEW_DOSSIERS, FEW_DOSSIERS);
        assertThat(enforcement(d, "Boete: wacht op goedkeuring door een tweede teamleider")).containsExactly(FEW, FEW_DOSSIERS, FEW_DOSSIERS);
        assertThat(enforcement(d, "Maatregel Participatiewet in plaats van een boete")).containsExactly(FEW, FEW_DOSSIERS, "");
    }

    @Test
    void enforcementOnAnEarlierPeildatumCountsOnlyWhatHadHappenedByThen() {
        Dashboard d = dashboard(fixture(), LocalDate.of(2022, 9, 15));
        // Heard by 15-09-2022: A1–A6 (08-09), B (09-05), C (05-08); A1's second breach (10-03-2023) not yet: 16 and 16.
        assertThat(enforcement(d, "Overtredingen vastgelegd (inburgeraar gehoord)")).containsExactly("16", "16", "");
        // A1–A5's fines were decided on 12-09 but dated only on 20-09: on 15-09 they wait, with B4 and B5:
        // 7 fines, 7 × € 100.
        assertThat(enforcement(d, "Boete: wacht op goedkeuring door een tweede teamleider")).containsExactly("7", "7", "€ 700,00");
        // Approved by then: C1–C5 (dated 15-08): 5 × € 250; and all of them stand, no objection yet.
        assertThat(enforcement(d, "Boetebesluit: goedgekeurd en verzonden")).containsExactly("5", "5", "€ 1.250,00");
        assertThat(enforcement(d, "Boetes die staan na bezwaar")).containsExactly("5", "5", "€ 1.250,00");
        assertThat(enforcement(d, "Bezwaar ontvangen tegen een boete")).containsExactly("0", "0", "");
        // A1's rejection (recorded 20-03-2023) lies in the future: nothing rejected, a real zero.
        assertThat(enforcement(d, "Boete: afgewezen door de teamleider (vier ogen)")).containsExactly("0", "0", "€ 0,00");

        // On 31-12-2022 A5's objection (decided 10-01-2023) still runs: one of five.
        Dashboard end2022 = dashboard(fixture(), LocalDate.of(2022, 12, 31));
        assertThat(enforcement(end2022, "waarvan nog geen beslissing op bezwaar")).containsExactly(FEW, FEW_DOSSIERS, "");
        // On 19-03-2023 A1's € 250 fine (decided 15-03, rejected 20-03) still waits, with B4 and B5: 3 fines.
        Dashboard march2023 = dashboard(fixture(), LocalDate.of(2023, 3, 19));
        assertThat(enforcement(march2023, "Boete: wacht op goedkeuring door een tweede teamleider")).containsExactly(FEW, FEW_DOSSIERS,
                FEW_DOSSIERS);
        assertThat(enforcement(march2023, "Boete: afgewezen door de teamleider (vier ogen)")).containsExactly("0", "0", "€ 0,00");
    }

    /** Dossiers, records and amount of one row of the table of DUO's decisions. */
    private static List<String> duo(Dashboard d, String row) {
        return dossiersRecordsAmount(d, "duo", row);
    }

    @Test
    void duoDecisionsCountFromTheDateDuoDecided() {
        Dashboard d = dashboard(fixture(), PEIL);
        // C1–C5 fined € 500 each for the term (02-06-2025): 5 dossiers, 5 fines, € 2.500.
        assertThat(duo(d, "Boete: inburgeringstermijn niet gehaald")).containsExactly("5", "5", "€ 2.500,00");
        // B1–B5's terms extended (10-02-2025).
        assertThat(duo(d, "Verlenging van de inburgeringstermijn")).containsExactly("5", "5", "");
        // C1's PVT fine and A1's exemption: one dossier each, hidden, the fine's amount too.
        assertThat(duo(d, "Boete: PVT niet afgerond")).containsExactly(FEW, FEW_DOSSIERS, FEW_DOSSIERS);
        assertThat(duo(d, "Ontheffing")).containsExactly(FEW, FEW_DOSSIERS, "");
        assertThat(duo(d, "Boete: MAP niet afgerond")).containsExactly("0", "0", "€ 0,00");
        assertThat(duo(d, "Ander besluit")).containsExactly("0", "0", "");

        // On 01-03-2025 the extensions had been decided, the term fines not yet.
        Dashboard march2025 = dashboard(fixture(), LocalDate.of(2025, 3, 1));
        assertThat(duo(march2025, "Verlenging van de inburgeringstermijn")).containsExactly("5", "5", "");
        assertThat(duo(march2025, "Boete: inburgeringstermijn niet gehaald")).containsExactly("0", "0", "€ 0,00");
        // The municipality's own Handhaving table does not count DUO's fines.
        assertThat(enforcement(d, "Boetebesluit: goedgekeurd en verzonden")).containsExactly("10", "10", "€ 1.750,00");
    }

    @Test
    void reliefStartedEndedTheSixMonthMinimumAndPayments() {
        Dashboard d = dashboard(fixture(), PEIL);
        assertThat(cell(d, "ontzorgen", "Asielstatushouders in het cohort", 0)).isEqualTo("11");
        // All 11 asylum permit holders started: 11 / 11.
        assertThat(cell(d, "ontzorgen", "Ontzorgen gestart", 0)).isEqualTo("11");
        assertThat(cell(d, "ontzorgen", "Ontzorgen gestart", 1)).isEqualTo("100,0%");
        // By 30-06-2026 every arrangement is over (latest end 31-12-2022).
        assertThat(cell(d, "ontzorgen", "Loopt op de peildatum", 0)).isEqualTo("0");
        assertThat(cell(d, "ontzorgen", "Afgelopen vóór de peildatum", 0)).isEqualTo("11");
        // Six months from 01-02-2022 end on 31-07-2022: A3–A6 end exactly then and count, A1–A2 (31-12-2022) too: 6 / 11 =
        // 54.55%. B1–B5 ended on 30-06-2022, before their six months (31-08-2022): 5 / 11 = 45.45%.
        assertThat(cell(d, "ontzorgen", "waarvan ten minste 6 maanden (wettelijke minimumduur)", 0)).isEqualTo("6");
        assertThat(cell(d, "ontzorgen", "waarvan ten minste 6 maanden (wettelijke minimumduur)", 1)).isEqualTo("54,5%");
        assertThat(cell(d, "ontzorgen", "waarvan korter dan 6 maanden", 0)).isEqualTo("5");
        assertThat(cell(d, "ontzorgen", "waarvan korter dan 6 maanden", 1)).isEqualTo("45,5%");
        assertThat(cell(d, "ontzorgen", "Eerder beëindigd (vóór de geplande einddatum)", 1)).isEqualTo("45,5%");
        // Extended: A1 and A2 — two, so hidden, and so is their share.
        assertThat(cell(d, "ontzorgen", "Verlengd", 0)).isEqualTo(FEW);
        assertThat(cell(d, "ontzorgen", "Verlengd", 1)).isEqualTo(HIDDEN);
        // Payments: March A1–A6 two transfers each (12) and B1–B5 one (5), August A1–A2 one (2): 19 transfers to 11
        // dossiers; 6 × (500 + 300) + 5 × 450 + 2 × 500 = 4,800 + 2,250 + 1,000 = € 8.050.
        assertThat(cell(d, "ontzorgen", "Dossiers met een betaling via ontzorgen", 0)).isEqualTo("11");
        assertThat(cell(d, "ontzorgen", "Overboekingen (vaste lasten en restant)", 0)).isEqualTo("19");
        assertThat(cell(d, "ontzorgen", "Betaald bedrag", 0)).isEqualTo("€ 8.050,00");
    }

    @Test
    void reliefOnAnEarlierPeildatumUsesTheEndAsItWasAgreedThen() {
        Dashboard d = dashboard(fixture(), LocalDate.of(2022, 7, 15));
        // On 15-07-2022 A1–A2's extension (recorded 20-07) did not exist yet: they end 31-07-2022 like A3–A6, so six run;
        // B1–B5's early end (recorded 05-07, last day 30-06) had happened: five over, all short of six months.
        assertThat(cell(d, "ontzorgen", "Loopt op de peildatum", 0)).isEqualTo("6");
        assertThat(cell(d, "ontzorgen", "Loopt op de peildatum", 1)).isEqualTo("54,5%");
        assertThat(cell(d, "ontzorgen", "Afgelopen vóór de peildatum", 0)).isEqualTo("5");
        assertThat(cell(d, "ontzorgen", "waarvan ten minste 6 maanden (wettelijke minimumduur)", 0)).isEqualTo("0");
        assertThat(cell(d, "ontzorgen", "waarvan korter dan 6 maanden", 1)).isEqualTo("100,0%");
        assertThat(cell(d, "ontzorgen", "Verlengd", 0)).isEqualTo("0");
        // Only March's run was executed by then: 17 transfers, 6 × 800 + 5 × 450 = € 7.050.
        assertThat(cell(d, "ontzorgen", "Overboekingen (vaste lasten en restant)", 0)).isEqualTo("17");
        assertThat(cell(d, "ontzorgen", "Betaald bedrag", 0)).isEqualTo("€ 7.050,00");
    }

    @Test
    void satisfactionAveragesTheLatestAnswerPerNewcomerAndHidesSmallGroups() {
        Dashboard d = dashboard(fixture(), PEIL);
        // Maatschappelijke begeleiding: A1's latest is 4 (10-01-2024), then 7, 9, 7, 8, 5 (sum 40) and B 7, 7, 8, 6, 10
        // (sum 38): 78 / 11 = 7.09; a 7 or more: A2–A5 and B1, B2, B3, B5 = 8 / 11 = 72.7%.
        String guidance = "Inburgeraars: Maatschappelijke begeleiding";
        assertThat(cell(d, "tevredenheid", guidance, 0)).isEqualTo("7,1");
        assertThat(cell(d, "tevredenheid", guidance, 1)).isEqualTo("11");
        assertThat(cell(d, "tevredenheid", guidance, 2)).isEqualTo("72,7%");
        // Overall: C1–C5 gave 6, 6, 7, 8, 8 = 35 / 5 = 7.0; C1's 1 on 01-07-2026 is after the peildatum and the 1 of the
        // dossier housed 01-07-2022 is outside the cohort. A 7 or more: three, so the share is hidden.
        String overall = "Inburgeraars: Inburgering in het algemeen";
        assertThat(cell(d, "tevredenheid", overall, 0)).isEqualTo("7,0");
        assertThat(cell(d, "tevredenheid", overall, 1)).isEqualTo("5");
        assertThat(cell(d, "tevredenheid", overall, 2)).isEqualTo(HIDDEN);
        // MAP: three respondents — no average below five.
        String map = "Inburgeraars: Module arbeidsmarkt en participatie (MAP)";
        assertThat(cell(d, "tevredenheid", map, 0)).isEqualTo("minder dan 5 respondenten");
        assertThat(cell(d, "tevredenheid", map, 1)).isEqualTo(FEW);
        assertThat(cell(d, "tevredenheid", "Inburgeraars: Participatieverklaringstraject (PVT)", 0)).isEqualTo(Figures.NO_DATA);
        // Chain partners held in 2022-H1: 15-03 (12 respondents, 7,4) shown; 20-05 (4) without its average; 01-08 is 2022-H2.
        assertThat(cell(d, "tevredenheid", "Ketenpartners, 15-03-2022: Partners van de Sociale Alliantie", 0)).isEqualTo("7,4");
        assertThat(cell(d, "tevredenheid", "Ketenpartners, 15-03-2022: Partners van de Sociale Alliantie", 1)).isEqualTo("12");
        assertThat(cell(d, "tevredenheid", "Ketenpartners, 20-05-2022: Taalaanbieders", 0)).isEqualTo("minder dan 5 respondenten");
        assertThat(d.table("tevredenheid").rows()).noneMatch(r -> r.label().contains("Werkgevers"));
    }

    @Test
    void satisfactionOnEarlierPeildatumsTakesTheAnswersGivenByThen() {
        CohortFixture f = fixture();
        // On 31-12-2023 A1's latest is still the 8 of 01-12-2022: (44 + 38) / 11 = 7.45; a 7 or more 5 + 4 = 9 / 11 = 81.8%.
        Dashboard end2023 = dashboard(f, LocalDate.of(2023, 12, 31));
        assertThat(cell(end2023, "tevredenheid", "Inburgeraars: Maatschappelijke begeleiding", 0)).isEqualTo("7,5");
        assertThat(cell(end2023, "tevredenheid", "Inburgeraars: Maatschappelijke begeleiding", 2)).isEqualTo("81,8%");
        // C's overall answers came on 01-02-2024.
        assertThat(cell(end2023, "tevredenheid", "Inburgeraars: Inburgering in het algemeen", 0)).isEqualTo(Figures.NO_DATA);
        assertThat(cell(end2023, "tevredenheid", "Inburgeraars: Inburgering in het algemeen", 1)).isEqualTo("0");
        // On 30-04-2022 only the March partner survey had been held, and no newcomer had answered.
        Dashboard april2022 = dashboard(f, LocalDate.of(2022, 4, 30));
        assertThat(april2022.table("tevredenheid").rows()).extracting(Figures.Row::label)
                .contains("Ketenpartners, 15-03-2022: Partners van de Sociale Alliantie")
                .noneMatch(l -> l.contains("Taalaanbieders"));
        assertThat(cell(april2022, "tevredenheid", "Inburgeraars: Maatschappelijke begeleiding", 1)).isEqualTo("0");
    }

    @Autowired
    Accountability accountability;

    private static String yearCell(List<Figures.Table> overview, String table, String row) {
        return cell(overview.stream().filter(t -> t.id().equals(table)).findFirst().orElseThrow(), row, 0);
    }

    @Test
    void theYearlyOverviewCountsEnforcementAndReliefByTheDateOfEachEvent() {
        CohortFixture f = fixture();
        RegieUser officer = new RegieUser("t-beleid-" + f.municipality, "Beleid", Role.POLICY_OFFICER, f.municipality, null, true);
        List<Figures.Table> y2022 = accountability.overview(officer, Scope.OWN_MUNICIPALITY, 2022);
        // Heard in 2022: A1–A6 (08-09), B1–B5 (09-05), C1–C5 (05-08) = 16; A1's second breach was heard in 2023.
        assertThat(yearCell(y2022, "handhaving", "Overtredingen vastgelegd (inburgeraar gehoord)")).isEqualTo("16");
        // No sanction for B1 and B2; a warning for A6; a Participatiewet measure for B3: all below five.
        assertThat(yearCell(y2022, "handhaving", "Besluit: geen sanctie")).isEqualTo(FEW);
        assertThat(yearCell(y2022, "handhaving", "Besluit: schriftelijke waarschuwing")).isEqualTo(FEW);
        assertThat(yearCell(y2022, "handhaving", "Maatregelen Participatiewet in plaats van een boete")).isEqualTo(FEW);
        // Fines approved and dated in 2022: A1–A5 (20-09) and C1–C5 (15-08) = 10; B4 and B5 still wait, so do not count.
        assertThat(yearCell(y2022, "handhaving", "Boetes opgelegd (goedgekeurd en verzonden)")).isEqualTo("10");
        // Objections received in October 2022 against A1–A5's fines.
        assertThat(yearCell(y2022, "handhaving", "Bezwaren ontvangen tegen een boete")).isEqualTo("5");
        // Relief starting 01-02-2022 (A1–A6) and 01-03-2022 (B1–B5) = 11, all paid in 2022; transfers: March A 6 × 2 and
        // B 5 × 1 = 17, August A1 and A2 = 2: 19.
        assertThat(yearCell(y2022, "ontzorgen", "Ontzorgen gestart (asielstatushouders)")).isEqualTo("11");
        assertThat(yearCell(y2022, "ontzorgen", "Inburgeraars voor wie vaste lasten zijn betaald")).isEqualTo("11");
        assertThat(yearCell(y2022, "ontzorgen", "Betalingen van vaste lasten uitgevoerd")).isEqualTo("19");

        List<Figures.Table> y2023 = accountability.overview(officer, Scope.OWN_MUNICIPALITY, 2023);
        // 2023: A1's second breach and its warning; the € 250 fine proposed for it was rejected, so no fine counts.
        assertThat(yearCell(y2023, "handhaving", "Overtredingen vastgelegd (inburgeraar gehoord)")).isEqualTo(FEW);
        assertThat(yearCell(y2023, "handhaving", "Besluit: schriftelijke waarschuwing")).isEqualTo(FEW);
        assertThat(yearCell(y2023, "handhaving", "Boetes opgelegd (goedgekeurd en verzonden)")).isEqualTo("0");
        assertThat(yearCell(y2023, "ontzorgen", "Ontzorgen gestart (asielstatushouders)")).isEqualTo("0");
        assertThat(yearCell(y2023, "ontzorgen", "Betalingen van vaste lasten uitgevoerd")).isEqualTo("0");

        // DUO's decisions count in the year DUO took them: 2025 has B1–B5's extensions (10-02) and C1–C5's term fines (02-06);
        // C1's PVT fine and A1's exemption fall in 2024, one each.
        List<Figures.Table> y2025 = accountability.overview(officer, Scope.OWN_MUNICIPALITY, 2025);
        assertThat(yearCell(y2025, "duo", "Boetes van DUO: inburgeringstermijn niet gehaald")).isEqualTo("5");
        assertThat(yearCell(y2025, "duo", "Verlengingen van de inburgeringstermijn")).isEqualTo("5");
        assertThat(yearCell(y2025, "duo", "Boetes van DUO: PVT niet afgerond")).isEqualTo("0");
        List<Figures.Table> y2024 = accountability.overview(officer, Scope.OWN_MUNICIPALITY, 2024);
        assertThat(yearCell(y2024, "duo", "Boetes van DUO: PVT niet afgerond")).isEqualTo(FEW);
        assertThat(yearCell(y2024, "duo", "Ontheffingen")).isEqualTo(FEW);
        assertThat(yearCell(y2024, "duo", "Boetes van DUO: inburgeringstermijn niet gehaald")).isEqualTo("0");
        assertThat(yearCell(y2022, "duo", "Verlengingen van de inburgeringstermijn")).isEqualTo("0");
    }
}
