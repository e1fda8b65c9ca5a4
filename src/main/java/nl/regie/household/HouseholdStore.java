package nl.regie.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.regie.dossier.DossierLookup;
import org.springframework.stereotype.Repository;

import nl.regie.dossier.DossierState;
import nl.regie.dossier.HouseholdMember.Relationship;
import nl.regie.rules.TargetGroup;

/**
 * Persistence of the household: the members (table {@code household_member}, filled at registration by the dossier
 * module and changed afterwards only here), income situations and childcare (both append-only). Reads of the
 * {@code dossier} table are limited to finding a dossier by BSN inside one municipality and the NUG list; every
 * person-level read of another dossier goes through {@code DossierQueries}, which applies the tenant rules and logs it.
 */
@Repository
class HouseholdStore {

    private final JdbcClient jdbc;

    private final DossierLookup dossierLookup;

    HouseholdStore(JdbcClient jdbc, DossierLookup dossierLookup) {
        this.jdbc = jdbc;
        this.dossierLookup = dossierLookup;
    }

    record MemberRow(long id, UUID dossierId, Relationship relationship, String name, LocalDate birthDate,
                     UUID relatedDossierId) {
    }

    /**
     * Locks the dossier row until the transaction ends, so two people editing the same household at once cannot
     * both add a partner: the second waits and then sees the first one's partner.
     */
    void lockDossier(UUID dossierId) {
        dossierLookup.lock(dossierId); // the dossier module owns its table and its lock
    }

    List<MemberRow> members(UUID dossierId) {
        return jdbc.sql("SELECT * FROM household_member WHERE dossier_id = ? ORDER BY id").param(dossierId)
                .query(HouseholdStore::member).list();
    }

    Optional<MemberRow> member(UUID dossierId, long memberId) {
        return jdbc.sql("SELECT * FROM household_member WHERE dossier_id = ? AND id = ?").params(dossierId, memberId)
                .query(HouseholdStore::member).optional();
    }

    /** Called with the dossier locked, so the highest id of its members is the one just inserted. */
    long insertMember(UUID dossierId, Relationship relationship, String name, LocalDate birthDate) {
        jdbc.sql("INSERT INTO household_member (dossier_id, relationship, name, birth_date) VALUES (?, ?, ?, ?)")
                .params(dossierId, relationship.name(), name, birthDate).update();
        return jdbc.sql("SELECT MAX(id) FROM household_member WHERE dossier_id = ?").param(dossierId).query(Long.class).single();
    }

    /** Removes a member and the childcare recorded for them (the timeline keeps the account of both). */
    void deleteMember(long memberId) {
        jdbc.sql("DELETE FROM childcare_need WHERE member_id = ?").param(memberId).update();
        jdbc.sql("DELETE FROM household_member WHERE id = ?").param(memberId).update();
    }

    void link(long memberId, UUID relatedDossierId) {
        jdbc.sql("UPDATE household_member SET related_dossier_id = ? WHERE id = ?").params(relatedDossierId, memberId).update();
    }

    List<IncomeSituation> incomeHistory(UUID dossierId) {
        return jdbc.sql("SELECT * FROM income_situation WHERE dossier_id = ? ORDER BY valid_from DESC, id DESC")
                .param(dossierId).query(HouseholdStore::income).list();
    }

    Optional<IncomeSituation> currentIncome(UUID dossierId) {
        return jdbc.sql("SELECT * FROM income_situation WHERE dossier_id = ? ORDER BY valid_from DESC, id DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param(dossierId).query(HouseholdStore::income).optional();
    }

    void insertIncome(UUID dossierId, IncomeType type, LocalDate validFrom, String remarks, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO income_situation (dossier_id, situation, valid_from, remarks, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(dossierId, type.name(), validFrom, remarks, by, Timestamp.from(at)).update();
    }

    /** The last recorded childcare per member of the dossier's household. */
    Map<Long, Childcare> childcare(UUID dossierId) {
        Map<Long, Childcare> out = new HashMap<>();
        jdbc.sql("SELECT * FROM childcare_need WHERE dossier_id = ? ORDER BY id").param(dossierId)
                .query((rs, n) -> {
                    String arrangement = rs.getString("arrangement");
                    Integer hours = rs.getObject("hours_per_week", Integer.class);
                    Childcare c = new Childcare(ChildcareNeed.valueOf(rs.getString("need")),
                            arrangement == null ? null : ChildcareArrangement.valueOf(arrangement), hours,
                            rs.getString("remarks"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
                    out.put(rs.getLong("member_id"), c);
                    return c;
                })
                .list();
        return out;
    }

    void insertChildcare(UUID dossierId, long memberId, ChildcareInput c, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO childcare_need (member_id, dossier_id, need, arrangement, hours_per_week, remarks,
                            recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(memberId, dossierId, c.need().name(), c.arrangement() == null ? null : c.arrangement().name(),
                        c.hoursPerWeek(), c.remarks(), by, Timestamp.from(at))
                .update();
    }

    /**
     * Open dossiers of one municipality whose newcomer is NUG now (the latest income situation is a NUG one),
     * longest NUG first.
     */
    List<NugDossier> nugDossiers(String municipalityCode, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(municipalityCode);
        params.add(limit);
        return jdbc.sql("""
                        SELECT i.dossier_id, i.situation, i.valid_from, d.given_names, d.family_name, d.state, d.target_group,
                               u.display_name AS consultant_name
                        FROM income_situation i
                        JOIN dossier d ON d.id = i.dossier_id
                        LEFT JOIN app_user u ON u.username = d.consultant_username
                        WHERE d.municipality_code = ? AND d.state <> 'CLOSED' AND i.situation IN ('NUG', 'PARTNER_WORKS')
                          AND NOT EXISTS (SELECT 1 FROM income_situation j WHERE j.dossier_id = i.dossier_id
                                          AND (j.valid_from > i.valid_from OR (j.valid_from = i.valid_from AND j.id > i.id)))
                        ORDER BY i.valid_from, d.family_name, d.given_names, d.id FETCH FIRST ? ROWS ONLY""")
                .params(params)
                .query((rs, n) -> new NugDossier(rs.getObject("dossier_id", UUID.class),
                        rs.getString("given_names") + " " + rs.getString("family_name"),
                        DossierState.valueOf(rs.getString("state")), TargetGroup.valueOf(rs.getString("target_group")),
                        rs.getString("consultant_name"), IncomeType.valueOf(rs.getString("situation")),
                        rs.getObject("valid_from", LocalDate.class)))
                .list();
    }

    private static MemberRow member(ResultSet rs, int n) throws SQLException {
        return new MemberRow(rs.getLong("id"), rs.getObject("dossier_id", UUID.class),
                Relationship.valueOf(rs.getString("relationship")), rs.getString("name"),
                rs.getObject("birth_date", LocalDate.class), rs.getObject("related_dossier_id", UUID.class));
    }

    private static IncomeSituation income(ResultSet rs, int n) throws SQLException {
        return new IncomeSituation(rs.getLong("id"), IncomeType.valueOf(rs.getString("situation")),
                rs.getObject("valid_from", LocalDate.class), rs.getString("remarks"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
