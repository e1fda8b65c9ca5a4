package nl.regie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.dossier.DossierBulkWriter;
import nl.regie.progress.ImportingProgressMeetings;

/**
 * Fills the database with synthetic dossiers and what the modules record about them, in batches: the demo's data
 * set and the benchmarks' national-scale one come from here, so the figures a benchmark measures are computed over
 * the same kind of records a demo shows.
 */
@Component
public class SyntheticDataSet {

    private final DossierBulkWriter dossiers;
    private final ImportingProgressMeetings meetings;
    private final HistoryBulkWriter history;
    private final Clock clock;

    SyntheticDataSet(DossierBulkWriter dossiers, ImportingProgressMeetings meetings, HistoryBulkWriter history, Clock clock) {
        this.dossiers = dossiers;
        this.meetings = meetings;
        this.history = history;
        this.clock = clock;
    }

    /** Generates and writes {@code size} dossiers with their history; returns the number written. */
    public int load(long seed, int size, int batchSize, List<SyntheticDossiers.Target> targets, String actor) {
        LocalDate today = LocalDate.now(clock);
        SyntheticHistory histories = new SyntheticHistory(seed, today);
        new SyntheticDossiers(seed, today, targets).generate(size, batchSize, batch -> {
            dossiers.write(batch, actor, clock.instant());
            // The progress module owns the meetings: the last one held, matched to the nearest planned meeting.
            meetings.importHeld(batch.stream().filter(g -> g.lastProgressMeeting() != null)
                    .map(g -> new ImportingProgressMeetings.Held(g.id(), g.municipalityCode(), g.lastProgressMeeting(),
                            "Voortgangsgesprek (synthetische demodata)")).toList(), actor, clock.instant());
            history.write(batch.stream().map(histories::of).toList(), actor, clock.instant());
        });
        return size;
    }
}
