package nl.regie.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.HouseholdMember;
import nl.regie.dossier.HouseholdMember.Relationship;
import nl.regie.dossier.NewDossier;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.identity.RegieUser;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.RegieProblem;

class HouseholdTest extends IntegrationTest {

    @Autowired
    RegisteringDossier registering;

    @Autowired
    RecordingLifecycleStep steps;

    @Autowired
    DossierQueries dossiers;

    @Autowired
    Households households;

    @Autowired
    EditingHousehold editing;

    @Autowired
    RecordingIncome income;

    @Autowired
    RecordingChildcare childcare;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    /** A Wassenaar family: Rasha with partner Omar and two children, as entered at registration. */
    private UUID family(String bsn) {
        return registering.register(consultant(), new NewDossier(null, bsn, "Rasha", "Haddad", LocalDate.of(1990, 5, 17),
                "SYR", TargetGroup.ASYLUM_PERMIT_HOLDER, "ar", true, today.minusDays(30), null, null, null,
                List.of(new HouseholdMember(Relationship.PARTNER, "Omar Haddad", LocalDate.of(1988, 2, 1)),
                        new HouseholdMember(Relationship.CHILD, "Amira Haddad", today.minusYears(3)),
                        new HouseholdMember(Relationship.CHILD, "Sami Haddad", today.minusYears(9))), null));
    }

    /** Omar's own dossier, a family migrant joining later (no household entered). */
    private UUID partnerDossier(String bsn) {
        return registering.register(consultant(), new NewDossier(null, bsn, "Omar", "Haddad", LocalDate.of(1988, 2, 1),
                "SYR", TargetGroup.FAMILY_MIGRANT, "ar", false, null, null, today.minusDays(20), null, List.of(), null));
    }

    private long memberId(UUID dossierId, String name) {
        return households.household(consultant(), dossierId, "test").members().stream()
                .filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long events(UUID dossierId, String type) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = ?")
                .params(dossierId, type).query(Long.class).single();
    }

    private long rows(String table, UUID dossierId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE dossier_id = ?").param(dossierId).query(Long.class).single();
    }

    private static Map<String, String> problems(Runnable r) {
        try {
            r.run();
        } catch (RegieProblem.InvalidInput e) {
            return e.problems();
        }
        throw new AssertionError("expected InvalidInput");
    }

    @Test
    void aPartnerIsLinkedByBsnToTheirOwnDossierAndShownWithStateTargetGroupAndConsultant() {
        String omarBsn = TestData.freshBsn();
        UUID rasha = family(TestData.freshBsn());
        UUID omar = partnerDossier(omarBsn);

        editing.link(consultant(), rasha, memberId(rasha, "Omar Haddad"), omarBsn);

        Household h = households.household(consultant(), rasha, "test");
        Household.Member partner = h.partners().get(0);
        assertThat(partner.linked().id()).isEqualTo(omar);
        assertThat(partner.linked().state()).isEqualTo(DossierState.BRP_REGISTERED);
        assertThat(partner.linked().targetGroup()).isEqualTo(TargetGroup.FAMILY_MIGRANT);
        assertThat(partner.linked().consultantName()).isEqualTo("Test Consulent Wassenaar");
        assertThat(h.children()).extracting(Household.Member::name).containsExactly("Amira Haddad", "Sami Haddad");
        assertThat(h.children().get(0).age()).isEqualTo(3);
        // Both timelines say so; reading the partner's dossier for the household page is in the access log.
        assertThat(events(rasha, "HOUSEHOLD_CHANGED")).isEqualTo(1);
        assertThat(events(omar, "HOUSEHOLD_CHANGED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND purpose LIKE 'Huishouden%'")
                .param(omar).query(Long.class).single()).isGreaterThanOrEqualTo(2);

        editing.unlink(consultant(), rasha, partner.id());
        assertThat(households.household(consultant(), rasha, "test").partners().get(0).linked()).isNull();
        assertThat(events(omar, "HOUSEHOLD_CHANGED")).isEqualTo(2);
    }

