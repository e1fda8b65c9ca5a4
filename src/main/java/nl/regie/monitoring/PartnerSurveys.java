package nl.regie.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.rules.IntegrationRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Satisfaction surveys among the chain partners (seed 004 par. 5.1: "gemiddeld minimaal een 7,0 scoren in het
 * tevredenheidsonderzoek onder vertegenwoordigers die samenwerken binnen de Sociale Alliantie"). The survey itself is
 * held outside Regie; the municipality's own policy officer enters its outcome, like the targets, and the dashboard
 * shows the surveys held in the chosen period. Never edited; entering one is written to the access log as a change.
 */
@Service
public class PartnerSurveys {

    static final int DESCRIPTION_MAX = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;

    PartnerSurveys(JdbcClient jdbc, Clock clock, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Every survey of the user's municipality, newest first. */
    public List<PartnerSurvey> history(RegieUser user) {
        Monitoring.requireFiguresRole(user);
        return jdbc.sql("SELECT * FROM partner_satisfaction_survey WHERE municipality_code = ? ORDER BY held_on DESC, id DESC")
                .param(user.municipalityCode()).query((rs, i) -> survey(rs)).list();
    }

    static PartnerSurvey survey(ResultSet rs) throws SQLException {
        return new PartnerSurvey(rs.getLong("id"), rs.getString("municipality_code"), rs.getObject("held_on", LocalDate.class),
                rs.getInt("respondents"), rs.getBigDecimal("average_score"), rs.getString("description"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    /** Records a survey of the policy officer's own municipality. */
    @Transactional
    public void record(RegieUser user, NewPartnerSurvey s) {
        Map<String, String> problems = check(user, s);
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        jdbc.sql("""
                        INSERT INTO partner_satisfaction_survey (municipality_code, held_on, respondents, average_score, description,
                                                                 recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.municipalityCode(), s.heldOn(), s.respondents(), s.averageScore(), s.description().trim(), user.username(),
                        Timestamp.from(clock.instant()))
                .update();
        accessLog.record(user, null, AccessAction.RECORD_PARTNER_SURVEY,
                "Tevredenheid ketenpartners " + DutchDates.show(s.heldOn()) + ": " + s.averageScore().toPlainString() + " ("
                        + s.respondents() + " respondenten)", AccessLog.Channel.UI);
    }

    /**
     * What is wrong with a survey, field → Dutch message, in form order; empty when it can be recorded.
     *
     * @throws RegieProblem.Forbidden for anyone but a policy officer, before looking at the input
     */
    public Map<String, String> check(RegieUser user, NewPartnerSurvey s) {
        if (!user.is(Role.POLICY_OFFICER)) {
            throw new RegieProblem.Forbidden("Alleen een beleidsmedewerker legt tevredenheidsonderzoeken onder ketenpartners vast.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (s.heldOn() == null) {
            problems.put("heldOn", "Vul de datum in waarop het onderzoek is gehouden.");
        } else if (s.heldOn().isAfter(today)) {
            problems.put("heldOn", "De datum ligt in de toekomst; leg een onderzoek vast als het is gehouden.");
        } else if (s.heldOn().isBefore(IntegrationRules.LAW_IN_FORCE)) {
            problems.put("heldOn", "De datum ligt vóór 1 januari 2022, toen de Wet inburgering 2021 inging.");
        }
        if (s.respondents() == null) {
            problems.put("respondents", "Vul het aantal respondenten in.");
        } else if (s.respondents() < 1) {
            problems.put("respondents", "Een onderzoek heeft minstens één respondent.");
        }
        if (s.averageScore() == null) {
            problems.put("averageScore", "Vul het gemiddelde cijfer in, bijvoorbeeld 7,4.");
        } else if (s.averageScore().compareTo(BigDecimal.ONE) < 0 || s.averageScore().compareTo(BigDecimal.TEN) > 0) {
            problems.put("averageScore", "Een gemiddeld cijfer ligt tussen 1 en 10.");
        } else if (s.averageScore().stripTrailingZeros().scale() > 1) {
            problems.put("averageScore", "Gebruik hoogstens één cijfer achter de komma, bijvoorbeeld 7,4.");
        }
        String d = s.description() == null ? "" : s.description().trim();
        if (d.isEmpty()) {
            problems.put("description", "Beschrijf wie zijn ondervraagd, bijvoorbeeld: partners van de Sociale Alliantie.");
        } else if (d.length() > DESCRIPTION_MAX) {
            problems.put("description", "Hoogstens " + DESCRIPTION_MAX + " tekens (nu " + d.length() + ").");
        }
        return problems;
    }
}
