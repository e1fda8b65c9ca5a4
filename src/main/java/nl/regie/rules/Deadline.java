package nl.regie.rules;

import java.time.LocalDate;

/**
 * A date by which something must happen, or until which something lasts. {@code date} is the last day inside
 * the window. {@code basis} names the article or municipal policy; {@code explanation} says in plain Dutch how
 * the date was computed ("waarom deze datum?").
 */
public record Deadline(DeadlineCode code, LocalDate date, String basis, String explanation) {
}
