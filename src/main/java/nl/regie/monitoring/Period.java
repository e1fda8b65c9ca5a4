package nl.regie.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cohort period: a half year ({@code 2025-H1}), a quarter ({@code 2025-K3}) or a calendar year ({@code 2025}),
 * from its first day up to (not including) {@code until}. Half years follow the taakstelling (seed: "per half jaar").
 */
public record Period(String key, String dutch, LocalDate from, LocalDate until) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(H[12]|K[1-4]))?");

    public static Optional<Period> parse(String key) {
        Matcher m = key == null ? null : KEY.matcher(key.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2200) {
            return Optional.empty();
        }
        String part = m.group(2);
        if (part == null) {
            return Optional.of(year(year));
        }
        int n = part.charAt(1) - '0';
        if (part.charAt(0) == 'H') {
            return Optional.of(halfYear(year, n));
        }
        LocalDate from = LocalDate.of(year, 3 * (n - 1) + 1, 1);
        return Optional.of(new Period(year + "-K" + n, n + "e kwartaal " + year, from, from.plusMonths(3)));
    }

    public static Period year(int year) {
        return new Period(String.valueOf(year), String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public static Period halfYear(int year, int half) {
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(year + "-H" + half, (half == 1 ? "1e" : "2e") + " halfjaar " + year, from, from.plusMonths(6));
    }

    /** The half year that contains the date. */
    public static Period halfYearOf(LocalDate date) {
        return halfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The number the cohort queries group half years by: year × 2 + (0 for January–June, 1 for July–December). */
    public static int halfYearNumber(LocalDate date) {
        return date.getYear() * 2 + (date.getMonthValue() <= 6 ? 0 : 1);
    }

    public static Period ofHalfYearNumber(int n) {
        return halfYear(n / 2, n % 2 + 1);
    }

    public Period previousHalfYear() {
        return ofHalfYearNumber(halfYearNumber(from) - 1);
    }

    /** The choices of the period filter: the last ten half years and the last five years up to the peildatum. */
    public static List<Period> choices(LocalDate peildatum) {
        List<Period> out = new ArrayList<>();
        Period h = halfYearOf(peildatum);
        for (int i = 0; i < 10; i++) {
            out.add(h);
            h = h.previousHalfYear();
        }
        for (int y = peildatum.getYear(); y > peildatum.getYear() - 5; y--) {
            out.add(year(y));
        }
        return out;
    }
}
