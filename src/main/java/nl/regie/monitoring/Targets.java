package nl.regie.monitoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.shared.RegieProblem;

/**
 * Streefwaarden per municipality (seed 000 par. 6.3, seed 002, seed 004 par. 5.1): data with a valid-from date,
 * entered by the municipality's own policy officer, never edited (a new value is a new row, so the dashboard can
 * show the target that applied to each past half year).
 */
@Service
public class Targets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;

    Targets(JdbcClient jdbc, Clock clock, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Every target of the user's municipality, newest first per KPI. */
    public List<Target> history(RegieUser user) {
        Monitoring.requireFiguresRole(user);
        return jdbc.sql("SELECT * FROM monitoring_target WHERE municipality_code = ? ORDER BY kpi, valid_from DESC")
                .param(user.municipalityCode()).query((rs, i) -> new Target(rs.getLong("id"), rs.getString("municipality_code"),
                        Kpi.valueOf(rs.getString("kpi")), rs.getObject("valid_from", LocalDate.class), rs.getBigDecimal("target_percent"),
                        rs.getString("wording"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The target in force on a date, per KPI, for one municipality. */
    public Map<Kpi, Target> inForce(String municipalityCode, LocalDate on) {
        Map<Kpi, Target> out = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT * FROM monitoring_target t WHERE municipality_code = ? AND valid_from <= ?
                           AND valid_from = (SELECT MAX(t2.valid_from) FROM monitoring_target t2 WHERE t2.municipality_code = t.municipality_code
                                              AND t2.kpi = t.kpi AND t2.valid_from <= ?)
                         ORDER BY kpi""")
                .params(municipalityCode, on, on)
                .query((rs, i) -> out.put(Kpi.valueOf(rs.getString("kpi")), new Target(rs.getLong("id"), rs.getString("municipality_code"),
                        Kpi.valueOf(rs.getString("kpi")), rs.getObject("valid_from", LocalDate.class), rs.getBigDecimal("target_percent"),
                        rs.getString("wording"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())))
                .list();
        return out;
    }

    public Optional<Target> inForce(String municipalityCode, Kpi kpi, LocalDate on) {
        return Optional.ofNullable(inForce(municipalityCode, on).get(kpi));
    }

    /** Records a new target for the policy officer's own municipality; written to the access log as a change. */
    @Transactional
    public Target set(RegieUser user, NewTarget t) {
        if (!user.is(Role.POLICY_OFFICER)) {
            throw new RegieProblem.Forbidden("Alleen een beleidsmedewerker legt streefwaarden van de gemeente vast.");
        }
        Map<String, String> problems = check(user, t);
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        String wording = t.wording().trim();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO monitoring_target (municipality_code, kpi, valid_from, target_percent, wording, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.municipalityCode(), t.kpi().name(), t.validFrom(), t.percent(), wording, user.username(), now)
                .update();
        accessLog.record(user, null, AccessLog.AccessAction.SET_TARGET,
                "Streefwaarde " + t.kpi().dutch() + " " + t.percent().toPlainString() + "% vanaf " + t.validFrom(), AccessLog.Channel.UI);
        return inForce(user.municipalityCode(), t.kpi(), t.validFrom()).orElseThrow();
    }

    /** What is wrong with a new target, field → Dutch message, in form order; empty when it can be recorded. */
    public Map<String, String> check(RegieUser user, NewTarget t) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (t.kpi() == null) {
            problems.put("kpi", "Kies de indicator waarvoor de streefwaarde geldt.");
        }
        if (t.percent() == null) {
            problems.put("percent", "Vul een percentage in, bijvoorbeeld 90 of 87,5.");
        } else if (t.percent().compareTo(BigDecimal.ZERO) < 0 || t.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("percent", "Een streefwaarde ligt tussen 0 en 100 procent.");
        } else if (t.percent().scale() > 2) {
            problems.put("percent", "Gebruik hoogstens twee cijfers achter de komma.");
        }
        if (t.validFrom() == null) {
            problems.put("validFrom", "Vul de datum in vanaf wanneer de streefwaarde geldt.");
        }
        String wording = t.wording() == null ? "" : t.wording().trim();
        if (wording.isEmpty()) {
            problems.put("wording", "Neem de doelstelling over zoals die in het beleidsplan staat.");
        } else if (wording.length() > 500) {
            problems.put("wording", "De doelstelling is te lang: hoogstens 500 tekens.");
        }
        if (problems.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM monitoring_target WHERE municipality_code = ? AND kpi = ? AND valid_from = ?")
                .params(user.municipalityCode(), t.kpi().name(), t.validFrom()).query(Long.class).single() > 0) {
            problems.put("validFrom", "Voor deze indicator geldt al een streefwaarde vanaf deze datum; kies een andere ingangsdatum.");
        }
        return problems;
    }
}
