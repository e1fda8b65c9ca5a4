package nl.regie.enforcement;

import java.time.LocalDate;
import java.util.Set;

import nl.regie.rules.Circumstance;

/**
 * A breach as the consultant records it.
 *
 * @param heardOn            when the newcomer was heard (hoor en wederhoor)
 * @param statement          what the newcomer said
 * @param validReason        {@code null} until assessed; {@code true}: not culpable
 * @param progressMeetingId  the missed progress meeting it comes from, if any
 */
public record NewBreach(Obligation obligation, LocalDate conductOn, String facts, LocalDate heardOn, String statement,
                        Boolean validReason, String culpabilityReasoning, Set<Circumstance> circumstances,
                        String circumstanceNote, Long progressMeetingId) {
    public NewBreach {
        circumstances = circumstances == null ? Set.of() : Set.copyOf(circumstances);
    }
}
