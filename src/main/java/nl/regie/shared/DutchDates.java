package nl.regie.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

/** Dates as typed on Dutch forms (3-3-2026, 03-03-2026 or 2026-03-03) and as shown on screens (03-03-2026). */
public final class DutchDates {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private DutchDates() {
    }

    /** @return the date, or {@code null} when empty; on a typing error records a Dutch message for the field */
    public static LocalDate parse(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim().replace('/', '-').replace('.', '-');
        try {
            return s.matches("\\d{4}-\\d{1,2}-\\d{1,2}") ? LocalDate.parse(s) : LocalDate.parse(s, DUTCH);
        } catch (DateTimeParseException e) {
            errors.put(field, "'" + raw.trim() + "' is geen geldige datum; schrijf bijvoorbeeld 03-03-2026.");
            return null;
        }
    }

    public static String show(LocalDate d) {
        return d == null ? "" : SHOW.format(d);
    }
}
