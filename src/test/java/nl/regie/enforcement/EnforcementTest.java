package nl.regie.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.identity.RegieUser;
import nl.regie.letters.LetterChecks;
import nl.regie.rules.Circumstance;
import nl.regie.rules.SanctionKind;
import nl.regie.shared.RegieProblem;

/** Handhaving through the services and over HTTP: ladder, four eyes, letter, objections, double sanction, lapse, tenants. */
class EnforcementTest extends IntegrationTest {

    @Autowired
    Enforcement enforcement;

    @Autowired
    RecordingBreach breaches;

    @Autowired
    DecidingSanction deciding;

    @Autowired
    RecordingObjection objections;

    @Autowired
    RecordingDuoDecision duo;

    @Autowired
    nl.regie.completion.CompletionFixtures routes;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    private RegieUser teamLead() {
        return data.user(TestData.TEAM_LEAD_WASSENAAR);
    }

    private static NewBreach breach(LocalDate on, boolean validReason, Set<Circumstance> circumstances) {
        return new NewBreach(Obligation.PROGRESS_MEETING, on, "Niet verschenen op het voortgangsgesprek.", on.plusDays(2),
                "Ik was het vergeten.", validReason, "Uitnodiging in eigen taal ontvangen; geen geldige reden.", circumstances, null, null);
    }

    private BreachView view(UUID id, long breachId) {
        return enforcement.view(consultant(), id).breaches().stream().filter(b -> b.breach().id() == breachId).findFirst().orElseThrow();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A first breach decided as a warning, so the next one is fined. */
    private UUID withWarning() {
        UUID id = data.wassenaarDossier();
        long first = breaches.record(consultant(), id, breach(today.minusDays(60), false, Set.of()));
        assertThat(view(id, first).proposal().kind()).isEqualTo(SanctionKind.WARNING);
        deciding.decide(consultant(), id, first, SanctionKind.WARNING, null, null);
        return id;
    }

    @Test
    void aWarningIsFinalAtOnceAndItsLetterIsArchived() {
        UUID id = withWarning();
        BreachView v = enforcement.view(consultant(), id).breaches().get(0);
        assertThat(v.current().kind()).isEqualTo(SanctionKind.WARNING);
        assertThat(v.current().status()).isEqualTo(DecisionStatus.FINAL);
        assertThat(v.letter()).isTrue();

        byte[] pdf = enforcement.warningLetter(consultant(), id, v.current().id());
        assertThat(LetterChecks.pdfaFailures(pdf)).isEmpty();
        LetterChecks.savePages(pdf, "waarschuwing");
        String text = LetterChecks.text(pdf).replaceAll("\\s+", " ");
        // Wassenaar's policy (V13): warning first, a second chance after 24 months, the ladder starting at € 100.
        java.time.format.DateTimeFormatter dutch = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));
        LocalDate conduct = today.minusDays(60);
        assertThat(text).contains("Schriftelijke waarschuwing", "Dit is een waarschuwing, geen boete.", "Ik was het vergeten.",
                        "hoor en wederhoor", "bij een eerste overtreding eerst een schriftelijke waarschuwing",
                        "tot en met " + dutch.format(conduct.plusMonths(24)) + " (24 maanden na " + dutch.format(conduct) + ")",
                        "een eerste boete € 100,00", "nooit hoger dan € 800,00", "Test Consulent Wassenaar")
                // The policy's sources are for the consultant's screen, never in a letter; a warning is not paid.
                .doesNotContain("seed", "rules.md", "Betaal");
        // Each path serves its own kind: the warning's letter is not a beschikking.
        assertThatThrownBy(() -> enforcement.letter(consultant(), id, v.current().id())).isInstanceOf(RegieProblem.NotFound.class);
        assertThat(count("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'DOWNLOAD_WARNING_LETTER'", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM enforcement_letter WHERE decision_id = ?", v.current().id())).isEqualTo(1);
    }

    @Test
    void aWarningFirstThenAFineThatTheTeamLeadApprovesWithAnArchivedBeschikking() {
        UUID id = withWarning();
        long second = breaches.record(consultant(), id, breach(today.minusDays(10), false, Set.of()));
        BreachView v = view(id, second);
        assertThat(v.proposal().kind()).isEqualTo(SanctionKind.FINE);
        assertThat(v.proposal().amount()).isEqualByComparingTo("100.00");
        assertThat(String.join(" ", v.proposal().reasoning())).contains("beleid geldig vanaf 01-01-2022", "C-158/23");

        long decision = deciding.decide(consultant(), id, second, SanctionKind.FINE, new BigDecimal("100.00"), null);
        assertThat(view(id, second).current().status()).isEqualTo(DecisionStatus.AWAITING_APPROVAL);
        assertThat(enforcement.awaitingApproval(teamLead())).anyMatch(l -> l.decisionId() == decision);
        // A consultant cannot approve; nor can a chain partner see the queue.
        assertThatThrownBy(() -> deciding.review(consultant(), id, decision, 0, true, null)).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> enforcement.awaitingApproval(consultant())).isInstanceOf(RegieProblem.Forbidden.class);
        // Rejecting needs a reason.
        assertThatThrownBy(() -> deciding.review(teamLead(), id, decision, 0, false, " ")).isInstanceOf(RegieProblem.InvalidInput.class);

        deciding.review(teamLead(), id, decision, 0, true, null);
        BreachView after = view(id, second);
        assertThat(after.current().status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(after.current().datedOn()).isEqualTo(today);
        assertThat(after.letter()).isTrue();
        assertThat(enforcement.awaitingApproval(teamLead())).noneMatch(l -> l.decisionId() == decision);
        // A stale version is a conflict, never a second approval.
        assertThatThrownBy(() -> deciding.review(teamLead(), id, decision, 0, true, null)).isInstanceOf(RegieProblem.Conflict.class);

        byte[] pdf = enforcement.letter(consultant(), id, decision);
        assertThat(LetterChecks.pdfaFailures(pdf)).isEmpty();
        LetterChecks.savePages(pdf, "boetebeschikking");
        String text = LetterChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Beschikking", "€ 100,00", "Ik was het vergeten.", "hoor en wederhoor", "6:7", "zes weken",
                "Wi art. 22", "Betalen", "Test Teamleider Wassenaar", "tweede-kansperiode")
                .doesNotContain("seed", "rules.md");

        assertThat(count("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type IN ('BREACH_RECORDED', 'SANCTION_DECIDED', 'FINE_APPROVED')", id))
                .isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action IN ('RECORD_BREACH', 'DECIDE_SANCTION', 'REVIEW_FINE', 'DOWNLOAD_FINE_LETTER')", id))
                .isEqualTo(6);
    }

