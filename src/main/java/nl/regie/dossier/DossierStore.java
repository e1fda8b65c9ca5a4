package nl.regie.dossier;

import nl.regie.rules.TargetGroup;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.regie.rules.DeadlineCode;
import nl.regie.shared.Bsn;

/** Persistence of dossiers, their household, COA profile and timeline. Plain SQL that runs on H2 and PostgreSQL. */
@Repository
class DossierStore {

    /** The column holding the date on which a dossier reached each state. */
    static final Map<DossierState, String> DATE_COLUMN = new EnumMap<>(Map.of(
            DossierState.LINKED, "linked_on",
            DossierState.WARM_HANDOVER_HELD, "warm_handover_on",
            DossierState.HOUSED, "housed_on",
            DossierState.BRP_REGISTERED, "brp_registered_on",
            DossierState.INTAKE_IN_PROGRESS, "intake_started_on",
            DossierState.PLAN_ESTABLISHED, "plan_established_on",
            DossierState.IN_ROUTE, "route_started_on",
            DossierState.COMPLETED, "completed_on",
            DossierState.AFTERCARE, "aftercare_started_on",
            DossierState.CLOSED, "closed_on"));

    private static final String INSERT_DOSSIER = """
            INSERT INTO dossier (id, municipality_code, bsn, given_names, family_name, birth_date, nationality,
                target_group, contact_language, interpreter_needed, state, consultant_username,
                linked_on, warm_handover_on, housed_on, brp_registered_on, intake_started_on, plan_established_on,
                route_started_on, completed_on, completion_type, aftercare_started_on, closed_on, closure_reason,
                created_at, updated_at, benefit_started_on, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String INSERT_EVENT = """
            INSERT INTO dossier_event (dossier_id, occurred_at, actor, event_type, event_date, summary, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_MEMBER = """
            INSERT INTO household_member (dossier_id, relationship, name, birth_date) VALUES (?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DossierStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A dossier as written in one go (new dossier or bulk load). */
    record Row(UUID id, String municipalityCode, String bsn, String givenNames, String familyName, LocalDate birthDate,
               String nationality, TargetGroup targetGroup, String contactLanguage, boolean interpreterNeeded,
               DossierState state, String consultantUsername, Map<DossierState, LocalDate> stepDates,
               CompletionType completionType, ClosureReason closureReason, Instant createdAt,
               List<HouseholdMember> householdMembers, CoaProfile coaProfile, LocalDate benefitStartedOn) {
    }

    /** An event to append to a timeline. */
    record NewEvent(UUID dossierId, Instant occurredAt, String actor, TimelineEvent.EventType type, LocalDate eventDate,
                    String summary, String reason) {
    }

    void insert(Row r) {
        insertAll(List.of(r));
    }

    /** Batch insert, for the generator and imports: one round trip per batch instead of one per row. */
    void insertAll(List<Row> rows) {
        template.batchUpdate(INSERT_DOSSIER, rows, 1000, (ps, r) -> {
            ps.setObject(1, r.id());
            ps.setString(2, r.municipalityCode());
            ps.setString(3, r.bsn());
            ps.setString(4, r.givenNames());
            ps.setString(5, r.familyName());
            ps.setObject(6, r.birthDate());
            ps.setString(7, r.nationality());
            ps.setString(8, r.targetGroup().name());
            ps.setString(9, r.contactLanguage());
            ps.setBoolean(10, r.interpreterNeeded());
            ps.setString(11, r.state().name());
            ps.setString(12, r.consultantUsername());
            int i = 13;
            for (DossierState s : List.of(DossierState.LINKED, DossierState.WARM_HANDOVER_HELD, DossierState.HOUSED,
                    DossierState.BRP_REGISTERED, DossierState.INTAKE_IN_PROGRESS, DossierState.PLAN_ESTABLISHED,
                    DossierState.IN_ROUTE, DossierState.COMPLETED)) {
                date(ps, i++, r.stepDates().get(s));
            }
            ps.setString(21, r.completionType() == null ? null : r.completionType().name());
            date(ps, 22, r.stepDates().get(DossierState.AFTERCARE));
            date(ps, 23, r.stepDates().get(DossierState.CLOSED));
            ps.setString(24, r.closureReason() == null ? null : r.closureReason().name());
            ps.setTimestamp(25, Timestamp.from(r.createdAt()));
            ps.setTimestamp(26, Timestamp.from(r.createdAt()));
            date(ps, 27, r.benefitStartedOn());
        });
        List<Object[]> members = new ArrayList<>();
        List<Object[]> profiles = new ArrayList<>();
        for (Row r : rows) {
            for (HouseholdMember m : r.householdMembers()) {
                members.add(new Object[] {r.id(), m.relationship().name(), m.name(), m.birthDate()});
            }
            CoaProfile c = r.coaProfile();
            if (c != null && !c.isEmpty()) {
                profiles.add(new Object[] {r.id(), c.coaNumber(), c.azcLocation(),
                        c.residencePermitType() == null ? null : c.residencePermitType().name(), c.permitGrantedOn(),
                        c.familyDetails(), c.preIntegration(), c.education(), c.diplomaValuation(), c.languageSkills(),
                        c.workExperience(), c.curriculumVitae(), c.selfReliance()});
            }
        }
        if (!members.isEmpty()) {
            template.batchUpdate(INSERT_MEMBER, members);
        }
        if (!profiles.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO coa_profile (dossier_id, coa_number, azc_location, residence_permit_type, permit_granted_on,
                        family_details, pre_integration, education, diploma_valuation, language_skills, work_experience,
                        curriculum_vitae, self_reliance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", profiles);
        }
    }

    void appendEvents(List<NewEvent> events) {
        template.batchUpdate(INSERT_EVENT, events, 1000, (ps, e) -> {
            ps.setObject(1, e.dossierId());
            ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
            ps.setString(3, e.actor());
            ps.setString(4, e.type().name());
            date(ps, 5, e.eventDate());
            ps.setString(6, e.summary());
            ps.setString(7, e.reason());
        });
    }

    boolean bsnTaken(String municipalityCode, String bsn) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE municipality_code = ? AND bsn = ?")
                .params(municipalityCode, bsn).query(Integer.class).single() > 0;
    }

    Optional<Dossier> find(UUID id) {
        Optional<Dossier> bare = jdbc.sql("SELECT * FROM dossier WHERE id = ?").param(id).query(DossierStore::dossier).optional();
        return bare.map(d -> new Dossier(d.id(), d.municipalityCode(), d.bsn(), d.givenNames(), d.familyName(),
                d.birthDate(), d.nationality(), d.targetGroup(), d.contactLanguage(), d.interpreterNeeded(), d.state(),
                d.consultantUsername(), d.stepDates(), d.completionType(), d.closureReason(), members(id),
                coaProfile(id).orElse(null), d.legalFacts(), d.updatedAt(), d.version()));
    }

    /** Where clause and parameters of a worklist query; built by {@link DossierQueries} from the user's rights. */
    record Filter(String municipalityCode, DossierState state, String consultantUsername, String nameContains) {
    }

    long count(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        return jdbc.sql("SELECT COUNT(*) FROM dossier d" + where).params(params).query(Long.class).single();
    }

    List<DossierSummary> list(Filter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("""
                        SELECT d.id, d.municipality_code, d.given_names, d.family_name, d.birth_date, d.nationality,
                               d.target_group, d.state, d.consultant_username, u.display_name AS consultant_name, d.version,
                               COALESCE(s.n, 0) AS signal_count, COALESCE(s.sev, 0) AS top_severity,
                               COALESCE(d.closed_on, d.aftercare_started_on, d.completed_on, d.route_started_on,
                                        d.plan_established_on, d.intake_started_on, d.brp_registered_on, d.housed_on,
                                        d.warm_handover_on, d.linked_on) AS state_since
                        FROM dossier d LEFT JOIN app_user u ON u.username = d.consultant_username
                        LEFT JOIN (SELECT dossier_id, MAX(severity) AS sev, MIN(due_date) AS due, COUNT(*) AS n
                                   FROM dossier_signal GROUP BY dossier_id) s ON s.dossier_id = d.id""" + where
                        // Most urgent first (a passed deadline before one due soon, earliest date first), then by name.
                        + " ORDER BY COALESCE(s.sev, 0) DESC, CASE WHEN s.due IS NULL THEN 1 ELSE 0 END, s.due,"
                        + " d.family_name, d.given_names, d.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params)
                .query((rs, n) -> new DossierSummary(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
                        rs.getString("given_names"), rs.getString("family_name"), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("nationality"), TargetGroup.valueOf(rs.getString("target_group")),
                        DossierState.valueOf(rs.getString("state")), rs.getObject("state_since", LocalDate.class),
                        rs.getString("consultant_username"), rs.getString("consultant_name"), rs.getLong("version"),
                        rs.getInt("signal_count"), rs.getInt("top_severity"), null))
                .list();
    }

    /** Worklist lines (without signals) of the given dossiers that belong to the municipality. */
    List<DossierSummary> summaries(String municipalityCode, List<UUID> ids) {
        List<DossierSummary> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            List<Object> params = new ArrayList<>();
            params.add(municipalityCode);
            params.addAll(chunk);
            out.addAll(jdbc.sql("""
                            SELECT d.id, d.municipality_code, d.given_names, d.family_name, d.birth_date, d.nationality,
                                   d.target_group, d.state, d.consultant_username, u.display_name AS consultant_name, d.version
                            FROM dossier d LEFT JOIN app_user u ON u.username = d.consultant_username
                            WHERE d.municipality_code = ? AND d.id IN (""" + placeholders(chunk.size()) + ")")
                    .params(params)
                    .query((rs, n) -> new DossierSummary(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
                            rs.getString("given_names"), rs.getString("family_name"), rs.getObject("birth_date", LocalDate.class),
                            rs.getString("nationality"), TargetGroup.valueOf(rs.getString("target_group")),
                            DossierState.valueOf(rs.getString("state")), null, rs.getString("consultant_username"),
                            rs.getString("consultant_name"), rs.getLong("version"), 0, 0, null))
                    .list());
        }
        return out;
    }

    /** The most urgent signal's message per dossier, for a page of worklist rows. */
    Map<UUID, String> topSignalMessages(List<UUID> ids) {
        Map<UUID, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<UUID, Signal> best = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM dossier_signal WHERE dossier_id IN (" + placeholders(ids.size()) + ")")
                .params(new ArrayList<Object>(ids))
                .query((rs, n) -> {
                    UUID id = rs.getObject("dossier_id", UUID.class);
                    Signal s = signal(rs);
                    best.merge(id, s, (a, b) -> SignalRules.URGENCY.compare(a, b) <= 0 ? a : b);
                    return s;
                })
                .list();
        best.forEach((k, v) -> out.put(k, v.message()));
        return out;
    }

    /** Open signals of a municipality, most urgent first, with dossier and consultant names. */
    List<SignalOverview.OpenSignal> openSignals(String municipalityCode, int limit) {
        return jdbc.sql("""
                        SELECT s.*, d.given_names, d.family_name, u.display_name AS consultant_name
                        FROM dossier_signal s JOIN dossier d ON d.id = s.dossier_id
                        LEFT JOIN app_user u ON u.username = d.consultant_username
                        WHERE d.municipality_code = ?
                        ORDER BY s.severity DESC, s.due_date, d.family_name""" + " FETCH FIRST " + limit + " ROWS ONLY")
                .param(municipalityCode)
                .query((rs, n) -> new SignalOverview.OpenSignal(rs.getObject("dossier_id", UUID.class),
                        rs.getString("given_names") + " " + rs.getString("family_name"), rs.getString("consultant_name"),
                        signal(rs)))
                .list();
    }

    List<SignalOverview.PerConsultant> signalsPerConsultant(String municipalityCode) {
        return jdbc.sql("""
                        SELECT d.consultant_username, u.display_name,
                               SUM(CASE WHEN s.severity = 3 THEN 1 ELSE 0 END) AS passed,
                               SUM(CASE WHEN s.severity = 2 THEN 1 ELSE 0 END) AS due_soon,
                               SUM(CASE WHEN s.severity < 2 THEN 1 ELSE 0 END) AS other
                        FROM dossier_signal s JOIN dossier d ON d.id = s.dossier_id
                        LEFT JOIN app_user u ON u.username = d.consultant_username
                        WHERE d.municipality_code = ?
                        GROUP BY d.consultant_username, u.display_name
                        ORDER BY passed DESC, due_soon DESC, u.display_name""")
                .param(municipalityCode)
                .query((rs, n) -> new SignalOverview.PerConsultant(rs.getString("consultant_username"),
                        rs.getString("display_name"), rs.getInt("passed"), rs.getInt("due_soon"), rs.getInt("other")))
                .list();
    }

    private static String where(Filter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" WHERE d.municipality_code = ?");
        params.add(f.municipalityCode());
        if (f.state() != null) {
            w.append(" AND d.state = ?");
            params.add(f.state().name());
        }
        if (f.consultantUsername() != null) {
            w.append(" AND d.consultant_username = ?");
            params.add(f.consultantUsername());
        }
        if (f.nameContains() != null && !f.nameContains().isBlank()) {
            w.append(" AND LOWER(d.given_names || ' ' || d.family_name) LIKE ?");
            params.add("%" + f.nameContains().trim().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return w.toString();
    }

    /**
     * Moves the dossier to a new state only if nobody changed it since {@code expectedVersion} was read
     * (optimistic locking): the WHERE on version makes the check and the write one atomic statement.
     */
    boolean updateState(UUID id, long expectedVersion, DossierState to, LocalDate date, CompletionType completion,
                        ClosureReason closure, Instant now) {
        String column = DATE_COLUMN.get(to);
        return jdbc.sql("UPDATE dossier SET state = ?, " + column + " = ?, completion_type = COALESCE(?, completion_type),"
                        + " closure_reason = COALESCE(?, closure_reason), updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(to.name(), date, completion == null ? null : completion.name(),
                        closure == null ? null : closure.name(), Timestamp.from(now), id, expectedVersion)
                .update() == 1;
    }

    boolean updateConsultant(UUID id, long expectedVersion, String consultant, Instant now) {
        return jdbc.sql("UPDATE dossier SET consultant_username = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(consultant, Timestamp.from(now), id, expectedVersion).update() == 1;
    }

    boolean updateLegalFacts(UUID id, long expectedVersion, LegalFacts f, Instant now) {
        return jdbc.sql("UPDATE dossier SET temporary_purpose = ?, years_compulsory_school = ?, qualifying_dutch_diploma = ?,"
                        + " benefit_started_on = ?, term_extended_until = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(f.temporaryPurpose(), f.yearsInNetherlandsDuringCompulsorySchoolAge(), f.hasQualifyingDutchDiploma(),
                        f.benefitStartedOn(), f.termExtendedUntil(), Timestamp.from(now), id, expectedVersion)
                .update() == 1;
    }

    /** Deadlines as stored for a dossier, in the order of {@link DeadlineCode}. */
    List<StoredDeadline> deadlines(UUID id) {
        return jdbc.sql("SELECT * FROM dossier_deadline WHERE dossier_id = ?").param(id)
                .query((rs, n) -> new StoredDeadline(id, DeadlineCode.valueOf(rs.getString("code")),
                        rs.getObject("due_date", LocalDate.class), rs.getString("basis"), rs.getString("explanation")))
                .list().stream().sorted(java.util.Comparator.comparing(StoredDeadline::code)).toList();
    }

    record StoredDeadline(UUID dossierId, DeadlineCode code, LocalDate date, String basis, String explanation) {
    }

    /** Replaces the deadlines of the given dossiers by the new set, in batches. */
    void replaceDeadlines(List<UUID> ids, List<StoredDeadline> deadlines) {
        template.batchUpdate("DELETE FROM dossier_deadline WHERE dossier_id = ?", ids, 1000, (ps, id) -> ps.setObject(1, id));
        template.batchUpdate("INSERT INTO dossier_deadline (dossier_id, code, due_date, basis, explanation) VALUES (?, ?, ?, ?, ?)",
                deadlines, 1000, (ps, d) -> {
                    ps.setObject(1, d.dossierId());
                    ps.setString(2, d.code().name());
                    ps.setObject(3, d.date());
                    ps.setString(4, d.basis());
                    ps.setString(5, d.explanation());
                });
    }

    record StoredSignal(UUID dossierId, Signal signal, LocalDate raisedOn) {
    }

    /**
     * Replaces the open signals of the given dossiers. A signal that is still open keeps the day it was first raised.
     */
    void replaceSignals(List<UUID> ids, List<StoredSignal> signals) {
        Map<String, LocalDate> raised = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            jdbc.sql("SELECT dossier_id, signal_key, raised_on FROM dossier_signal WHERE dossier_id IN (" + in + ")")
                    .params(new ArrayList<Object>(ids))
                    .query((rs, n) -> raised.put(rs.getObject("dossier_id", UUID.class) + "|" + rs.getString("signal_key"),
                            rs.getObject("raised_on", LocalDate.class)))
                    .list();
            jdbc.sql("DELETE FROM dossier_signal WHERE dossier_id IN (" + in + ")").params(new ArrayList<Object>(ids)).update();
        }
        insertSignals(signals, raised);
    }

    private void insertSignals(List<StoredSignal> signals, Map<String, LocalDate> raised) {
        template.batchUpdate("""
                        INSERT INTO dossier_signal (dossier_id, signal_key, kind, deadline_code, due_date, severity, message, raised_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", signals, 1000, (ps, s) -> {
                    ps.setObject(1, s.dossierId());
                    ps.setString(2, s.signal().key());
                    ps.setString(3, s.signal().kind().name());
                    ps.setString(4, s.signal().deadlineCode() == null ? null : s.signal().deadlineCode().name());
                    ps.setObject(5, s.signal().dueDate());
                    ps.setInt(6, s.signal().severity());
                    ps.setString(7, s.signal().message());
                    ps.setObject(8, raised.getOrDefault(s.dossierId() + "|" + s.signal().key(), s.raisedOn()));
                });
    }

