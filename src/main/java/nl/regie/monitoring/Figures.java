package nl.regie.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.regie.dossier.DossierCounts;

/**
 * Turns raw numbers into cells that may be shown. The rule is the one of {@link DossierCounts}: a count of 1–4
 * dossiers is shown as "minder dan 5"; in a column of counts, when that hides exactly one cell, one more is hidden
 * so the total cannot give it away (secondary suppression). A percentage is hidden when fewer than 5 dossiers are
 * behind it, and also when its numerator is 1–4 (the denominator is shown next to it, so the percentage would
 * reveal that small group). A median needs at least 5 dossiers. "Geen gegevens" means nothing was recorded — never
 * shown as 0.
 */
public final class Figures {

    public static final String NO_DATA = "geen gegevens";
    public static final String FEW = "minder dan 5";
    public static final String HIDDEN = "afgeschermd";

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Figures() {
    }

    /** A cell as the table shows it; {@code value} is what a chart may plot ({@code null} when hidden or absent). */
    public record Cell(String text, Double value, boolean suppressed) {
        public static Cell label(String text) {
            return new Cell(text, null, false);
        }
    }

    public static Cell count(long n) {
        DossierCounts.Count c = DossierCounts.Count.of(n);
        return fromCount(c);
    }

    /** A column of counts, with primary and secondary suppression; the order of the map is kept. */
    public static <K> Map<K, Cell> counts(Map<K, Long> raw) {
        Map<K, Cell> out = new LinkedHashMap<>();
        DossierCounts.suppress(raw).forEach((k, c) -> out.put(k, fromCount(c)));
        return out;
    }

    /** The total of a column: hidden when 1–4, like any count. */
    public static Cell total(Map<?, Long> raw) {
        return count(raw.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Cell fromCount(DossierCounts.Count c) {
        return c.suppressed() ? new Cell(c.shown(), null, true) : new Cell(String.valueOf(c.value()), (double) c.value(), false);
    }

    public static Cell share(long numerator, long denominator) {
        if (denominator == 0) {
            return new Cell(NO_DATA, null, false);
        }
        if (denominator < DossierCounts.SUPPRESS_BELOW) {
            return new Cell(FEW + " dossiers", null, true);
        }
        if (numerator > 0 && numerator < DossierCounts.SUPPRESS_BELOW) {
            return new Cell(HIDDEN, null, true);
        }
        double pct = 100.0 * numerator / denominator;
        return new Cell(percent(pct), round1(pct), false);
    }

    /** A median or average behind {@code n} dossiers, shown with one decimal and a unit. */
    public static Cell measure(Double value, long n, String unit) {
        return measure(value, n, unit, "dossiers");
    }

    /** As {@link #measure(Double, long, String)}, over {@code n} of something else ({@code who}: "respondenten"). */
    public static Cell measure(Double value, long n, String unit, String who) {
        if (n == 0 || value == null) {
            return new Cell(NO_DATA, null, false);
        }
        if (n < DossierCounts.SUPPRESS_BELOW) {
            return new Cell(FEW + " " + who, null, true);
        }
        double v = round1(value);
        return new Cell(String.format(NL, "%.1f", v) + (unit.isEmpty() ? "" : " " + unit), v, false);
    }

    /**
     * A count of records (fines, objections, transfers) that belong to {@code dossiers} dossiers: shown only when at
     * least 5 dossiers are behind it — "7 fines" for two people says too much about those two — and itself suppressed
     * when 1–4, like any count.
     */
    public static Cell records(long records, long dossiers) {
        if (dossiers > 0 && dossiers < DossierCounts.SUPPRESS_BELOW) {
            return new Cell(FEW + " dossiers", null, true);
        }
        return count(records);
    }

    /**
     * A sum of money ("€ 1.234,56") over {@code dossiers} dossiers: hidden below 5 dossiers, like a share; with no
     * dossiers a real € 0,00 (nothing was imposed or paid), since the rows that count the records say whether there were any.
     */
    public static Cell amount(BigDecimal total, long dossiers) {
        if (dossiers > 0 && dossiers < DossierCounts.SUPPRESS_BELOW) {
            return new Cell(FEW + " dossiers", null, true);
        }
        BigDecimal v = total == null ? BigDecimal.ZERO : total;
        return new Cell(String.format(NL, "€ %,.2f", v), v.doubleValue(), false);
    }

    public static String percent(double pct) {
        return String.format(NL, "%.1f%%", round1(pct));
    }

    static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    /** One row: its label and its cells, in the order of the table's columns after the first. */
    public record Row(String label, List<Cell> cells) {
    }

    /**
     * One table of the dashboard, exported as it is shown. {@code chartColumns} are the columns (0-based, after the
     * label) a chart plots, empty for none; {@code unit} says whether they are percentages or counts;
     * {@code chartType} is Chart.js's "bar" or "line".
     */
    public record Table(String id, String title, String definition, List<String> columns, List<Row> rows,
                        List<Integer> chartColumns, String unit, String chartType) {

        public boolean hasChart() {
            return chartColumns.stream().anyMatch(c -> rows.stream().anyMatch(r -> r.cells().get(c).value() != null));
        }

        /** The chart's text alternative: every plotted value in words, hidden values said as such. */
        public String chartDescription() {
            List<String> parts = new ArrayList<>();
            for (Row r : rows) {
                List<String> values = new ArrayList<>();
                for (int c : chartColumns) {
                    values.add(columns.get(c + 1).toLowerCase(NL) + " " + r.cells().get(c).text());
                }
                parts.add(r.label() + ": " + String.join(", ", values));
            }
            return "Grafiek: " + title + ". " + String.join("; ", parts) + ".";
        }

        /** What Chart.js needs, as plain maps for JSON: labels, and one dataset per plotted column. */
        public Map<String, Object> chartData() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("type", chartType);
            out.put("unit", unit);
            out.put("labels", rows.stream().map(Row::label).toList());
            List<Map<String, Object>> sets = new ArrayList<>();
            for (int c : chartColumns) {
                Map<String, Object> set = new LinkedHashMap<>();
                set.put("label", columns.get(c + 1));
                set.put("data", rows.stream().map(r -> r.cells().get(c).value()).toList());
                sets.add(set);
            }
            out.put("datasets", sets);
            return out;
        }
    }
}
