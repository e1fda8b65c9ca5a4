package nl.regie.planning;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import nl.regie.planning.PlanningForecast.Range;

/** Dutch notation of the forecast's figures, the same on the screen and in the CSV. */
public final class PlanningFigures {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private PlanningFigures() {
    }

    /** Whole persons or dossiers: "11". */
    public static String persons(double v) {
        return format("#,##0", v);
    }

    /** Fte with one decimal: "2,3". */
    public static String fte(double v) {
        return format("#,##0.0", v);
    }

    /** Whole euros: "€ 59.400". */
    public static String euros(double euros) {
        return "€ " + format("#,##0", euros);
    }

    public static String centsAsEuros(double cents) {
        return euros(cents / 100.0);
    }

    /** "8 – 11 – 14" for low, expected, high. */
    public static String range(Range r, java.util.function.DoubleFunction<String> f) {
        return f.apply(r.low()) + " – " + f.apply(r.expected()) + " – " + f.apply(r.high());
    }

    /** A number as a form field shows it: "66,67", "10000". */
    public static String plain(double v) {
        return format("0.##", v);
    }

    private static String format(String pattern, double v) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(NL));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(v);
    }
}
