package nl.regie.rules;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Ages and birthdays. Someone born on 29 February reaches a new age on 1 March in a year without 29 February
 * (the reading of Dutch civil law; java.time would say 28 February).
 */
public final class Ages {

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private Ages() {
    }

    /** The day on which a person born on {@code birthDate} reaches {@code years} years of age. */
    public static LocalDate reached(LocalDate birthDate, int years) {
        LocalDate d = birthDate.plusYears(years);
        if (MonthDay.from(birthDate).equals(LEAP_DAY) && !d.isLeapYear()) {
            return d.plusDays(1);
        }
        return d;
    }

    /** Age in whole years on {@code date}; the birthday itself counts as reached. */
    public static int on(LocalDate birthDate, LocalDate date) {
        int age = date.getYear() - birthDate.getYear();
        if (date.isBefore(reached(birthDate, age))) {
            age--;
        }
        return age;
    }
}
