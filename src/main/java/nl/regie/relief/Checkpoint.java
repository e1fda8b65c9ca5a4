package nl.regie.relief;

import java.time.Instant;
import java.time.LocalDate;

/** One step on the way to financial self-reliance, as recorded; never changed. */
public record Checkpoint(long id, CheckpointKind kind, LocalDate on, String note, String recordedBy, Instant recordedAt) {
}