    /**
     * The sweep's variant of {@link #replaceSignals}: replaces the signals of every dossier with an id in
     * [{@code first}, {@code last}] (closed dossiers in that range have none: closing clears them).
     */
    void replaceSignalsInRange(UUID first, UUID last, List<StoredSignal> signals) {
        Map<String, LocalDate> raised = new java.util.HashMap<>();
        jdbc.sql("SELECT dossier_id, signal_key, raised_on FROM dossier_signal WHERE dossier_id >= ? AND dossier_id <= ?")
                .params(first, last)
                .query((rs, n) -> raised.put(rs.getObject("dossier_id", UUID.class) + "|" + rs.getString("signal_key"),
                        rs.getObject("raised_on", LocalDate.class)))
                .list();
        jdbc.sql("DELETE FROM dossier_signal WHERE dossier_id >= ? AND dossier_id <= ?").params(first, last).update();
        insertSignals(signals, raised);
    }

    List<Signal> signals(UUID id) {
        return jdbc.sql("SELECT * FROM dossier_signal WHERE dossier_id = ?").param(id)
                .query((rs, n) -> signal(rs)).list().stream().sorted(SignalRules.URGENCY).toList();
    }

    static Signal signal(ResultSet rs) throws SQLException {
        String code = rs.getString("deadline_code");
        return new Signal(rs.getString("signal_key"), Signal.Kind.valueOf(rs.getString("kind")),
                code == null ? null : DeadlineCode.valueOf(code), rs.getObject("due_date", LocalDate.class),
                rs.getInt("severity"), rs.getString("message"));
    }

