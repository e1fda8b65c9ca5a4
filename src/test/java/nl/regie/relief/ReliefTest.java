package nl.regie.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.NewDossier;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.dossier.Signal;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.DeadlineCode;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.RegieProblem;

/**
 * Financieel ontzorgen end to end below the screens: who may get it, its dates, the deadline and signal, tenant rules,
 * and the payment run (idempotent, also by the database's constraint; the file valid against the official XSD).
 * Each payment-run test uses its own month, because on PostgreSQL all test contexts share one database.
 */
class ReliefTest extends IntegrationTest {

    @Autowired
    ReliefFixtures fixtures;

    @Autowired
    ManagingRelief managing;

    @Autowired
    Reliefs reliefs;

    @Autowired
    PaymentRuns runs;

    @Autowired
    RegisteringDossier registering;

    @Autowired
    DossierQueries queries;

    static final LocalDate TODAY = LocalDate.now();

    RegieUser teamLead() {
        return data.user(TestData.TEAM_LEAD_WASSENAAR);
    }

    @Test
    void aFamilyMigrantIsRefusedWithTheArticle() {
        UUID id = registering.register(fixtures.consultant(), new NewDossier(null, TestData.freshBsn(), "Omar", "Haddad",
                LocalDate.of(1988, 2, 1), "SYR", TargetGroup.FAMILY_MIGRANT, "ar", false, null, null, TODAY.minusDays(20), null,
                List.of(), null));
        assertThatThrownBy(() -> managing.arrange(fixtures.consultant(), id, 120_000L, "NL36INGB0007654321"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("arrangement"))
                        .contains("alleen voor asielstatushouders", "art. 56a", "gezinsmigrant"));
        assertThat(reliefs.view(fixtures.consultant(), id).eligibility().allowed()).isFalse();
    }

    @Test
    void withoutBijstandItIsRefusedAndSaysWhereToRecordIt() {
        UUID id = data.wassenaarDossier();
        assertThatThrownBy(() -> managing.arrange(fixtures.consultant(), id, 120_000L, "NL36INGB0007654321"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("arrangement"))
                        .contains("geen recht op bijstand", "Recht op bijstand sinds"));
    }

    @Test
    void badAmountAndIbanAreRefusedPerField() {
        UUID id = fixtures.onBenefitSince(TODAY.minusMonths(1));
        assertThatThrownBy(() -> managing.arrange(fixtures.consultant(), id, 0L, "NL91ABNA0417164301"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems())
                        .containsKeys("benefitAmount", "newcomerIban"));
    }

