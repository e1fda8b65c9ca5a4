package nl.regie.planning;

import java.time.LocalDate;

/**
 * A half year of the taakstelling: the Rijk publishes the number of permit holders to house for the coming half
 * year on 1 April and 1 October (seed 003, footnote 6).
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
    }

    public static HalfYear containing(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** "1e helft 2026". */
    public String dutch() {
        return half + "e helft " + year;
    }

    /** "2026-1", as used in URLs and the CSV. */
    public String key() {
        return year + "-" + half;
    }

    @Override
    public int compareTo(HalfYear o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }
}
