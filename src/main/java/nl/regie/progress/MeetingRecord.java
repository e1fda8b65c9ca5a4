package nl.regie.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of one voortgangsgesprek: held (with notes per life domain) or missed (with the reason).
 *
 * @param slotNo             the meeting's number in the schedule; {@code null} for meetings recorded before the
 *                           schedule existed (matched to the nearest planned meeting)
 * @param on                 the day it was held, or the day it was planned for and did not take place
 * @param validReason        for {@link MissedReason#NO_SHOW}: whether there was a valid reason
 * @param possibleBreach     "niet verschenen zonder geldige reden": kept for the enforcement decision
 * @param summary            a free summary (meetings recorded before the life domains existed)
 * @param planRevisionReason set when the meeting gives reason to revise the PIP
 */
public record MeetingRecord(long id, Integer slotNo, Outcome outcome, LocalDate on, MissedReason missedReason,
                            Boolean validReason, String explanation, boolean possibleBreach, String summary,
                            String planRevisionReason, List<DomainNote> domains, String recordedBy, Instant recordedAt) {

    public enum Outcome {
        HELD("Gevoerd"), MISSED("Gemist");

        private final String dutch;

        Outcome(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    public MeetingRecord {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    public boolean held() {
        return outcome == Outcome.HELD;
    }

    /** How it went, in Dutch: "Gevoerd", "Niet verschenen, zonder geldige reden", "Afgezegd met reden", … */
    public String outcomeDutch() {
        return held() ? Outcome.HELD.dutch() : missedDutch(missedReason, validReason);
    }

    /** Why a meeting was missed, in Dutch; for a no-show with or without a valid reason. */
    static String missedDutch(MissedReason reason, Boolean validReason) {
        if (reason == MissedReason.NO_SHOW) {
            return reason.dutch() + (Boolean.TRUE.equals(validReason) ? ", met geldige reden" : ", zonder geldige reden");
        }
        return reason == null ? Outcome.MISSED.dutch() : reason.dutch();
    }

    /** The same record without the notes a reader may not see. */
    MeetingRecord withDomains(List<DomainNote> visible) {
        return new MeetingRecord(id, slotNo, outcome, on, missedReason, validReason, explanation, possibleBreach, summary,
                planRevisionReason, visible, recordedBy, recordedAt);
    }
}
