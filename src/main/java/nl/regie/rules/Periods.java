package nl.regie.rules;

import java.time.LocalDate;

/**
 * Periods of months and years, with the convention that a window's end is the last day inside it: the day
 * before the corresponding day, or the last day of the month when that month has no corresponding day
 * (six months from 31 August end on 28 February).
 */
public final class Periods {

    private Periods() {
    }

    public static LocalDate lastDayOfMonths(LocalDate start, int months) {
        LocalDate corresponding = start.plusMonths(months);
        return corresponding.getDayOfMonth() != start.getDayOfMonth() ? corresponding : corresponding.minusDays(1);
    }

    public static LocalDate lastDayOfYears(LocalDate start, int years) {
        return lastDayOfMonths(start, years * 12);
    }
}
