package nl.regie.relief;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the relief module. Changes, checkpoints, payment runs, payments and files are insert-only. */
@Repository
class ReliefStore {

    private final JdbcClient jdbc;

    ReliefStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static long cents(ResultSet rs, String col) throws SQLException {
        return rs.getBigDecimal(col).movePointRight(2).longValueExact();
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static YearMonth month(ResultSet rs, String col) throws SQLException {
        LocalDate d = rs.getObject(col, LocalDate.class);
        return d == null ? null : YearMonth.from(d);
    }

    // ---- arrangement

    private static final String RELIEF = """
            SELECT id, dossier_id, municipality_code, starts_on, policy_months, policy_valid_from, ends_on, ended_early,
                   benefit_amount, newcomer_iban, created_by, created_at, version FROM financial_relief""";

    private static FinancialRelief relief(ResultSet rs, int n) throws SQLException {
        return new FinancialRelief(rs.getLong("id"), rs.getObject("dossier_id", UUID.class), rs.getString("municipality_code"),
                rs.getObject("starts_on", LocalDate.class), rs.getInt("policy_months"), rs.getObject("policy_valid_from", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getBoolean("ended_early"), cents(rs, "benefit_amount"),
                rs.getString("newcomer_iban"), rs.getString("created_by"), instant(rs, "created_at"), rs.getLong("version"));
    }

    Optional<FinancialRelief> ofDossier(UUID dossierId) {
        return jdbc.sql(RELIEF + " WHERE dossier_id = ?").param(dossierId).query(ReliefStore::relief).optional();
    }

    Optional<FinancialRelief> byId(long id) {
        return jdbc.sql(RELIEF + " WHERE id = ?").param(id).query(ReliefStore::relief).optional();
    }

    /** Arrangements of a municipality that overlap the month, oldest first. */
    List<FinancialRelief> overlapping(String municipalityCode, YearMonth month) {
        return jdbc.sql(RELIEF + " WHERE municipality_code = ? AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on, id")
                .params(municipalityCode, month.atEndOfMonth(), month.atDay(1)).query(ReliefStore::relief).list();
    }

    long insert(UUID dossierId, String municipalityCode, LocalDate startsOn, int months, LocalDate policyValidFrom, LocalDate endsOn,
                long benefitCents, String newcomerIban, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO financial_relief (dossier_id, municipality_code, starts_on, policy_months, policy_valid_from, ends_on,
                                                      ended_early, benefit_amount, newcomer_iban, created_by, created_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, 0)""")
                .params(dossierId, municipalityCode, startsOn, months, policyValidFrom, endsOn, money(benefitCents), newcomerIban, by,
                        Timestamp.from(at))
                .update();
        return ofDossier(dossierId).orElseThrow().id();
    }

    /** Moves the end (extension or early end) when nobody changed the arrangement since {@code expectedVersion}. */
    boolean moveEnd(long id, long expectedVersion, LocalDate newEnd, boolean endedEarly) {
        return jdbc.sql("UPDATE financial_relief SET ends_on = ?, ended_early = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(newEnd, endedEarly, id, expectedVersion).update() == 1;
    }

    void insertChange(long reliefId, ReliefChange.Kind kind, LocalDate previousEnd, LocalDate newEnd, String reason, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO financial_relief_change (relief_id, kind, previous_end, new_end, reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(reliefId, kind.name(), previousEnd, newEnd, reason, by, Timestamp.from(at)).update();
    }

    List<ReliefChange> changes(long reliefId) {
        return jdbc.sql("SELECT kind, previous_end, new_end, reason, recorded_by, recorded_at FROM financial_relief_change "
                        + "WHERE relief_id = ? ORDER BY recorded_at, id")
                .param(reliefId)
                .query((rs, n) -> new ReliefChange(ReliefChange.Kind.valueOf(rs.getString("kind")), rs.getObject("previous_end", LocalDate.class),
                        rs.getObject("new_end", LocalDate.class), rs.getString("reason"), rs.getString("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }

    // ---- fixed charges

    private static final String CHARGE = """
            SELECT id, relief_id, kind, creditor_name, creditor_iban, payment_reference, monthly_amount, due_day, valid_from,
                   valid_until, created_by, created_at, ended_reason, ended_by FROM fixed_charge""";

    private static FixedCharge charge(ResultSet rs, int n) throws SQLException {
        return new FixedCharge(rs.getLong("id"), rs.getLong("relief_id"), FixedChargeKind.valueOf(rs.getString("kind")),
                rs.getString("creditor_name"), rs.getString("creditor_iban"), rs.getString("payment_reference"),
                cents(rs, "monthly_amount"), rs.getInt("due_day"), month(rs, "valid_from"), month(rs, "valid_until"),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getString("ended_reason"), rs.getString("ended_by"));
    }

    List<FixedCharge> charges(long reliefId) {
        return jdbc.sql(CHARGE + " WHERE relief_id = ? ORDER BY id").param(reliefId).query(ReliefStore::charge).list();
    }

    Map<Long, List<FixedCharge>> chargesOf(List<Long> reliefIds) {
        Map<Long, List<FixedCharge>> out = new HashMap<>();
        if (reliefIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", reliefIds.stream().map(x -> "?").toList());
        jdbc.sql(CHARGE + " WHERE relief_id IN (" + marks + ") ORDER BY id").params(new ArrayList<Object>(reliefIds))
                .query(ReliefStore::charge).list()
                .forEach(c -> out.computeIfAbsent(c.reliefId(), k -> new ArrayList<>()).add(c));
        return out;
    }

    void insertCharge(long reliefId, FixedChargeKind kind, String creditorName, String creditorIban, String reference, long cents,
                      int dueDay, YearMonth from, YearMonth until, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO fixed_charge (relief_id, kind, creditor_name, creditor_iban, payment_reference, monthly_amount, due_day,
                                                  valid_from, valid_until, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reliefId, kind.name(), creditorName, creditorIban, reference, money(cents), dueDay, from.atDay(1),
                        until == null ? null : until.atDay(1), by, Timestamp.from(at))
                .update();
    }

    /** Ends a running charge after {@code lastMonth}; once only (ended_by is set once). */
    boolean endCharge(long chargeId, YearMonth lastMonth, String reason, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE fixed_charge SET valid_until = ?, ended_reason = ?, ended_by = ?, ended_at = ?
                        WHERE id = ? AND ended_by IS NULL""")
                .params(lastMonth.atDay(1), reason, by, Timestamp.from(at), chargeId).update() == 1;
    }

    // ---- checkpoints

    void insertCheckpoint(long reliefId, CheckpointKind kind, LocalDate on, String note, String by, Instant at) {
        jdbc.sql("INSERT INTO relief_checkpoint (relief_id, kind, occurred_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(reliefId, kind.name(), on, note, by, Timestamp.from(at)).update();
    }

    List<Checkpoint> checkpoints(long reliefId) {
        return jdbc.sql("SELECT id, kind, occurred_on, note, recorded_by, recorded_at FROM relief_checkpoint WHERE relief_id = ? "
                        + "ORDER BY occurred_on, id")
                .param(reliefId)
                .query((rs, n) -> new Checkpoint(rs.getLong("id"), CheckpointKind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }

    // ---- payment account (policy data with a valid-from date)

    record Account(String debtorName, String iban, String bic, LocalDate validFrom) {
    }

    Optional<Account> accountOn(String municipalityCode, LocalDate day) {
        return jdbc.sql("""
                        SELECT debtor_name, iban, bic, valid_from FROM municipal_payment_account
                        WHERE municipality_code = ? AND valid_from <= ? ORDER BY valid_from DESC FETCH FIRST 1 ROWS ONLY""")
                .params(municipalityCode, day)
                .query((rs, n) -> new Account(rs.getString("debtor_name"), rs.getString("iban"), rs.getString("bic"),
                        rs.getObject("valid_from", LocalDate.class)))
                .optional();
    }

    // ---- payment runs

    private static final String RUN = """
            SELECT id, municipality_code, pay_month, run_key, reason, message_id, debtor_iban, transactions, total_amount, skipped,
                   produced_by, produced_at FROM relief_payment_run""";

    private static PaymentRun run(ResultSet rs, int n) throws SQLException {
        return new PaymentRun(rs.getLong("id"), rs.getString("municipality_code"), month(rs, "pay_month"), rs.getString("run_key"),
                rs.getString("reason"), rs.getString("message_id"), rs.getString("debtor_iban"), rs.getInt("transactions"),
                cents(rs, "total_amount"), rs.getInt("skipped"), rs.getString("produced_by"), instant(rs, "produced_at"));
    }

    List<PaymentRun> runs(String municipalityCode, YearMonth month) {
        return jdbc.sql(RUN + " WHERE municipality_code = ? AND pay_month = ? ORDER BY id")
                .params(municipalityCode, month.atDay(1)).query(ReliefStore::run).list();
    }

    List<PaymentRun> recentRuns(String municipalityCode, int limit) {
        return jdbc.sql(RUN + " WHERE municipality_code = ? ORDER BY produced_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(municipalityCode).query(ReliefStore::run).list();
    }

    Optional<PaymentRun> run(long id) {
        return jdbc.sql(RUN + " WHERE id = ?").param(id).query(ReliefStore::run).optional();
    }

    /** Inserts the run; the unique constraint on (municipality, month, run_key) refuses a second one. */
    long insertRun(String municipalityCode, YearMonth month, String runKey, String reason, String messageId, String debtorIban,
                   int transactions, long totalCents, int skipped, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO relief_payment_run (municipality_code, pay_month, run_key, reason, message_id, debtor_iban, transactions,
                                                        total_amount, skipped, produced_by, produced_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipalityCode, month.atDay(1), runKey, reason, messageId, debtorIban, transactions, money(totalCents), skipped,
                        by, Timestamp.from(at))
                .update();
        return jdbc.sql("SELECT id FROM relief_payment_run WHERE message_id = ?").param(messageId).query(Long.class).single();
    }

    record StoredPayment(long runId, long reliefId, UUID dossierId, Long chargeId, String endToEndId, String creditorName,
                         String creditorIban, String remittance, long amountCents, LocalDate executionDate) {
    }

    void insertPayments(List<StoredPayment> payments) {
        for (StoredPayment p : payments) {
            jdbc.sql("""
                            INSERT INTO relief_payment (run_id, relief_id, dossier_id, charge_id, end_to_end_id, creditor_name, creditor_iban,
                                                        remittance, amount, execution_date)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.runId(), p.reliefId(), p.dossierId(), p.chargeId(), p.endToEndId(), p.creditorName(), p.creditorIban(),
                            p.remittance(), money(p.amountCents()), p.executionDate())
                    .update();
        }
    }

    private static StoredPayment payment(ResultSet rs, int n) throws SQLException {
        long charge = rs.getLong("charge_id");
        return new StoredPayment(rs.getLong("run_id"), rs.getLong("relief_id"), rs.getObject("dossier_id", UUID.class),
                rs.wasNull() ? null : charge, rs.getString("end_to_end_id"), rs.getString("creditor_name"), rs.getString("creditor_iban"),
                rs.getString("remittance"), cents(rs, "amount"), rs.getObject("execution_date", LocalDate.class));
    }

    private static final String PAYMENT = """
            SELECT run_id, relief_id, dossier_id, charge_id, end_to_end_id, creditor_name, creditor_iban, remittance, amount,
                   execution_date FROM relief_payment""";

    List<StoredPayment> paymentsOfRun(long runId) {
        return jdbc.sql(PAYMENT + " WHERE run_id = ? ORDER BY id").param(runId).query(ReliefStore::payment).list();
    }

    /** The payments of a dossier with the month of their run, newest run first. */
    record DossierPayment(YearMonth month, String messageId, String runKey, StoredPayment payment) {
    }

    List<DossierPayment> paymentsOfDossier(UUID dossierId) {
        return jdbc.sql("""
                        SELECT r.pay_month, r.message_id, r.run_key, p.run_id, p.relief_id, p.dossier_id, p.charge_id, p.end_to_end_id,
                               p.creditor_name, p.creditor_iban, p.remittance, p.amount, p.execution_date
                        FROM relief_payment p JOIN relief_payment_run r ON r.id = p.run_id
                        WHERE p.dossier_id = ? ORDER BY r.pay_month DESC, p.id""")
                .param(dossierId)
                .query((rs, n) -> new DossierPayment(month(rs, "pay_month"), rs.getString("message_id"), rs.getString("run_key"),
                        payment(rs, n)))
                .list();
    }

    /** Dossiers that had any payment in the month (any run of the municipality). */
    List<UUID> paidDossiers(String municipalityCode, YearMonth month) {
        return jdbc.sql("""
                        SELECT DISTINCT p.dossier_id FROM relief_payment p JOIN relief_payment_run r ON r.id = p.run_id
                        WHERE r.municipality_code = ? AND r.pay_month = ?""")
                .params(municipalityCode, month.atDay(1)).query(UUID.class).list();
    }

    void insertFile(long runId, byte[] xml) {
        jdbc.sql("INSERT INTO relief_payment_file (run_id, xml) VALUES (?, ?)").params(runId, xml).update();
    }

    Optional<byte[]> file(long runId) {
        return jdbc.sql("SELECT xml FROM relief_payment_file WHERE run_id = ?").param(runId).query((rs, n) -> rs.getBytes("xml")).optional();
    }
}
