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
                .query(Municipalities::policy)
                .optional();
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
                .query(Municipalities::policy)
                .list();
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
        jdbc.sql("""
                        INSERT INTO municipal_policy (municipality_code, valid_from, pip_deadline_weeks, pip_deadline_start,
                            planned_progress_meetings, financial_relief_months, reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.municipalityCode(), v.validFrom(), v.pipDeadlineWeeks(),
                        v.pipDeadlineStart() == null ? null : v.pipDeadlineStart().name(),
                        v.plannedProgressMeetings(), v.financialReliefMonths(), v.reason(), recordedBy,
                        Timestamp.from(clock.instant()))
                .update();
    }

    private static MunicipalPolicy policy(ResultSet rs, int n) throws SQLException {
        String start = rs.getString("pip_deadline_start");
        return new MunicipalPolicy(
                rs.getString("municipality_code"),
                rs.getObject("valid_from", LocalDate.class),
                (Integer) rs.getObject("pip_deadline_weeks", Integer.class),
                start == null ? null : PipDeadlineStart.valueOf(start),
                rs.getInt("planned_progress_meetings"),
                rs.getInt("financial_relief_months"),
                rs.getString("reason"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    /** Thrown when a version with the same valid-from date exists already. */
    public static class PolicyVersionExistsException extends RuntimeException {
        public PolicyVersionExistsException(String message) {
            super(message);
        }
    }
}
