package nl.regie.enforcement;

import java.time.LocalDate;

/** A missed voortgangsgesprek "niet verschenen zonder geldige reden" from which a breach can be recorded. */
public record MeetingCandidate(long meetingId, Integer number, LocalDate on, String explanation) {
}
