package nl.regie.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A held voortgangsgesprek as the consultant records it.
 *
 * @param number             the planned meeting it was
 * @param notes              what was discussed and agreed, per life domain (empty domains are left out)
 * @param planRevisionNeeded whether the meeting gives reason to revise the PIP
 */
public record HeldMeeting(Integer number, LocalDate heldOn, List<DomainNote> notes, boolean planRevisionNeeded,
                          String planRevisionReason) {

    public HeldMeeting {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