    @Test
    void linkingRefusesABadBsnItsOwnBsnAndNeverRevealsADossierInAnotherMunicipality() {
        String rashaBsn = TestData.freshBsn();
        UUID rasha = family(rashaBsn);
        long omar = memberId(rasha, "Omar Haddad");
        // Omar has a dossier, but in Voorschoten.
        String voorschotenBsn = TestData.freshBsn();
        registering.register(data.user(TestData.CONSULTANT_VOORSCHOTEN), TestData.asylumPermitHolder(voorschotenBsn, today.minusDays(5)));
        String unknownBsn = TestData.freshBsn();

        assertThat(problems(() -> editing.link(consultant(), rasha, omar, "123456789")))
                .containsEntry("bsn", "Dit BSN voldoet niet aan de elfproef; controleer het nummer.");
        assertThat(problems(() -> editing.link(consultant(), rasha, omar, "12345")))
                .containsEntry("bsn", "Een BSN bestaat uit precies 9 cijfers.");
        assertThat(problems(() -> editing.link(consultant(), rasha, omar, rashaBsn)))
                .containsEntry("bsn", "Dit is het BSN van dit dossier zelf; vul het BSN van het gezinslid in.");
        assertThat(problems(() -> editing.link(consultant(), rasha, null, unknownBsn)))
                .containsEntry("linkMemberId", "Kies het gezinslid.");
        // A dossier in another municipality gives exactly the answer of a BSN without any dossier.
        Map<String, String> elsewhere = problems(() -> editing.link(consultant(), rasha, omar, voorschotenBsn));
        Map<String, String> nowhere = problems(() -> editing.link(consultant(), rasha, omar, unknownBsn));
        assertThat(elsewhere).isEqualTo(nowhere).containsEntry("bsn", "Er is in uw gemeente geen dossier met dit BSN. "
                + "Een gezinslid kan alleen worden gekoppeld aan een dossier in dezelfde gemeente.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM household_member WHERE dossier_id = ? AND related_dossier_id IS NOT NULL")
                .param(rasha).query(Long.class).single()).isZero();
        assertThat(events(rasha, "HOUSEHOLD_CHANGED")).isZero();
    }

    @Test
    void whenThePartnerFindsWorkTheOtherBecomesNugKeepsTheirTrajectoryAndAppearsOnTheTeamLeadsList() {
        String omarBsn = TestData.freshBsn();
        UUID rasha = family(TestData.freshBsn());
        UUID omar = partnerDossier(omarBsn);
        editing.link(consultant(), rasha, memberId(rasha, "Omar Haddad"), omarBsn);
        income.record(consultant(), rasha, IncomeType.BENEFIT, today.minusDays(60), null, false);
        income.record(consultant(), omar, IncomeType.BENEFIT, today.minusDays(60), null, false);

        // Omar finds work and the household leaves the bijstand: Rasha's consultant records that her partner works.
        var outcome = income.record(consultant(), rasha, IncomeType.PARTNER_WORKS, today.minusDays(2), "Omar werkt sinds kort", false);
        assertThat(outcome.recorded().nug()).isTrue();
        Household h = households.household(consultant(), rasha, "test");
        assertThat(h.nug()).isTrue();
        assertThat(h.incomeHistory()).extracting(IncomeSituation::type).containsExactly(IncomeType.PARTNER_WORKS, IncomeType.BENEFIT);
        // Her own trajectory is untouched.
        assertThat(dossiers.get(consultant(), rasha, "test", Channel.UI).state()).isEqualTo(DossierState.LINKED);
        assertThat(events(rasha, "INCOME_RECORDED")).isEqualTo(2);

        List<NugDossier> list = households.nugDossiers(data.user(TestData.TEAM_LEAD_WASSENAAR));
        assertThat(list).anyMatch(n -> n.dossierId().equals(rasha) && n.income() == IncomeType.PARTNER_WORKS
                && n.since().equals(today.minusDays(2)));
        assertThat(list).noneMatch(n -> n.dossierId().equals(omar));
        assertThatThrownBy(() -> households.nugDossiers(consultant())).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> households.nugDossiers(data.user(TestData.POLICY_OFFICER_WASSENAAR)))
                .isInstanceOf(RegieProblem.Forbidden.class);
    }

    @Test
    void recordingOwnWorkCanMakeTheLinkedPartnerNugInTheirOwnDossier() {
        String omarBsn = TestData.freshBsn();
        UUID rasha = family(TestData.freshBsn());
        UUID omar = partnerDossier(omarBsn);
        editing.link(consultant(), rasha, memberId(rasha, "Omar Haddad"), omarBsn);
        income.record(consultant(), omar, IncomeType.BENEFIT, today.minusDays(60), null, false);

        // Rasha finds work; the household leaves the bijstand and Omar becomes NUG.
        var outcome = income.record(consultant(), rasha, IncomeType.OWN_INCOME, today.minusDays(1), "Werkt in de zorg", true);
        assertThat(outcome.partnerName()).isEqualTo("Omar Haddad");
        Household h = households.household(consultant(), rasha, "test");
        assertThat(h.nug()).isFalse();
        assertThat(h.nugMembers()).extracting(m -> m.linked().id()).containsExactly(omar);
        assertThat(households.household(consultant(), omar, "test").income().type()).isEqualTo(IncomeType.PARTNER_WORKS);
        assertThat(events(omar, "INCOME_RECORDED")).isEqualTo(2);
        assertThat(households.nugDossiers(data.user(TestData.TEAM_LEAD_WASSENAAR))).anyMatch(n -> n.dossierId().equals(omar));

        // Omar finds work too: he leaves the NUG list.
        income.record(consultant(), omar, IncomeType.OWN_INCOME, today, null, false);
        assertThat(households.nugDossiers(data.user(TestData.TEAM_LEAD_WASSENAAR))).noneMatch(n -> n.dossierId().equals(omar));
    }

    @Test
    void incomeValidationNamesEveryProblemAndWritesNothing() {
        UUID rasha = family(TestData.freshBsn());
        assertThat(problems(() -> income.record(consultant(), rasha, null, null, "x".repeat(501), true))).containsExactly(
                Map.entry("situation", "Kies de inkomenssituatie."),
                Map.entry("validFrom", "Vul de datum in waarop deze situatie is ingegaan."),
                Map.entry("incomeRemarks", "Maximaal 500 tekens (nu 501)."),
                Map.entry("partnerBecomesNug", "Alleen bij 'Eigen inkomen of werk' wordt de partner NUG."));
        assertThat(problems(() -> income.record(consultant(), rasha, IncomeType.NUG, today.plusDays(1), null, false)))
                .containsEntry("validFrom", "De datum ligt in de toekomst; leg de situatie vast zodra die is ingegaan.");
        assertThat(problems(() -> income.record(consultant(), rasha, IncomeType.OWN_INCOME, today, null, true)))
                .containsEntry("partnerBecomesNug", "Er is geen partner met een gekoppeld eigen dossier; koppel eerst "
                        + "het dossier van de partner (onder Gezinsleden).");
        assertThat(rows("income_situation", rasha)).isZero();
        assertThat(events(rasha, "INCOME_RECORDED")).isZero();

        income.record(consultant(), rasha, IncomeType.BENEFIT, today.minusDays(10), null, false);
        assertThat(problems(() -> income.record(consultant(), rasha, IncomeType.BENEFIT, today, null, false)))
                .containsEntry("situation", "Dit is al de huidige inkomenssituatie (sinds " + nl.regie.shared.DutchDates.show(today.minusDays(10)) + ").");
        assertThat(problems(() -> income.record(consultant(), rasha, IncomeType.NUG, today.minusDays(11), null, false)))
                .containsEntry("validFrom", "De datum ligt vóór de huidige situatie (Bijstand sinds "
                        + nl.regie.shared.DutchDates.show(today.minusDays(10)) + ").");
        assertThat(rows("income_situation", rasha)).isEqualTo(1);
    }

    @Test
    void membersAreAddedAndRemovedWithDutchValidationAndOnePartnerAtMost() {
        UUID rasha = family(TestData.freshBsn());
        assertThat(problems(() -> editing.addMember(consultant(), rasha,
                new HouseholdMember(Relationship.PARTNER, " ", today.plusDays(1)), null))).containsExactly(
                Map.entry("relationship", "Er staat al een partner in het huishouden (Omar Haddad). Een huishouden heeft één "
                        + "partner; verwijder eerst de huidige partner als de relatie is beëindigd."),
                Map.entry("name", "Naam van het gezinslid is verplicht."),
                Map.entry("birthDate", "De geboortedatum ligt in de toekomst."));
        assertThat(problems(() -> editing.addMember(consultant(), rasha, new HouseholdMember(null, "x".repeat(201), null), null)))
                .containsExactly(Map.entry("relationship", "Kies de relatie van dit gezinslid."),
                        Map.entry("name", "Maximaal 200 tekens (nu 201)."));
        assertThat(households.household(consultant(), rasha, "test").members()).hasSize(3);
        assertThat(events(rasha, "HOUSEHOLD_CHANGED")).isZero();

        long baby = editing.addMember(consultant(), rasha, new HouseholdMember(Relationship.CHILD, "Noor Haddad", today.minusDays(20)), "Geboren");
        assertThat(households.household(consultant(), rasha, "test").children()).extracting(Household.Member::id).contains(baby);
        assertThat(events(rasha, "HOUSEHOLD_CHANGED")).isEqualTo(1);

        assertThat(problems(() -> editing.removeMember(consultant(), rasha, memberId(rasha, "Omar Haddad"), " ")))
                .containsEntry("removeReason", "Geef de reden, bijvoorbeeld 'relatie beëindigd' of 'woont niet meer in het huishouden'.");
        assertThat(problems(() -> editing.removeMember(consultant(), rasha, 999_999_999L, "Verhuisd")))
                .containsEntry("removeMemberId", "Dit gezinslid staat niet (meer) in het huishouden; laad de pagina opnieuw.");
        editing.removeMember(consultant(), rasha, memberId(rasha, "Omar Haddad"), "Relatie beëindigd");
        // With the partner removed, a new partner may be added.
        editing.addMember(consultant(), rasha, new HouseholdMember(Relationship.PARTNER, "Karim Saleh", null), null);
        assertThat(households.household(consultant(), rasha, "test").partners()).extracting(Household.Member::name)
                .containsExactly("Karim Saleh");
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'HOUSEHOLD_CHANGED' ORDER BY id")
                .param(rasha).query(String.class).list()).containsExactly(
                "Gezinslid toegevoegd: kind Noor Haddad (geboren " + nl.regie.shared.DutchDates.show(today.minusDays(20)) + ")",
                "Gezinslid verwijderd: partner Omar Haddad (geboren 01-02-1988)",
                "Gezinslid toegevoegd: partner Karim Saleh");
    }

    @Test
    void childcareIsRecordedPerChildWithValidationAndRemovedWithTheChild() {
        UUID rasha = family(TestData.freshBsn());
        long amira = memberId(rasha, "Amira Haddad");
        long omar = memberId(rasha, "Omar Haddad");

        assertThat(problems(() -> childcare.record(consultant(), rasha, amira,
                new ChildcareInput(null, null, 61, "x".repeat(1001))))).containsExactly(
                Map.entry("need", "Kies of er opvang nodig is: ja, nee of onbekend."),
                Map.entry("hoursPerWeek", "Het aantal uren per week ligt tussen 0 en 60."),
                Map.entry("childcareRemarks", "Maximaal 1000 tekens (nu 1001)."));
        assertThat(problems(() -> childcare.record(consultant(), rasha, amira, new ChildcareInput(ChildcareNeed.YES, null, 16, null))))
                .containsExactly(Map.entry("arrangement", "Kies hoe de opvang is geregeld; kies 'Geen' als die nog niet geregeld is."));
        assertThat(problems(() -> childcare.record(consultant(), rasha, omar, new ChildcareInput(ChildcareNeed.YES, null, null, null))))
                .containsExactly(Map.entry("need", "Kinderopvang wordt alleen voor kinderen vastgelegd."));
        assertThat(rows("childcare_need", rasha)).isZero();

        childcare.record(consultant(), rasha, amira, new ChildcareInput(ChildcareNeed.YES, ChildcareArrangement.NONE, 16, "Wachtlijst"));
        assertThat(households.household(consultant(), rasha, "test").childrenWithUnarrangedCare()).isEqualTo(1);
        childcare.record(consultant(), rasha, amira, new ChildcareInput(ChildcareNeed.YES, ChildcareArrangement.DAYCARE, 16, null));
        Household h = households.household(consultant(), rasha, "test");
        assertThat(h.childrenWithUnarrangedCare()).isZero();
        assertThat(h.children().get(0).childcare().shortDutch()).isEqualTo("opvang nodig — Kinderopvang, 16 uur per week");
        assertThat(events(rasha, "CHILDCARE_RECORDED")).isEqualTo(2);

        editing.removeMember(consultant(), rasha, amira, "Ingevoerd bij het verkeerde gezin");
        assertThat(rows("childcare_need", rasha)).isZero();
    }

    @Test
    void anotherMunicipalityGetsNotFoundAndRolesWithoutDossiersAreRefused() throws Exception {
        UUID rasha = family(TestData.freshBsn());
        RegieUser voorschoten = data.user(TestData.CONSULTANT_VOORSCHOTEN);
        RegieUser policy = data.user(TestData.POLICY_OFFICER_WASSENAAR);
        long omar = memberId(rasha, "Omar Haddad");

        assertThatThrownBy(() -> households.household(voorschoten, rasha, "test")).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> editing.addMember(voorschoten, rasha, new HouseholdMember(Relationship.CHILD, "X", null), null))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> income.record(voorschoten, rasha, IncomeType.NUG, today, null, false))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> households.household(policy, rasha, "test")).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> editing.removeMember(policy, rasha, omar, "x")).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> childcare.record(data.user(TestData.CHAIN_PARTNER), rasha, omar,
                new ChildcareInput(ChildcareNeed.NO, null, null, null))).isInstanceOf(RegieProblem.Forbidden.class);
        assertThat(rows("income_situation", rasha)).isZero();

        mvc.perform(get("/dossiers/" + rasha + "/huishouden").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + rasha + "/huishouden/samenvatting").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + rasha + "/huishouden").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/nug").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClosedDossiersHouseholdIsNoLongerChangedNorOnTheNugList() {
        UUID rasha = family(TestData.freshBsn());
        income.record(consultant(), rasha, IncomeType.NUG, today.minusDays(5), null, false);
        assertThat(households.nugDossiers(data.user(TestData.TEAM_LEAD_WASSENAAR))).anyMatch(n -> n.dossierId().equals(rasha));
        steps.record(consultant(), rasha, dossiers.get(consultant(), rasha, "test", Channel.UI).version(),
                new DossierLifecycle.StepRequest(DossierState.CLOSED, today, null, nl.regie.dossier.ClosureReason.MOVED), "Verhuisd");
        assertThatThrownBy(() -> income.record(consultant(), rasha, IncomeType.NUG, today, null, false))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("gesloten");
        assertThat(rows("income_situation", rasha)).isEqualTo(1);
        assertThat(households.nugDossiers(data.user(TestData.TEAM_LEAD_WASSENAAR))).noneMatch(n -> n.dossierId().equals(rasha));
    }

    @Test
    void theScreensShowTheNugNoticeKeepWhatWasTypedAndAnswer400() throws Exception {
        UUID rasha = family(TestData.freshBsn());
        income.record(consultant(), rasha, IncomeType.NUG, today.minusDays(3), null, false);
        mvc.perform(get("/dossiers/" + rasha + "/huishouden").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Let op: NUG — eigen traject loopt door.")));
        mvc.perform(get("/dossiers/" + rasha + "/huishouden/samenvatting").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Let op: NUG — eigen traject loopt door.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Amira Haddad (3 jaar): nog niet vastgelegd")));
        mvc.perform(post("/dossiers/" + rasha + "/huishouden/leden").with(csrf())
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("relationship", "CHILD").param("name", "Noor Haddad").param("birthDate", "31-02-2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&#39;31-02-2024&#39; is geen geldige datum")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Noor Haddad\"")));
        mvc.perform(post("/dossiers/" + rasha + "/huishouden/inkomen").with(csrf())
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT"))
                        .param("situation", "OWN_INCOME").param("validFrom", dutch(today)))
                .andExpect(status().is3xxRedirection());
        assertThat(households.household(consultant(), rasha, "test").nug()).isFalse();
    }

    private static String dutch(LocalDate d) {
        return nl.regie.shared.DutchDates.show(d);
    }
}
