package nl.regie.route;

import java.time.LocalDate;

/**
 * Participatieverklaringstraject (PVT, Bi art. 3.1): the excursion and the signing of the participatieverklaring,
 * which ends it. Its hours are the PVT hour records. {@code version} is 0 before anything was recorded.
 */
public record ParticipationStatementProgress(LocalDate excursionOn, LocalDate signedOn, long version, boolean recorded) {

    static final ParticipationStatementProgress NONE = new ParticipationStatementProgress(null, null, 0, false);

    public boolean signed() {
        return signedOn != null;
    }
}
