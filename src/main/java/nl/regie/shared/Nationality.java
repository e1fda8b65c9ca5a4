package nl.regie.shared;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Nationality as an ISO 3166-1 alpha-3 code (e.g. SYR, ERI, AFG). Besides the country codes, the
 * ICAO 9303 codes for stateless persons (XXA), refugees (XXB, XXC) and unspecified nationality (XXX)
 * are accepted, because many permit holders are stateless.
 */
public record Nationality(String code) {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Set<String> ICAO_SPECIAL = Set.of("XXA", "XXB", "XXC", "XXX");
    private static final Set<String> CODES = new TreeSet<>();

    static {
        CODES.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        CODES.addAll(ICAO_SPECIAL);
    }

    public Nationality {
        String problem = problemWith(code);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static String problemWith(String code) {
        if (code == null || code.isBlank()) {
            return "Nationaliteit is verplicht.";
        }
        if (!CODES.contains(code)) {
            return "Onbekende nationaliteit '" + abbreviate(code)
                    + "'; gebruik een ISO 3166-1 alpha-3-code in hoofdletters, zoals SYR, ERI of AFG.";
        }
        return null;
    }

    public static Set<String> codes() {
        return CODES;
    }

    /** Dutch name, e.g. "Syrië"; for the ICAO codes a Dutch description. */
    public static String dutchName(String code) {
        return switch (code) {
            case "XXA" -> "Staatloos";
            case "XXB", "XXC" -> "Vluchteling (nationaliteit onbekend)";
            case "XXX" -> "Onbekend";
            default -> {
                for (String alpha2 : Locale.getISOCountries()) {
                    Locale l = new Locale("", alpha2);
                    if (l.getISO3Country().equals(code)) {
                        yield l.getDisplayCountry(DUTCH);
                    }
                }
                yield code;
            }
        };
    }

    /**
     * EU/EEA and Swiss nationals have no integration duty (Wi 2021 art. 3, first paragraph, under a);
     * the rules module uses this set.
     */
    public boolean isEuEeaOrSwiss() {
        return Set.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
                "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN",
                "ESP", "SWE", "ISL", "LIE", "NOR", "CHE").contains(code);
    }

    static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
