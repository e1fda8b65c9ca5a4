package nl.regie.linking;

import java.time.Instant;
import java.util.UUID;

/**
 * One upload of COA klantprofielen: who, when, which file, how far it is and what came of it.
 * {@code done} counts the records handled so far out of {@code total}.
 */
public record ImportRun(UUID id, String municipalityCode, String startedBy, Instant startedAt, Instant updatedAt,
                        Instant finishedAt, String fileName, ImportFormat format, ImportStatus status, int total,
                        int done, int imported, int alreadyPresent, int rejected, String failure) {

    /** Share of the records handled, 0–100. */
    public int percent() {
        return total == 0 ? 100 : (int) ((long) done * 100 / total);
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }
}
