package nl.regie.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them (3 maart 2026). */
final class Dates {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Dates() {
    }

    static String dutch(LocalDate d) {
        return d == null ? "" : DUTCH.format(d);
    }
}
