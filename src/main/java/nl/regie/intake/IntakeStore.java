package nl.regie.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.regie.rules.LearningRoute;

/**
 * All SQL of the brede intake. Conversations, test results and versions are only ever inserted: a later edit of a
 * leefgebied or measurement is a new version, so the history (who, when, what) stays. Reads that may meet special
 * categories take {@code includeSpecial}; without it those rows are not even selected.
 */
@Repository
class IntakeStore {

    private final JdbcClient jdbc;

    IntakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- conversations

    void insertConversation(UUID dossierId, NewConversation c, String by, Instant now) {
        String domains = c.domainsDiscussed() == null ? null : Arrays.stream(LifeDomain.values())
                .filter(c.domainsDiscussed()::contains).map(Enum::name).collect(Collectors.joining(","));
        jdbc.sql("""
                        INSERT INTO intake_conversation (dossier_id, held_on, kind, interpreter_used, interpreter_language,
                            participants, domains_discussed, notes, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, c.heldOn(), c.kind().name(), c.interpreterUsed(), c.interpreterLanguage(), c.participants(),
                        domains == null || domains.isEmpty() ? null : domains, c.notes(), by, Timestamp.from(now))
                .update();
    }

    List<Conversation> conversations(UUID dossierId) {
        return jdbc.sql("SELECT * FROM intake_conversation WHERE dossier_id = ? ORDER BY held_on DESC, id DESC")
                .param(dossierId)
                .query((rs, n) -> {
                    String domains = rs.getString("domains_discussed");
                    return new Conversation(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                            ConversationKind.valueOf(rs.getString("kind")), rs.getBoolean("interpreter_used"),
                            rs.getString("interpreter_language"), rs.getString("participants"),
                            domains == null ? List.of() : Arrays.stream(domains.split(",")).map(LifeDomain::valueOf).toList(),
                            rs.getString("notes"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
                })
                .list();
    }

    // --- leerbaarheidstoets

    void insertLearnabilityTest(UUID dossierId, NewLearnabilityTest t, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO learnability_test (dossier_id, taken_on, provider, advised_route, score, remarks,
                            recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, t.takenOn(), t.provider(), t.advisedRoute().name(), t.score(), t.remarks(), by,
                        Timestamp.from(now))
                .update();
    }

    List<LearnabilityTest> learnabilityTests(UUID dossierId) {
        return jdbc.sql("SELECT * FROM learnability_test WHERE dossier_id = ? ORDER BY taken_on DESC, id DESC")
                .param(dossierId)
                .query((rs, n) -> new LearnabilityTest(rs.getLong("id"), rs.getObject("taken_on", LocalDate.class),
                        rs.getString("provider"), LearningRoute.valueOf(rs.getString("advised_route")), rs.getString("score"),
                        rs.getString("remarks"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    // --- leefgebieden

    int latestDomainVersion(UUID dossierId, LifeDomain domain) {
        return jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM intake_domain_version WHERE dossier_id = ? AND life_domain = ?")
                .params(dossierId, domain.name()).query(Integer.class).single();
    }

    /** Inserts a version; the unique key (dossier, domain, version) refuses a second writer of the same number. */
    void insertDomainVersion(UUID dossierId, LifeDomain domain, int versionNo, Map<String, String> values, String by,
                             Instant now) {
        jdbc.sql("""
                        INSERT INTO intake_domain_version (dossier_id, life_domain, version_no, special_category, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(dossierId, domain.name(), versionNo, domain.specialCategory(), by, Timestamp.from(now)).update();
        long id = jdbc.sql("SELECT id FROM intake_domain_version WHERE dossier_id = ? AND life_domain = ? AND version_no = ?")
                .params(dossierId, domain.name(), versionNo).query(Long.class).single();
        values.forEach((field, value) -> jdbc.sql(
                        "INSERT INTO intake_domain_value (version_id, field_name, field_value) VALUES (?, ?, ?)")
                .params(id, field, value).update());
    }

    /** Every version of every leefgebied of the dossier, newest first per leefgebied. */
    Map<LifeDomain, List<IntakeOverview.DomainVersion>> domainVersions(UUID dossierId, boolean includeSpecial) {
        return domainVersions(dossierId, null, includeSpecial);
    }

    Map<LifeDomain, List<IntakeOverview.DomainVersion>> domainVersions(UUID dossierId, LifeDomain only, boolean includeSpecial) {
        record Row(String domain, int versionNo, String by, Instant at, String field, String value) {
        }
        List<Object> params = new ArrayList<>(List.of(dossierId));
        String sql = """
                SELECT v.life_domain, v.version_no, v.recorded_by, v.recorded_at, x.field_name, x.field_value
                FROM intake_domain_version v LEFT JOIN intake_domain_value x ON x.version_id = v.id
                WHERE v.dossier_id = ?""";
        if (!includeSpecial) {
            sql += " AND v.special_category = FALSE";
        }
        if (only != null) {
            sql += " AND v.life_domain = ?";
            params.add(only.name());
        }
        sql += " ORDER BY v.life_domain, v.version_no DESC";
        List<Row> rows = jdbc.sql(sql).params(params)
                .query((rs, n) -> new Row(rs.getString("life_domain"), rs.getInt("version_no"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("field_name"), rs.getString("field_value")))
                .list();
        Map<LifeDomain, Map<Integer, List<Row>>> grouped = new EnumMap<>(LifeDomain.class);
        for (Row r : rows) {
            LifeDomain d = LifeDomain.valueOf(r.domain());
            if (d.specialCategory() && !includeSpecial) {
                continue; // belt and braces: the flag column and the enum must agree
            }
            grouped.computeIfAbsent(d, k -> new LinkedHashMap<>()).computeIfAbsent(r.versionNo(), k -> new ArrayList<>()).add(r);
        }
        Map<LifeDomain, List<IntakeOverview.DomainVersion>> out = new EnumMap<>(LifeDomain.class);
        grouped.forEach((d, versions) -> out.put(d, versions.values().stream().map(vr -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (IntakeField f : d.fields()) {
                vr.stream().filter(r -> f.name().equals(r.field())).findFirst().ifPresent(r -> values.put(f.name(), r.value()));
            }
            Row first = vr.get(0);
            return new IntakeOverview.DomainVersion(first.versionNo(), values, first.by(), first.at());
        }).toList()));
        return out;
    }

    // --- nulmeting and eindmeting

    int latestMeasurementVersion(UUID dossierId, MeasurementKind kind) {
        return jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM intake_measurement WHERE dossier_id = ? AND kind = ?")
                .params(dossierId, kind.name()).query(Integer.class).single();
    }

    void insertMeasurement(UUID dossierId, MeasurementKind kind, int versionNo, LocalDate measuredOn, int ladderStep,
                           Map<ZrmDomain, Integer> scores, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO intake_measurement (dossier_id, kind, version_no, measured_on, ladder_step, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, kind.name(), versionNo, measuredOn, ladderStep, by, Timestamp.from(now)).update();
        long id = jdbc.sql("SELECT id FROM intake_measurement WHERE dossier_id = ? AND kind = ? AND version_no = ?")
                .params(dossierId, kind.name(), versionNo).query(Long.class).single();
        scores.forEach((z, s) -> jdbc.sql("""
                        INSERT INTO intake_measurement_score (measurement_id, zrm_domain, special_category, score)
                        VALUES (?, ?, ?, ?)""")
                .params(id, z.name(), z.specialCategory(), s).update());
    }

    /** Every measurement version of the dossier, newest first per kind. */
    List<IntakeOverview.MeasurementVersion> measurements(UUID dossierId, boolean includeSpecial) {
        record Head(long id, MeasurementKind kind, int versionNo, LocalDate on, int ladder, String by, Instant at) {
        }
        List<Head> heads = jdbc.sql("SELECT * FROM intake_measurement WHERE dossier_id = ? ORDER BY kind, version_no DESC")
                .param(dossierId)
                .query((rs, n) -> new Head(rs.getLong("id"), MeasurementKind.valueOf(rs.getString("kind")), rs.getInt("version_no"),
                        rs.getObject("measured_on", LocalDate.class), rs.getInt("ladder_step"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        String scoreSql = """
                SELECT s.measurement_id, s.zrm_domain, s.score FROM intake_measurement_score s
                JOIN intake_measurement m ON m.id = s.measurement_id WHERE m.dossier_id = ?""";
        if (!includeSpecial) {
            scoreSql += " AND s.special_category = FALSE";
        }
        Map<Long, Map<ZrmDomain, ZrmScore>> scores = new LinkedHashMap<>();
        jdbc.sql(scoreSql).param(dossierId).query(rs -> {
            ZrmDomain z = ZrmDomain.valueOf(rs.getString("zrm_domain"));
            if (!z.specialCategory() || includeSpecial) {
                scores.computeIfAbsent(rs.getLong("measurement_id"), k -> new EnumMap<>(ZrmDomain.class))
                        .put(z, ZrmScore.of(rs.getInt("score")));
            }
        });
        return heads.stream().sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                        : Integer.compare(b.versionNo(), a.versionNo()))
                .map(h -> new IntakeOverview.MeasurementVersion(h.kind(), h.versionNo(), h.on(),
                        ParticipationLadderStep.of(h.ladder()), scores.getOrDefault(h.id(), Map.of()), h.by(), h.at()))
                .toList();
    }

    /** The health scores of a measurement version, to carry them into a new version saved by someone who cannot see them. */
    Map<ZrmDomain, Integer> specialScores(UUID dossierId, MeasurementKind kind, int versionNo) {
        Map<ZrmDomain, Integer> out = new EnumMap<>(ZrmDomain.class);
        jdbc.sql("""
                        SELECT s.zrm_domain, s.score FROM intake_measurement_score s JOIN intake_measurement m ON m.id = s.measurement_id
                        WHERE m.dossier_id = ? AND m.kind = ? AND m.version_no = ? AND s.special_category = TRUE""")
                .params(dossierId, kind.name(), versionNo)
                .query(rs -> {
                    out.put(ZrmDomain.valueOf(rs.getString("zrm_domain")), rs.getInt("score"));
                });
        return out;
    }
}
