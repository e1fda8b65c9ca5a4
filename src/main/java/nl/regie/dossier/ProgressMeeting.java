package nl.regie.dossier;

import java.time.LocalDate;

/** A voortgangsgesprek as recorded (seed 003: about eight over the term, more often at the start). */
public record ProgressMeeting(long id, LocalDate heldOn, String summary, String recordedBy) {
}