    @Test
    void sixMonthsFromTheStartOfBijstandThenExtendedThenEndedEarlyWithDeadlineSignalAndTimeline() {
        // The end falls 19 days from today: inside the four weeks of the signal, outside the general 14 days.
        LocalDate start = TODAY.plusDays(20).minusMonths(6);
        UUID id = fixtures.onBenefitSince(start);
        FinancialRelief r = managing.arrange(fixtures.consultant(), id, 125_000L, "nl36 ingb 0007 6543 21");
        assertThat(r.startsOn()).isEqualTo(start);
        assertThat(r.policyMonths()).isEqualTo(6);
        assertThat(r.endsOn()).isEqualTo(nl.regie.rules.Periods.lastDayOfMonths(start, 6));
        assertThat(r.newcomerIban()).isEqualTo("NL36INGB0007654321");
        assertThat(deadline(id)).isEqualTo(r.endsOn());
        assertThat(signals(id)).contains(Signal.Kind.FINANCIAL_RELIEF_ENDING);

        assertThatThrownBy(() -> managing.arrange(fixtures.consultant(), id, 125_000L, "NL36INGB0007654321"))
                .isInstanceOf(RegieProblem.Conflict.class);
        assertThatThrownBy(() -> managing.extend(fixtures.consultant(), id, r.version(), r.endsOn(), "nog niet zelfredzaam"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKey("newEnd"));
        assertThatThrownBy(() -> managing.extend(fixtures.consultant(), id, r.version(), r.endsOn().plusMonths(6), " "))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKey("extendReason"));

        LocalDate longer = r.endsOn().plusMonths(6);
        managing.extend(fixtures.consultant(), id, r.version(), longer, "Budgettraining loopt nog");
        assertThat(deadline(id)).isEqualTo(longer);
        assertThat(signals(id)).doesNotContain(Signal.Kind.FINANCIAL_RELIEF_ENDING);
        // A stale version is a conflict: nothing is written.
        assertThatThrownBy(() -> managing.endEarly(fixtures.consultant(), id, r.version(), TODAY, "zelfredzaam"))
                .isInstanceOf(RegieProblem.Conflict.class);

        managing.endEarly(fixtures.consultant(), id, r.version() + 1, TODAY, "Betaalt alle vaste lasten zelf; budgettraining afgerond");
        FinancialRelief ended = reliefs.view(fixtures.consultant(), id).relief();
        assertThat(ended.endedEarly()).isTrue();
        assertThat(ended.endsOn()).isEqualTo(TODAY);
        assertThat(deadline(id)).isNull();
        assertThat(signals(id)).doesNotContain(Signal.Kind.FINANCIAL_RELIEF_ENDING);
        assertThat(reliefs.view(fixtures.consultant(), id).changes()).extracting(ReliefChange::kind)
                .containsExactly(ReliefChange.Kind.EXTENDED, ReliefChange.Kind.ENDED_EARLY);

        assertThat(queries.timeline(fixtures.consultant(), id, "test", Channel.UI)).extracting(TimelineEvent::type)
                .contains(TimelineEvent.EventType.FINANCIAL_RELIEF_ARRANGED, TimelineEvent.EventType.FINANCIAL_RELIEF_EXTENDED,
                        TimelineEvent.EventType.FINANCIAL_RELIEF_ENDED);
        assertThat(accessActions(id)).contains("FINANCIAL_RELIEF_ARRANGED", "FINANCIAL_RELIEF_EXTENDED", "FINANCIAL_RELIEF_ENDED",
                "VIEW_FINANCIAL_RELIEF");
    }