    @Test
    void fourEyesTheTeamLeadCannotApproveTheirOwnFine() {
        UUID id = data.wassenaarDossier();
        long first = breaches.record(teamLead(), id, breach(today.minusDays(60), false, Set.of()));
        deciding.decide(teamLead(), id, first, SanctionKind.WARNING, null, null);
        long second = breaches.record(teamLead(), id, breach(today.minusDays(20), false, Set.of(Circumstance.LIMITED_MEANS)));
        assertThat(view(id, second).proposal().amount()).isEqualByComparingTo("75.00");
        long decision = deciding.decide(teamLead(), id, second, SanctionKind.FINE, new BigDecimal("75.00"), null);
        assertThatThrownBy(() -> deciding.review(teamLead(), id, decision, 0, true, null))
                .isInstanceOf(RegieProblem.Forbidden.class).hasMessageContaining("Vier ogen");
    }

    @Test
    void deviatingNeedsAReasonAndNeverGoesAboveTheMaximum() {
        UUID id = withWarning();
        long second = breaches.record(consultant(), id, breach(today.minusDays(10), false, Set.of()));
        assertThatThrownBy(() -> deciding.decide(consultant(), id, second, SanctionKind.FINE, new BigDecimal("250.00"), null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKey("deviationReason"));
        assertThatThrownBy(() -> deciding.decide(consultant(), id, second, SanctionKind.FINE, new BigDecimal("900.00"), "ernstig"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("amount")).contains("€ 800,00"));
        deciding.decide(consultant(), id, second, SanctionKind.WARNING, null, "Eerste keer na verhuizing; nog een waarschuwing.");
        assertThat(view(id, second).current().status()).isEqualTo(DecisionStatus.FINAL);
        assertThatThrownBy(() -> deciding.decide(consultant(), id, second, SanctionKind.WARNING, null, "nog eens"))
                .isInstanceOf(RegieProblem.Conflict.class);
    }

    @Test
    void aValidReasonMeansNoSanction() {
        UUID id = data.wassenaarDossier();
        long b = breaches.record(consultant(), id, breach(today.minusDays(5), true, Set.of()));
        assertThat(view(id, b).proposal().kind()).isEqualTo(SanctionKind.NONE);
        assertThatThrownBy(() -> deciding.decide(consultant(), id, b, SanctionKind.WARNING, null, "toch"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("kind")).contains("Awb art. 5:41"));
        deciding.decide(consultant(), id, b, SanctionKind.NONE, null, null);
    }

    @Test
    void aParticipatiewetMeasureBlocksTheWiFineAndAWiFineBlocksTheMeasure() {
        UUID id = withWarning();
        long second = breaches.record(consultant(), id, breach(today.minusDays(10), false, Set.of()));
        breaches.recordBenefitSanction(consultant(), id, second, 20, 1, today.minusDays(2), "Afstemmingsverordening: niet verschenen.");
        assertThat(view(id, second).proposal().kind()).isEqualTo(SanctionKind.NONE);
        assertThatThrownBy(() -> deciding.decide(consultant(), id, second, SanctionKind.FINE, new BigDecimal("100.00"), "toch boete"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("kind"))
                        .contains("Participatiewet", "nooit beide", "art. 27"));

        long third = breaches.record(consultant(), id, breach(today.minusDays(5), false, Set.of()));
        deciding.decide(consultant(), id, third, SanctionKind.FINE, new BigDecimal("100.00"), null);
        assertThatThrownBy(() -> breaches.recordBenefitSanction(consultant(), id, third, 20, 1, today, "ook bijstand verlagen"))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("Wet inburgering").hasMessageContaining("Pw art. 18 lid 2");
        assertThat(count("SELECT COUNT(*) FROM enforcement_pw_measure WHERE breach_id = ?", third)).isZero();
    }

    @Test
    void afterFiveYearsTheFineIsRefusedWithTheReason() {
        // The Wi 2021 started in 2022; for conduct long ago this test adds an older policy version of its own.
        jdbc.sql("""
                INSERT INTO enforcement_policy (municipality_code, valid_from, warning_first, fine_step_1, fine_step_2, fine_step_3,
                    second_chance_months, reduction_culpability_pct, reduction_means_pct, reduction_restored_pct, max_reduction_pct,
                    pw_measure_pct, pw_measure_months, pw_and_wi_both_allowed, source)
                SELECT '0629', DATE '2015-01-01', TRUE, 100, 250, 500, 24, 50, 25, 25, 75, 20, 1, FALSE, 'test: oude versie'
                FROM municipality WHERE code = '0629' AND NOT EXISTS
                    (SELECT 1 FROM enforcement_policy WHERE municipality_code = '0629' AND valid_from = DATE '2015-01-01')""").update();
        UUID id = data.wassenaarDossier();
        long old = breaches.record(consultant(), id, breach(today.minusYears(5).minusDays(40), false, Set.of()));
        deciding.decide(consultant(), id, old, SanctionKind.WARNING, null, null);
        long lapsed = breaches.record(consultant(), id, breach(today.minusYears(5).minusDays(1), false, Set.of()));
        BreachView v = view(id, lapsed);
        assertThat(v.proposal().kind()).isEqualTo(SanctionKind.NONE);
        assertThat(v.proposal().fineRefused()).isTrue();
        assertThatThrownBy(() -> deciding.decide(consultant(), id, lapsed, SanctionKind.FINE, new BigDecimal("100.00"), "toch"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("kind"))
                        .contains("vervallen op", "Awb art. 5:45"));
    }

    @Test
    void anObjectionIsCheckedAgainstSixWeeksAndItsOutcomeRecorded() {
        UUID id = withWarning();
        long second = breaches.record(consultant(), id, breach(today.minusDays(10), false, Set.of()));
        long decision = deciding.decide(consultant(), id, second, SanctionKind.FINE, new BigDecimal("100.00"), null);
        assertThatThrownBy(() -> objections.receive(consultant(), id, decision, today, false, null))
                .isInstanceOf(RegieProblem.Conflict.class);
        deciding.review(teamLead(), id, decision, 0, true, null);
        assertThatThrownBy(() -> objections.receive(consultant(), id, decision, today.minusDays(1), false, null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKey("receivedOn"));
        objections.receive(consultant(), id, decision, today, false, null);
        assertThat(view(id, second).objection().inTime()).isTrue();
        assertThatThrownBy(() -> objections.decide(consultant(), id, decision, ObjectionOutcome.PARTLY_UPHELD, today, new BigDecimal("150.00"), "x"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKey("newAmount"));
        objections.decide(consultant(), id, decision, ObjectionOutcome.PARTLY_UPHELD, today, new BigDecimal("50.00"), "Draagkracht alsnog aangetoond.");
        BreachView v = view(id, second);
        assertThat(v.objection().outcome()).isEqualTo(ObjectionOutcome.PARTLY_UPHELD);
        assertThat(v.effectiveAmount()).isEqualByComparingTo("50.00");
        assertThat(count("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type IN ('OBJECTION_RECORDED', 'OBJECTION_DECIDED')", id))
                .isEqualTo(2);
    }

    @Test
    void duoDecisionsAreRecordedAsReceivedFacts() {
        UUID withoutPlan = data.wassenaarDossier();
        assertThatThrownBy(() -> duo.record(consultant(), withoutPlan, DuoDecisionKind.FINE_TERM, today, "DUO-123", null, null, null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKey("amount"));
        // No PIP, so no term to extend (Wi art. 11): refused, nothing recorded.
        assertThatThrownBy(() -> duo.record(consultant(), withoutPlan, DuoDecisionKind.TERM_EXTENDED, today.minusDays(3), "DUO-456",
                null, today.plusYears(1), "Ziekte"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("kind"))
                        .isEqualTo("Een verlenging van de termijn kan pas als het eerste PIP is vastgesteld."));
        assertThat(count("SELECT COUNT(*) FROM duo_decision WHERE dossier_id = ?", withoutPlan)).isZero();

        LocalDate pip = today.minusYears(2);
        UUID id = routes.inRouteWithoutPlan(pip);
        LocalDate statutoryEnd = jdbc.sql("SELECT due_date FROM dossier_deadline WHERE dossier_id = ? AND code = 'TERM_END'").param(id)
                .query(LocalDate.class).single();
        LocalDate extended = today.plusYears(1).plusMonths(6);
        duo.record(consultant(), id, DuoDecisionKind.TERM_EXTENDED, today.minusDays(3), "DUO-456", null, extended, "Ziekte");
        List<DuoDecision> list = enforcement.view(consultant(), id).duoDecisions();
        assertThat(list).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DuoDecisionKind.TERM_EXTENDED);
            assertThat(d.newTermEnd()).isEqualTo(extended);
            assertThat(d.amount()).isNull();
        });
        assertThat(count("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'RECORD_DUO_DECISION'", id)).isEqualTo(1);
        // Recorded once, the extension is the dossier's term end (Wi art. 12): the deadline moved from the statutory end
        // (three years from the day after the PIP, about a year from now) to DUO's new end.
        assertThat(statutoryEnd).isBetween(today.plusYears(1).minusDays(2), today.plusYears(1).plusDays(2));
        assertThat(jdbc.sql("SELECT due_date FROM dossier_deadline WHERE dossier_id = ? AND code = 'TERM_END'").param(id)
                .query(LocalDate.class).single()).isEqualTo(extended);
        assertThat(jdbc.sql("SELECT term_extended_until FROM dossier WHERE id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(extended);
    }

    @Test
    void otherMunicipalitiesChainPartnersAndPolicyOfficersSeeNothing() throws Exception {
        UUID id = data.wassenaarDossier();
        assertThatThrownBy(() -> enforcement.view(data.user(TestData.CONSULTANT_VOORSCHOTEN), id)).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> breaches.record(data.user(TestData.CONSULTANT_VOORSCHOTEN), id, breach(today, false, Set.of())))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> enforcement.view(data.user(TestData.CHAIN_PARTNER), id)).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> enforcement.view(data.user(TestData.POLICY_OFFICER_WASSENAAR), id)).isInstanceOf(RegieProblem.Forbidden.class);

        mvc.perform(get("/dossiers/" + id + "/handhaving").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/handhaving").with(user(TestData.CHAIN_PARTNER).roles("CHAIN_PARTNER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/" + id + "/handhaving").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/handhaving/goedkeuren").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/handhaving/beleid").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("€ 100,00 → € 250,00 → € 500,00")));
    }

