package nl.regie.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import nl.regie.audit.AccessLog;
import nl.regie.dossier.DossierCounts;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.shared.RegieProblem;

/**
 * The pseudonymised research dataset: one row per dossier of the cohort, without name, BSN, nationality or any
 * date — a stable pseudonym (HMAC-SHA256 of the dossier id under a secret of the municipality, so the same dossier
 * has the same pseudonym in every extract but cannot be linked across municipalities), the birth year, the cohort
 * half year, and durations in days instead of dates. Small-number care: where fewer than five dossiers of the cohort
 * half year and target group share a birth year, the row gives the decade instead ("1990-1999"). Also whether an
 * asylum permit holder had financieel ontzorgen by the peildatum (empty for other target groups, to whom it does not
 * apply) and the latest overall satisfaction score. Sanctions are left out: they are rare, so a sanction next to a
 * birth year and cohort could point to a person, and they are punitive data a research file does not need. For the
 * policy officer of the municipality only; every download is access-logged.
 */
@Service
public class ResearchDataset {

    static final List<String> COLUMNS = List.of("pseudoniem", "geboortejaar", "doelgroep", "cohort", "leerroute",
            "dagen_brp_tot_pip", "pip_binnen_wettelijke_termijn", "dagen_huisvesting_tot_start_leerroute", "wijze_afronding",
            "dagen_termijnstart_tot_afronding", "examenonderdelen_behaald", "pvt_ondertekend", "map_afgerond",
            "trede_nulmeting", "trede_eindmeting", "financieel_ontzorgd", "tevredenheid_algemeen");

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    ResearchDataset(NamedParameterJdbcTemplate jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Not one transaction: the key is made (and committed) first, then the rows are streamed. */
    public void write(RegieUser user, MonitoringFilter f, OutputStream out) {
        if (!user.is(Role.POLICY_OFFICER)) {
            throw new RegieProblem.Forbidden("Het onderzoeksbestand is er alleen voor de beleidsmedewerker van de gemeente.");
        }
        byte[] secret = HexFormat.of().parseHex(secretFor(user.municipalityCode()));
        accessLog.record(user, null, AccessLog.AccessAction.EXPORT_PSEUDONYMISED_DATASET, "Onderzoeksbestand: " + f.describe(),
                AccessLog.Channel.UI);
        KpiStore.Cohort cohort = new KpiStore.Cohort(List.of(user.municipalityCode()), f.period().from(), f.period().until(),
                f.peildatum(), f.targetGroup(), f.route());
        String sql = cohort.cte() + """
                , x AS (
                  SELECT c.id, c.target_group, c.route, c.cohort_on, c.completion_type,
                         EXTRACT(YEAR FROM d.birth_date) AS birth_year,
                         CASE WHEN c.plan_on IS NOT NULL AND c.brp_on IS NOT NULL THEN CAST(c.plan_on - c.brp_on AS INTEGER) END AS days_pip,
                         CASE WHEN c.plan_on IS NULL OR dl.due_date IS NULL THEN NULL WHEN c.plan_on <= dl.due_date THEN 1 ELSE 0 END AS pip_in_time,
                         CASE WHEN c.route_on IS NOT NULL THEN CAST(c.route_on - c.cohort_on AS INTEGER) END AS days_start,
                         CASE WHEN c.completed_on IS NOT NULL AND ts.due_date IS NOT NULL THEN CAST(c.completed_on - ts.due_date AS INTEGER) END AS days_done,
                         (SELECT COUNT(DISTINCT e.part) FROM exam_result e WHERE e.dossier_id = c.id AND e.passed = TRUE AND e.taken_on <= :p) AS parts,
                         CASE WHEN pvt.signed_on <= :p THEN 1 ELSE 0 END AS pvt,
                         CASE WHEN lmm.completed_on <= :p THEN 1 ELSE 0 END AS map,
                         (SELECT m.ladder_step FROM intake_measurement m WHERE m.dossier_id = c.id AND m.kind = 'BASELINE' AND m.measured_on <= :p
                           ORDER BY m.version_no DESC FETCH FIRST 1 ROWS ONLY) AS ladder_b,
                         (SELECT m.ladder_step FROM intake_measurement m WHERE m.dossier_id = c.id AND m.kind = 'FINAL' AND m.measured_on <= :p
                           ORDER BY m.version_no DESC FETCH FIRST 1 ROWS ONLY) AS ladder_f,
                         CASE WHEN c.target_group <> 'ASYLUM_PERMIT_HOLDER' THEN NULL
                              WHEN EXISTS (SELECT 1 FROM financial_relief fr WHERE fr.dossier_id = c.id AND fr.starts_on <= :p) THEN 1
                              ELSE 0 END AS relief,
                         (SELECT a.score FROM satisfaction_answer a WHERE a.dossier_id = c.id AND a.subject = 'OVERALL' AND a.answered_on <= :p
                           ORDER BY a.answered_on DESC FETCH FIRST 1 ROWS ONLY) AS overall,
                         EXTRACT(YEAR FROM c.cohort_on) * 2 + CASE WHEN EXTRACT(MONTH FROM c.cohort_on) <= 6 THEN 0 ELSE 1 END AS half
                    FROM c JOIN dossier d ON d.id = c.id
                    LEFT JOIN dossier_deadline dl ON dl.dossier_id = c.id AND dl.code = 'INTEGRATION_PLAN_DUE'
                    LEFT JOIN dossier_deadline ts ON ts.dossier_id = c.id AND ts.code = 'TERM_START'
                    LEFT JOIN participation_statement_progress pvt ON pvt.dossier_id = c.id
                    LEFT JOIN labour_market_module_progress lmm ON lmm.dossier_id = c.id
                )
                SELECT x.*, COUNT(*) OVER (PARTITION BY x.half, x.target_group, x.birth_year) AS same_year
                  FROM x ORDER BY x.half, x.id
                """;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("\uFEFF" + String.join(";", COLUMNS) + "\r\n");
            jdbc.query(sql, cohort.params(), (RowCallbackHandler) rs -> {
                try {
                    w.write(row(rs, mac));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 ontbreekt in deze Java-installatie", e);
        }
    }

    private static String row(ResultSet rs, Mac mac) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String pseudonym = HexFormat.of().formatHex(mac.doFinal(id.toString().getBytes(StandardCharsets.US_ASCII))).substring(0, 32);
        int year = rs.getInt("birth_year");
        String birth = rs.getLong("same_year") < DossierCounts.SUPPRESS_BELOW
                ? (year / 10 * 10) + "-" + (year / 10 * 10 + 9) : String.valueOf(year);
        String route = rs.getString("route");
        return String.join(";", pseudonym, birth, rs.getString("target_group"), Period.ofHalfYearNumber(rs.getInt("half")).key(),
                route == null ? "" : route, num(rs, "days_pip"), flag(rs, "pip_in_time"), num(rs, "days_start"),
                rs.getString("completion_type") == null ? "" : rs.getString("completion_type"), num(rs, "days_done"),
                num(rs, "parts"), flag(rs, "pvt"), flag(rs, "map"), num(rs, "ladder_b"), num(rs, "ladder_f"), flag(rs, "relief"),
                num(rs, "overall")) + "\r\n";
    }

    private static String num(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? "" : String.valueOf(v);
    }

    private static String flag(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? "" : v == 1 ? "ja" : "nee";
    }

    /** The municipality's pseudonym secret, made on first use (32 random bytes); never shown or exported. */
    String secretFor(String municipalityCode) {
        List<String> found = jdbc.getJdbcTemplate().queryForList(
                "SELECT secret FROM monitoring_pseudonym_key WHERE municipality_code = ?", String.class, municipalityCode);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String hex = HexFormat.of().formatHex(key);
        try {
            jdbc.getJdbcTemplate().update("INSERT INTO monitoring_pseudonym_key (municipality_code, secret, created_at) VALUES (?, ?, ?)",
                    municipalityCode, hex, Timestamp.from(clock.instant()));
            return hex;
        } catch (DuplicateKeyException raced) {
            return jdbc.getJdbcTemplate().queryForObject(
                    "SELECT secret FROM monitoring_pseudonym_key WHERE municipality_code = ?", String.class, municipalityCode);
        }
    }
}