    /** One dossier as the signal sweep reads it. */
    record SweepRow(UUID id, String municipalityCode, DossierState state, LocalDate planEstablishedOn) {
    }

    /** The next page of open dossiers after {@code after} in id order (keyset paging: no offset scans). */
    List<SweepRow> openDossiersAfter(UUID after, int limit) {
        String sql = "SELECT id, municipality_code, state, plan_established_on FROM dossier WHERE state <> 'CLOSED'"
                + (after == null ? "" : " AND id > ?") + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY";
        var spec = jdbc.sql(sql);
        if (after != null) {
            spec = spec.param(after);
        }
        return spec.query((rs, n) -> new SweepRow(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
                DossierState.valueOf(rs.getString("state")), rs.getObject("plan_established_on", LocalDate.class))).list();
    }

    /**
     * Deadlines of all dossiers with an id between {@code first} and {@code last}: a range scan on the primary key,
     * cheaper than an IN list of a thousand ids and independent of planner statistics.
     */
    Map<UUID, Map<DeadlineCode, LocalDate>> deadlineDates(UUID first, UUID last) {
        Map<UUID, Map<DeadlineCode, LocalDate>> out = new java.util.HashMap<>();
        jdbc.sql("SELECT dossier_id, code, due_date FROM dossier_deadline WHERE dossier_id >= ? AND dossier_id <= ?")
                .params(first, last)
                .query((rs, n) -> out.computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new EnumMap<>(DeadlineCode.class))
                        .put(DeadlineCode.valueOf(rs.getString("code")), rs.getObject("due_date", LocalDate.class)))
                .list();
        return out;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    boolean touch(UUID id, long expectedVersion, Instant now) {
        return jdbc.sql("UPDATE dossier SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(Timestamp.from(now), id, expectedVersion).update() == 1;
    }

    List<TimelineEvent> events(UUID id) {
        return jdbc.sql("SELECT * FROM dossier_event WHERE dossier_id = ? ORDER BY occurred_at DESC, id DESC")
                .param(id)
                .query((rs, n) -> new TimelineEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), TimelineEvent.EventType.valueOf(rs.getString("event_type")),
                        rs.getObject("event_date", LocalDate.class), rs.getString("summary"), rs.getString("reason")))
                .list();
    }

    Optional<TimelineEvent> lastEvent(UUID id) {
        return events(id).stream().findFirst();
    }

    private List<HouseholdMember> members(UUID id) {
        return jdbc.sql("SELECT * FROM household_member WHERE dossier_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new HouseholdMember(HouseholdMember.Relationship.valueOf(rs.getString("relationship")),
                        rs.getString("name"), rs.getObject("birth_date", LocalDate.class)))
                .list();
    }

    private Optional<CoaProfile> coaProfile(UUID id) {
        return jdbc.sql("SELECT * FROM coa_profile WHERE dossier_id = ?").param(id)
                .query((rs, n) -> {
                    String type = rs.getString("residence_permit_type");
                    return new CoaProfile(rs.getString("coa_number"), rs.getString("azc_location"),
                            type == null ? null : CoaProfile.ResidencePermitType.valueOf(type),
                            rs.getObject("permit_granted_on", LocalDate.class), rs.getString("family_details"),
                            rs.getString("pre_integration"), rs.getString("education"), rs.getString("diploma_valuation"),
                            rs.getString("language_skills"), rs.getString("work_experience"),
                            rs.getString("curriculum_vitae"), rs.getString("self_reliance"));
                })
                .optional();
    }

    private static Dossier dossier(ResultSet rs, int n) throws SQLException {
        Map<DossierState, LocalDate> dates = new EnumMap<>(DossierState.class);
        for (var e : DATE_COLUMN.entrySet()) {
            LocalDate d = rs.getObject(e.getValue(), LocalDate.class);
            if (d != null) {
                dates.put(e.getKey(), d);
            }
        }
        String completion = rs.getString("completion_type");
        String closure = rs.getString("closure_reason");
        return new Dossier(rs.getObject("id", UUID.class), rs.getString("municipality_code"), Bsn.of(rs.getString("bsn")),
                rs.getString("given_names"), rs.getString("family_name"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("nationality"), TargetGroup.valueOf(rs.getString("target_group")),
                rs.getString("contact_language"), rs.getBoolean("interpreter_needed"),
                DossierState.valueOf(rs.getString("state")), rs.getString("consultant_username"), dates,
                completion == null ? null : CompletionType.valueOf(completion),
                closure == null ? null : ClosureReason.valueOf(closure), List.of(), null,
                new LegalFacts(rs.getBoolean("temporary_purpose"), rs.getInt("years_compulsory_school"),
                        rs.getBoolean("qualifying_dutch_diploma"), rs.getObject("benefit_started_on", LocalDate.class),
                        rs.getObject("term_extended_until", LocalDate.class)),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static void date(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }
}
