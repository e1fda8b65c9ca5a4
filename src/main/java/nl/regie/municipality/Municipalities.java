package nl.regie.municipality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.regie.rules.MunicipalRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities served by this installation and their dated policy versions.
 */
@Service
public class Municipalities {

    private final JdbcClient jdbc;
    private final Clock clock;

    Municipalities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Municipality> all() {
        return jdbc.sql("SELECT code, name FROM municipality ORDER BY name")
                .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name")))
                .list();
    }

    public Optional<Municipality> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, name FROM municipality WHERE code = ?")
                .param(code)
                .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name")))
                .optional();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The policy version in force on {@code date}: the latest one whose valid-from is on or before it. */
    public Optional<MunicipalPolicy> policyOn(String municipalityCode, LocalDate date) {
        return jdbc.sql("""
                        SELECT * FROM municipal_policy
                        WHERE municipality_code = ? AND valid_from <= ?
                        ORDER BY valid_from DESC FETCH FIRST 1 ROWS ONLY""")
                .params(municipalityCode, date)
                .query(Municipalities::row)
                .optional().map(this::withCadence);
    }

    /** The rules-module view of the policy in force on {@code date}; the law alone when no version applies yet. */
    public MunicipalRules rulesOn(String municipalityCode, LocalDate date) {
        String name = find(municipalityCode).map(Municipality::name).orElse(municipalityCode);
        return policyOn(municipalityCode, date).map(p -> p.asRules(name)).orElse(MunicipalRules.lawOnly());
    }

    /** All versions, newest first: the history a functional administrator sees. */
    public List<MunicipalPolicy> policyHistory(String municipalityCode) {
        return jdbc.sql("SELECT * FROM municipal_policy WHERE municipality_code = ? ORDER BY valid_from DESC")
                .param(municipalityCode)
                .query(Municipalities::row)
                .list().stream().map(this::withCadence).toList();
    }

    /**
     * Records a new policy version. A version for the same valid-from date replaces nothing: it is refused,
     * because figures computed under the old version must stay reproducible.
     */
    @Transactional
    public void addPolicyVersion(NewPolicyVersion v, String recordedBy) {
        if (!exists(v.municipalityCode())) {
            throw new IllegalArgumentException("Onbekende gemeentecode '" + v.municipalityCode() + "'.");
        }
        Integer clash = jdbc.sql("SELECT COUNT(*) FROM municipal_policy WHERE municipality_code = ? AND valid_from = ?")
                .params(v.municipalityCode(), v.validFrom())
                .query(Integer.class).single();
        if (clash > 0) {
            throw new PolicyVersionExistsException(
                    "Er is al een beleidsversie die ingaat op " + v.validFrom() + "; kies een andere ingangsdatum.");
        }
        if (v.progressCadence() == null || !v.progressCadence().problems().isEmpty()) {
            throw new IllegalArgumentException("Het ritme van de voortgangsgesprekken ontbreekt of klopt niet.");
        }
        jdbc.sql("""
                        INSERT INTO municipal_policy (municipality_code, valid_from, pip_deadline_weeks, pip_deadline_start,
                            planned_progress_meetings, financial_relief_months, reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.municipalityCode(), v.validFrom(), v.pipDeadlineWeeks(),
                        v.pipDeadlineStart() == null ? null : v.pipDeadlineStart().name(),
                        v.progressCadence().meetingsInTerm(), v.financialReliefMonths(), v.reason(), recordedBy,
                        Timestamp.from(clock.instant()))
                .update();
        long policyId = jdbc.sql("SELECT id FROM municipal_policy WHERE municipality_code = ? AND valid_from = ?")
                .params(v.municipalityCode(), v.validFrom()).query(Long.class).single();
        List<ProgressCadence.Phase> phases = v.progressCadence().phases();
        for (int i = 0; i < phases.size(); i++) {
            jdbc.sql("INSERT INTO municipal_policy_cadence (policy_id, phase_no, until_month, every_months) VALUES (?, ?, ?, ?)")
                    .params(policyId, i + 1, phases.get(i).untilMonth(), phases.get(i).everyMonths())
                    .update();
        }
    }

    /** The cadence of a policy version; the uniform spacing of its meeting count if it has none recorded. */
    private ProgressCadence cadence(long policyId, int plannedMeetings) {
        List<ProgressCadence.Phase> phases = jdbc.sql(
                        "SELECT until_month, every_months FROM municipal_policy_cadence WHERE policy_id = ? ORDER BY phase_no")
                .param(policyId)
                .query((rs, n) -> new ProgressCadence.Phase((Integer) rs.getObject("until_month", Integer.class),
                        rs.getInt("every_months")))
                .list();
        return phases.isEmpty() ? ProgressCadence.uniform(plannedMeetings) : new ProgressCadence(phases);
    }

    /** A policy row as read, before its cadence (read with a second query, not while the rows are open). */
    private record Row(long id, MunicipalPolicy policy) {
    }

    private MunicipalPolicy withCadence(Row r) {
        MunicipalPolicy p = r.policy();
        return new MunicipalPolicy(p.municipalityCode(), p.validFrom(), p.pipDeadlineWeeks(), p.pipDeadlineStart(),
                p.plannedProgressMeetings(), p.financialReliefMonths(), p.reason(), p.recordedBy(), p.recordedAt(),
                cadence(r.id(), p.plannedProgressMeetings()));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String start = rs.getString("pip_deadline_start");
        return new Row(rs.getLong("id"), new MunicipalPolicy(
                rs.getString("municipality_code"),
                rs.getObject("valid_from", LocalDate.class),
                (Integer) rs.getObject("pip_deadline_weeks", Integer.class),
                start == null ? null : PipDeadlineStart.valueOf(start),
                rs.getInt("planned_progress_meetings"),
                rs.getInt("financial_relief_months"),
                rs.getString("reason"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                null));
    }

    /** Thrown when a version with the same valid-from date exists already. */
    public static class PolicyVersionExistsException extends RuntimeException {
        public PolicyVersionExistsException(String message) {
            super(message);
        }
    }
}
