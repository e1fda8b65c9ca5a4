package nl.regie.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes held meetings in bulk, without numbers (they are matched to the nearest planned meeting): for the
 * synthetic data generator and later imports. Bypasses the per-meeting checks; callers pass dates under a PIP.
 */
@Service
public class ImportingProgressMeetings {

    private final ProgressMeetingStore store;

    ImportingProgressMeetings(ProgressMeetingStore store) {
        this.store = store;
    }

    /** One held meeting to import. */
    public record Held(UUID dossierId, String municipalityCode, LocalDate heldOn, String summary) {
    }

    @Transactional
    public void importHeld(List<Held> meetings, String actor, Instant at) {
        store.importHeld(meetings.stream().map(m -> new ProgressMeetingStore.ImportedRecord(m.dossierId(),
                m.municipalityCode(), m.heldOn(), m.summary())).toList(), actor, at);
    }
}
