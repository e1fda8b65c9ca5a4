package nl.regie.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.shared.RegieProblem;

/**
 * Append-only log of every read of person-level data (AVG art. 5(2) accountability and art. 32 security of processing; BIO logging):
 * who, when, which dossier, for what purpose, through which channel. Rows are only ever inserted;
 * no code path updates or deletes them. It holds no BSN: the dossier id identifies the person.
 */
@Service
public class AccessLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a read. Runs in its own transaction so the log line survives even when the surrounding
     * request fails after the data was shown.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(RegieUser user, UUID dossierId, AccessAction action, String purpose, Channel channel) {
        jdbc.sql("""
                        INSERT INTO access_log (occurred_at, username, role, municipality_code, dossier_id, action, purpose, channel)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), user.username(), user.role().name(), user.municipalityCode(),
                        dossierId, action.name(), purpose, channel.name())
                .update();
    }

    /** Queried by the functional administrator (and the privacy officer through them). */
    public Page query(RegieUser asker, AccessQuery q) {
        if (!asker.is(Role.FUNCTIONAL_ADMIN)) {
            throw new RegieProblem.Forbidden("Alleen de functioneel beheerder kan het toegangslog inzien.");
        }
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> params = new ArrayList<>();
        if (q.username() != null && !q.username().isBlank()) {
            where.append(" AND username = ?");
            params.add(q.username().trim());
        }
        if (q.dossierId() != null) {
            where.append(" AND dossier_id = ?");
            params.add(q.dossierId());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(q.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (q.until() != null) {
            where.append(" AND occurred_at < ?");
            params.add(Timestamp.from(q.until().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM access_log" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add((long) q.page() * q.pageSize());
        pageParams.add(q.pageSize());
        List<Entry> rows = jdbc.sql("SELECT * FROM access_log" + where
                        + " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(pageParams)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("municipality_code"),
                        rs.getObject("dossier_id", UUID.class), AccessAction.valueOf(rs.getString("action")),
                        rs.getString("purpose"), Channel.valueOf(rs.getString("channel"))))
                .list();
        return new Page(rows, total, q.page(), q.pageSize());
    }

    public enum AccessAction {
        VIEW_DOSSIER("Dossier ingezien"),
        VIEW_TIMELINE("Tijdlijn ingezien"),
        LIST_DOSSIERS("Werkvoorraad ingezien"),
        DOWNLOAD_DUO_NOTICE("Melding aan DUO gedownload"),
        VIEW_HEALTH_NOTES("Gezondheidsnotities ingezien"),
        DOWNLOAD_ATTACHMENT("Bijlage gedownload"),
        VIEW_SPECIAL_CATEGORY("Bijzondere persoonsgegevens ingezien"),
        RECORD_HOUSING_QUOTA("Taakstelling vastgelegd"),
        RECORD_PLANNING_PARAMETERS("Planningsparameters vastgelegd"),
        RECORD_PLANNING_BUDGET("Begroting vastgelegd"),
        VIEW_ENFORCEMENT("Handhaving ingezien"),
        RECORD_BREACH("Overtreding vastgelegd"),
        DECIDE_SANCTION("Besluit op overtreding genomen"),
        REVIEW_FINE("Boete beoordeeld (vier ogen)"),
        DOWNLOAD_FINE_LETTER("Boetebeschikking gedownload"),
        DOWNLOAD_WARNING_LETTER("Waarschuwingsbrief gedownload"),
        RECORD_OBJECTION("Bezwaar vastgelegd"),
        RECORD_OBJECTION_OUTCOME("Beslissing op bezwaar vastgelegd"),
        RECORD_BENEFIT_SANCTION("Maatregel Participatiewet vastgelegd"),
        RECORD_DUO_DECISION("Besluit van DUO vastgelegd"),
        LIST_FINES_AWAITING_APPROVAL("Boetes ter goedkeuring ingezien"),
        VIEW_FINANCIAL_RELIEF("Financieel ontzorgen ingezien"),
        FINANCIAL_RELIEF_ARRANGED("Financieel ontzorgen gestart"),
        FINANCIAL_RELIEF_EXTENDED("Ontzorgen verlengd"),
        FINANCIAL_RELIEF_ENDED("Ontzorgen eerder beëindigd"),
        FIXED_CHARGE_ADDED("Vaste last toegevoegd"),
        FIXED_CHARGE_ENDED("Vaste last beëindigd"),
        RELIEF_CHECKPOINT_RECORDED("Voortgang financiële zelfredzaamheid vastgelegd"),
        VIEW_PAYMENT_RUN("Betaalrun ontzorgen ingezien"),
        PAYMENT_RUN_PRODUCED("Betaalrun ontzorgen aangemaakt"),
        DOWNLOAD_PAYMENT_FILE("SEPA-bestand ontzorgen gedownload"),
        EXPORT_FIGURES("Cijfers geëxporteerd"),
        EXPORT_PSEUDONYMISED_DATASET("Gepseudonimiseerd onderzoeksbestand gedownload"),
        EXPORT_ACCOUNTABILITY("Jaarverantwoording geëxporteerd"),
        SET_TARGET("Streefwaarde vastgelegd"),
        RECORD_PARTNER_SURVEY("Tevredenheidsonderzoek ketenpartners vastgelegd");

        private final String dutch;

        AccessAction(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    public enum Channel { UI, API }

    public record AccessQuery(String username, UUID dossierId, LocalDate from, LocalDate until, int page, int pageSize) {
    }

    public record Entry(long id, Instant occurredAt, String username, Role role, String municipalityCode,
                        UUID dossierId, AccessAction action, String purpose, Channel channel) {
    }

    public record Page(List<Entry> entries, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }
}