    @Test
    void aRefusedBreachFormShowsDutchMessagesAndKeepsWhatWasTyped() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(post("/dossiers/" + id + "/handhaving/overtreding").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")).with(csrf())
                        .param("obligation", "PLAN_AGREEMENT").param("conductOn", "31-02-2026").param("facts", "Niet naar de taalles gegaan"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("geen geldige datum")))
                .andExpect(content().string(containsString("value=\"31-02-2026\"")));
        mvc.perform(post("/dossiers/" + id + "/handhaving/overtreding").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")).with(csrf())
                        .param("obligation", "PLAN_AGREEMENT").param("conductOn", "3-3-2026").param("facts", "Niet naar de taalles gegaan")
                        .param("statement", "").param("circumstances", "LIMITED_MEANS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Controleer de invoer.")))
                .andExpect(content().string(containsString("Leg vast wat de inburgeraar zelf heeft verklaard.")))
                .andExpect(content().string(containsString("Geef aan of er een geldige reden was.")))
                .andExpect(content().string(containsString("Niet naar de taalles gegaan")))
                .andExpect(content().string(containsString("value=\"3-3-2026\"")));
        mvc.perform(get("/dossiers/" + id + "/handhaving").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-current=\"page\">Handhaving</a>")))
                .andExpect(header().doesNotExist("X-Nothing"));
    }
}
