package nl.regie.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the planning module. Every statement is scoped to one municipality code. */
@Repository
class PlanningStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PlanningStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<HousingQuota> quotas(String municipality) {
        return jdbc.sql("""
                        SELECT * FROM housing_quota WHERE municipality_code = ? ORDER BY quota_year DESC, quota_half DESC""")
                .param(municipality)
                .query((rs, n) -> new HousingQuota(new HalfYear(rs.getInt("quota_year"), rs.getInt("quota_half")),
                        rs.getInt("persons"), rs.getString("source"), rs.getLong("version"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    Optional<HousingQuota> quota(String municipality, HalfYear half) {
        return quotas(municipality).stream().filter(q -> q.half().equals(half)).findFirst();
    }

    void insertQuota(String municipality, HalfYear half, int persons, String source, String by) {
        jdbc.sql("""
                        INSERT INTO housing_quota (municipality_code, quota_year, quota_half, persons, source, version, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(municipality, half.year(), half.half(), persons, source, by, now())
                .update();
    }

    /** Check and write in one statement: 0 rows means someone changed it since {@code version} was read. */
    int updateQuota(String municipality, HalfYear half, int persons, String source, String by, long version) {
        return jdbc.sql("""
                        UPDATE housing_quota SET persons = ?, source = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                        WHERE municipality_code = ? AND quota_year = ? AND quota_half = ? AND version = ?""")
                .params(persons, source, by, now(), municipality, half.year(), half.half(), version)
                .update();
    }

    /** Oldest first. */
    List<PlanningParameters> parameterHistory(String municipality) {
        Map<Long, Map<BudgetLine, Long>> costs = new HashMap<>();
        jdbc.sql("""
                        SELECT c.parameters_id, c.budget_line, c.amount FROM planning_unit_cost c
                        JOIN planning_parameters p ON p.id = c.parameters_id WHERE p.municipality_code = ?""")
                .param(municipality)
                .query((rs, n) -> costs.computeIfAbsent(rs.getLong("parameters_id"), k -> new EnumMap<>(BudgetLine.class))
                        .put(BudgetLine.valueOf(rs.getString("budget_line")), cents(rs.getBigDecimal("amount"))))
                .list();
        return jdbc.sql("SELECT * FROM planning_parameters WHERE municipality_code = ? ORDER BY valid_from")
                .param(municipality)
                .query((rs, n) -> parameters(rs, costs.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    private static PlanningParameters parameters(ResultSet rs, Map<BudgetLine, Long> costs) throws SQLException {
        return new PlanningParameters(rs.getLong("id"), rs.getObject("valid_from", LocalDate.class),
                rs.getBigDecimal("share_obliged_pct"), rs.getBigDecimal("share_margin_pct"),
                rs.getBigDecimal("realisation_low_pct"), rs.getBigDecimal("realisation_expected_pct"),
                rs.getBigDecimal("realisation_high_pct"),
                new RouteMix(rs.getInt("mix_b1_pct"), rs.getInt("mix_education_pct"), rs.getInt("mix_self_reliance_pct")),
                rs.getInt("caseload_per_fte"), rs.getInt("dossier_months"), costs,
                Arrays.stream(rs.getString("source").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                rs.getString("recorded_by"));
    }

    boolean parametersExist(String municipality, LocalDate validFrom) {
        return jdbc.sql("SELECT COUNT(*) FROM planning_parameters WHERE municipality_code = ? AND valid_from = ?")
                .params(municipality, validFrom).query(Long.class).single() > 0;
    }

    void insertParameters(String municipality, NewPlanningParameters p, String by) {
        jdbc.sql("""
                        INSERT INTO planning_parameters (municipality_code, valid_from, share_obliged_pct, share_margin_pct,
                            realisation_low_pct, realisation_expected_pct, realisation_high_pct, mix_b1_pct, mix_education_pct,
                            mix_self_reliance_pct, caseload_per_fte, dossier_months, source, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality, p.validFrom(), p.shareObligedPct(), p.shareMarginPct(), p.realisationLowPct(),
                        p.realisationExpectedPct(), p.realisationHighPct(), p.localMix().b1(), p.localMix().education(),
                        p.localMix().selfReliance(), p.caseloadPerFte(), p.dossierMonths(), p.source(), by, now())
                .update();
        long id = jdbc.sql("SELECT id FROM planning_parameters WHERE municipality_code = ? AND valid_from = ?")
                .params(municipality, p.validFrom()).query(Long.class).single();
        p.unitCostCents().forEach((line, cents) -> jdbc.sql(
                        "INSERT INTO planning_unit_cost (parameters_id, budget_line, amount) VALUES (?, ?, ?)")
                .params(id, line.name(), BigDecimal.valueOf(cents, 2))
                .update());
    }

    List<Budget> budgets(String municipality) {
        return jdbc.sql("SELECT * FROM planning_budget WHERE municipality_code = ? ORDER BY budget_year, budget_line")
                .param(municipality)
                .query((rs, n) -> new Budget(rs.getInt("budget_year"), BudgetLine.valueOf(rs.getString("budget_line")),
                        cents(rs.getBigDecimal("amount")), rs.getString("source"), rs.getLong("version"),
                        rs.getString("recorded_by")))
                .list();
    }

    /** year → line → cents. */
    Map<Integer, Map<BudgetLine, Long>> budgetsByYear(String municipality) {
        Map<Integer, Map<BudgetLine, Long>> out = new TreeMap<>();
        for (Budget b : budgets(municipality)) {
            out.computeIfAbsent(b.year(), y -> new EnumMap<>(BudgetLine.class)).put(b.line(), b.amountCents());
        }
        return out;
    }

    Optional<Budget> budget(String municipality, int year, BudgetLine line) {
        return budgets(municipality).stream().filter(b -> b.year() == year && b.line() == line).findFirst();
    }

    void insertBudget(String municipality, int year, BudgetLine line, long cents, String source, String by) {
        jdbc.sql("""
                        INSERT INTO planning_budget (municipality_code, budget_year, budget_line, amount, source, version, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(municipality, year, line.name(), BigDecimal.valueOf(cents, 2), source, by, now())
                .update();
    }

    int updateBudget(String municipality, int year, BudgetLine line, long cents, String source, String by, long version) {
        return jdbc.sql("""
                        UPDATE planning_budget SET amount = ?, source = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                        WHERE municipality_code = ? AND budget_year = ? AND budget_line = ? AND version = ?""")
                .params(BigDecimal.valueOf(cents, 2), source, by, now(), municipality, year, line.name(), version)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }
}
