package nl.regie.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats dates and moments for templates (dd-MM-yyyy, Dutch time), so Thymeleaf holds no logic. */
public class DateView {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");

    public String show(LocalDate d) {
        return DutchDates.show(d);
    }

    public String time(Instant t) {
        return t == null ? "" : MOMENT.format(t.atZone(TimeConfig.AMSTERDAM));
    }
}
