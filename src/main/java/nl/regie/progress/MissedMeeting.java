package nl.regie.progress;

import java.time.LocalDate;

/**
 * A planned voortgangsgesprek that did not take place.
 *
 * @param on          the day it was planned for
 * @param validReason for {@link MissedReason#NO_SHOW}: whether there was a valid reason (ignored otherwise)
 */
public record MissedMeeting(Integer number, LocalDate on, MissedReason reason, Boolean validReason, String explanation) {
}
