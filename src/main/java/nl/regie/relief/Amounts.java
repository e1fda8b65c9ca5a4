package nl.regie.relief;

import java.math.BigDecimal;
import java.util.Map;

/** Amounts as people type and read them: "650", "650,00", "1.234,56" or "1234.56" → cents. */
public final class Amounts {

    private Amounts() {
    }

    /** Cents, or {@code null} with a Dutch message in {@code errors} under {@code field}. */
    public static Long parseCents(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, "Vul een bedrag in, bijvoorbeeld 650,00.");
            return null;
        }
        String s = raw.strip().replace("€", "").replace(" ", "");
        if (s.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.matches("-?\\d+(,\\d{1,2})?")) {
            s = s.replace(',', '.');
        } else if (!s.matches("-?\\d+(\\.\\d{1,2})?")) {
            errors.put(field, "'" + raw.strip() + "' is geen bedrag. Schrijf het als 650,00 (euro en centen).");
            return null;
        }
        try {
            return new BigDecimal(s).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.put(field, "'" + raw.strip() + "' is geen bedrag. Schrijf het als 650,00 (euro en centen).");
            return null;
        }
    }

    /** "650,00" for a form field. */
    public static String typed(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    /** An IBAN in groups of four. */
    public static String ibanShown(String iban) {
        if (iban == null) {
            return "";
        }
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
