package nl.regie.shared;

import java.util.Locale;
import java.util.Set;

/**
 * The language in which the municipality speaks and writes to the newcomer, as an ISO 639-1 code
 * (ar, ti, fa, uk, tr, en, nl …). The brief: an inburgeraar has a right to understand what is agreed.
 */
public record ContactLanguage(String code) {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    public ContactLanguage {
        String problem = problemWith(code);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static String problemWith(String code) {
        if (code == null || code.isBlank()) {
            return "Contacttaal is verplicht.";
        }
        if (!CODES.contains(code)) {
            return "Onbekende taalcode '" + Nationality.abbreviate(code)
                    + "'; gebruik een ISO 639-1-code in kleine letters, zoals ar, ti of fa.";
        }
        return null;
    }

    public static String dutchName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(DUTCH);
    }
}
