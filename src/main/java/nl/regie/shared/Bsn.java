package nl.regie.shared;

import java.util.Objects;

/**
 * Burgerservicenummer. Valid only when it has nine digits and passes the "11-proef"
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11, and not zero), as the BRP prescribes.
 */
public final class Bsn {

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException with a Dutch message when the number is not a valid BSN */
    public static Bsn of(String raw) {
        String problem = problemWith(raw);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Bsn(raw.trim());
    }

    public static boolean isValid(String raw) {
        return problemWith(raw) == null;
    }

    /** @return a Dutch explanation of what is wrong, or {@code null} when the number is a valid BSN */
    public static String problemWith(String raw) {
        if (raw == null || raw.isBlank()) {
            return "BSN is verplicht.";
        }
        String s = raw.trim();
        if (!s.matches("\\d{9}")) {
            return "Een BSN bestaat uit precies 9 cijfers.";
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (s.charAt(i) - '0');
        }
        sum -= s.charAt(8) - '0';
        if (sum == 0 || sum % 11 != 0) {
            return "Dit BSN voldoet niet aan de elfproef; controleer het nummer.";
        }
        return null;
    }

    /**
     * Completes an eight-digit prefix to a valid BSN, or returns {@code null} when no check digit fits.
     * Used by the synthetic data generator and tests; real BSNs come from the BRP.
     */
    public static String completeWithCheckDigit(int prefix) {
        String p = String.format("%08d", prefix);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (p.charAt(i) - '0');
        }
        int check = sum % 11;
        // Check digit 10 does not exist; a weighted total of zero fails the 11-proef.
        if (check == 10 || sum - check == 0) {
            return null;
        }
        return p + check;
    }

    public String value() {
        return value;
    }

    /** Shows only the last three digits: enough to tell two people apart on a list, no more. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
