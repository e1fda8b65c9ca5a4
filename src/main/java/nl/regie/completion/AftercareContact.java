package nl.regie.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Nazorgcontact (seed 003): planned some months after completion, recorded when it took place. */
public record AftercareContact(long id, UUID dossierId, LocalDate plannedOn, LocalDate contactedOn,
                               ParticipationOutcome outcome, String remarks, String recordedBy, Instant recordedAt) {
}