    @Test
    void chargesCheckpointsAndTheMonthOverview() {
        UUID id = fixtures.withFourCharges(TODAY.minusMonths(2).withDayOfMonth(1));
        assertThatThrownBy(() -> managing.addCharge(fixtures.consultant(), id, new NewFixedCharge(FixedChargeKind.PHONE, "KPN",
                "NL91ABNA0417164301", "", 0L, 29, YearMonth.from(TODAY), null)))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems())
                        .containsKeys("creditorIban", "paymentReference", "monthlyAmount", "dueDay"));
        ReliefView v = reliefs.view(fixtures.consultant(), id);
        assertThat(v.charges()).hasSize(4);
        assertThat(v.months()).hasSize(6).allSatisfy(m -> {
            assertThat(m.withholdingCents()).isEqualTo(94_125);
            assertThat(m.remainderCents()).isEqualTo(30_875);
            assertThat(m.overdrawn()).isFalse();
        });

        FixedCharge rent = v.charges().get(0);
        managing.endCharge(fixtures.consultant(), id, rent.id(), YearMonth.from(TODAY), "Betaalt de huur nu zelf");
        managing.recordCheckpoint(fixtures.consultant(), id, CheckpointKind.BUDGET_TRAINING_STARTED, TODAY, null);
        managing.recordCheckpoint(fixtures.consultant(), id, CheckpointKind.OWN_PAYMENT_TAKEN_OVER, TODAY, "Huur");
        assertThatThrownBy(() -> managing.recordCheckpoint(fixtures.consultant(), id, CheckpointKind.NOTE, TODAY.plusDays(3), ""))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems())
                        .containsKeys("checkpointOn", "checkpointNote"));
        v = reliefs.view(fixtures.consultant(), id);
        assertThat(v.budgetTraining()).isEqualTo("gestart");
        assertThat(v.ownPayments()).isEqualTo(1);
        assertThat(v.months().get(v.months().size() - 1).withholdingCents()).isEqualTo(94_125 - 65_000);
        assertThat(accessActions(id)).contains("FIXED_CHARGE_ADDED", "FIXED_CHARGE_ENDED", "RELIEF_CHECKPOINT_RECORDED");
    }

    @Test
    void otherMunicipalitiesAndOtherRolesSeeNothing() throws Exception {
        UUID id = fixtures.withFourCharges(TODAY.minusMonths(1).withDayOfMonth(1));
        RegieUser voorschoten = data.user(TestData.CONSULTANT_VOORSCHOTEN);
        assertThatThrownBy(() -> reliefs.view(voorschoten, id)).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> managing.recordCheckpoint(voorschoten, id, CheckpointKind.NOTE, TODAY, "x"))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> reliefs.view(data.user(TestData.POLICY_OFFICER_WASSENAAR), id)).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> runs.preview(fixtures.consultant(), YearMonth.from(TODAY))).isInstanceOf(RegieProblem.Forbidden.class);
        mvc.perform(get("/dossiers/" + id + "/ontzorgen").with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ontzorgen/betaalrun").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/" + id + "/ontzorgen").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk());
        mvc.perform(get("/dossiers/" + id + "/ontzorgen/samenvatting").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk());
    }

    @Test
    void theMonthsRunIsProducedOnceValidAgainstTheOfficialXsdAndTheDatabaseRefusesASecond() throws Exception {
        YearMonth month = YearMonth.from(TODAY).minusMonths(2);
        UUID id = fixtures.withFourCharges(month.atDay(1));
        var preview = runs.preview(teamLead(), month);
        var mine = preview.lines().stream().filter(l -> l.dossierId().equals(id)).findFirst().orElseThrow();
        assertThat(mine.computation().payments()).hasSize(5);

        PaymentRun run = runs.produce(teamLead(), month, true);
        assertThat(run.messageId()).isEqualTo("ONTZ-0629-" + month + "-R");
        byte[] xml = runs.file(teamLead(), run.id()).xml();
        assertThat(SepaSchema.failures(xml)).isEmpty();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", "<MsgId>" + run.messageId() + "</MsgId>",
                "<IBAN>NL14BNGH0285001234</IBAN>", "<BICFI>BNGHNL2G</BICFI>", "<Nm>Gemeente Wassenaar</Nm>",
                "<InstdAmt Ccy=\"EUR\">650.00</InstdAmt>", "<InstdAmt Ccy=\"EUR\">22.75</InstdAmt>", "<InstdAmt Ccy=\"EUR\">308.75</InstdAmt>",
                "Woonstichting De Duinen &amp; Co", "<Ustrd>HUUR-2026-0042 Huur ", "<Ustrd>Restant bijstand ",
                "<EndToEndId>" + run.messageId() + "-0001</EndToEndId>", "<SvcLvl><Cd>SEPA</Cd></SvcLvl>");
        // Execution dates: never before the day of the run (the month lies in the past).
        assertThat(text).contains("<ReqdExctnDt><Dt>" + TODAY + "</Dt></ReqdExctnDt>");

        assertThatThrownBy(() -> runs.produce(teamLead(), month, true))
                .isInstanceOfSatisfying(RegieProblem.Conflict.class, e -> assertThat(e.getMessage())
                        .contains("is al aangemaakt", run.messageId(), "niets opnieuw betaald"));
        assertThat(runs.preview(teamLead(), month).regular()).contains(run);
        // Even bypassing the service, the database keeps the month's run single (two instances at once).
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO relief_payment_run (municipality_code, pay_month, run_key, message_id, debtor_iban, transactions,
                                                        total_amount, skipped, produced_by, produced_at)
                        VALUES ('0629', ?, 'REGULAR', 'ONTZ-TWEEDE-POGING', 'NL14BNGH0285001234', 0, 0, 0, 'x', CURRENT_TIMESTAMP)""")
                .param(month.atDay(1)).update()).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(queries.timeline(fixtures.consultant(), id, "test", Channel.UI)).filteredOn(e -> e.type() == TimelineEvent.EventType.RELIEF_PAYMENT_RUN)
                .singleElement().satisfies(e -> assertThat(e.summary()).contains("4 betaling(en)", "€ 941,25", "€ 308,75", run.messageId()));
        assertThat(accessActions(id)).contains("PAYMENT_RUN_PRODUCED", "DOWNLOAD_PAYMENT_FILE");
        // Another municipality's team lead would not find the run; a consultant may not download it.
        assertThatThrownBy(() -> runs.file(fixtures.consultant(), run.id())).isInstanceOf(RegieProblem.Forbidden.class);
    }

    @Test
    void aShortfallBlocksTheRunUntilConfirmedAndACorrectionPaysTheDossierOnceLater() throws Exception {
        YearMonth month = YearMonth.from(TODAY).minusMonths(3);
        UUID poor = fixtures.onBenefitSince(month.atDay(1));
        managing.arrange(fixtures.consultant(), poor, 50_000L, "NL36INGB0007654321");
        managing.addCharge(fixtures.consultant(), poor, new NewFixedCharge(FixedChargeKind.RENT, "Woonstichting", "NL91ABNA0417164300",
                "H-1", 65_000L, 1, month, null));
        assertThat(reliefs.view(fixtures.consultant(), poor).shortfalls()).isNotEmpty();
        UUID fine = fixtures.withFourCharges(month.atDay(1));

        assertThatThrownBy(() -> runs.produce(teamLead(), month, false))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems()).containsKey("confirmShortfalls"));
        PaymentRun run = runs.produce(teamLead(), month, true);
        assertThat(run.skipped()).isGreaterThanOrEqualTo(1);
        var paid = jdbc.sql("SELECT dossier_id FROM relief_payment WHERE run_id = ?").param(run.id()).query(UUID.class).list();
        assertThat(paid).contains(fine).doesNotContain(poor);

        assertThatThrownBy(() -> runs.correct(teamLead(), month, poor, "Huur aangepast"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("correctionDossier"))
                        .contains("nog steeds hoger"));
        assertThatThrownBy(() -> runs.correct(teamLead(), month, fine, "per ongeluk"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("correctionDossier"))
                        .contains("al betaald"));
        // The consultant fixes the rent; then the correction pays this one dossier, in its own file.
        FixedCharge rent = reliefs.view(fixtures.consultant(), poor).charges().get(0);
        managing.endCharge(fixtures.consultant(), poor, rent.id(), month.minusMonths(1), "Verkeerd bedrag");
        managing.addCharge(fixtures.consultant(), poor, new NewFixedCharge(FixedChargeKind.RENT, "Woonstichting", "NL91ABNA0417164300",
                "H-1", 45_000L, 1, month, null));
        PaymentRun correction = runs.correct(teamLead(), month, poor, "Tekort opgelost: huur was verkeerd ingevoerd");
        assertThat(correction.runKey()).isEqualTo("CORRECTION-1");
        assertThat(correction.messageId()).isEqualTo("ONTZ-0629-" + month + "-C1");
        assertThat(correction.totalCents()).isEqualTo(50_000);
        assertThat(SepaSchema.failures(runs.file(teamLead(), correction.id()).xml())).isEmpty();
        assertThatThrownBy(() -> runs.correct(teamLead(), month, poor, "nog een keer"))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get("correctionDossier"))
                        .contains("al betaald"));
    }

    private LocalDate deadline(UUID id) {
        return queries.law(fixtures.consultant(), queries.get(fixtures.consultant(), id, "test", Channel.UI)).deadlines().stream()
                .filter(d -> d.code() == DeadlineCode.FINANCIAL_RELIEF_UNTIL).map(d -> d.date()).findFirst().orElse(null);
    }

    private List<Signal.Kind> signals(UUID id) {
        return queries.law(fixtures.consultant(), queries.get(fixtures.consultant(), id, "test", Channel.UI)).signals().stream()
                .map(Signal::kind).toList();
    }

    private List<String> accessActions(UUID id) {
        return jdbc.sql("SELECT action FROM access_log WHERE dossier_id = ?").param(id).query(String.class).list();
    }

    static String dutch(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }
}
