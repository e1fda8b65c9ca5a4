package nl.regie.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.regie.rules.Circumstance;

/** A recorded breach of a Wi obligation, with hoor en wederhoor and the culpability assessment. */
public record Breach(long id, UUID dossierId, String municipalityCode, Obligation obligation, LocalDate conductOn, String facts,
                     LocalDate heardOn, String statement, boolean validReason, String culpabilityReasoning,
                     Set<Circumstance> circumstances, String circumstanceNote, Long progressMeetingId, String recordedBy,
                     Instant recordedAt) {
}
