package nl.regie.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.regie.dossier.Dossier;
import nl.regie.plan.IntegrationPlan;

/**
 * A dossier's voortgangsgesprekken as one reader may see them: health notes are already left out when the reader
 * is neither the dossier's consultant nor a team lead.
 *
 * @param schedule         {@code null} while the dossier has no PIP
 * @param cadence          the governing cadence in Dutch
 * @param policyValidFrom  the governing policy version's valid-from date ({@code null} when there is none)
 * @param healthVisible    whether the reader may see (and record) health notes
 * @param canRecord        whether the reader may plan and record meetings now
 * @param appointmentNotes the note with each agreed date, by meeting number
 * @param satisfaction     the newcomer's answers in the satisfaction survey, newest first
 * @param canRecordSatisfaction whether the reader may record an answer now (also without a PIP, not when closed)
 */
public record ProgressView(Dossier dossier, MeetingSchedule schedule, String cadence, LocalDate policyValidFrom,
                           boolean healthVisible, boolean canRecord, List<RevisionPrompt> revisionPrompts,
                           Map<Integer, String> appointmentNotes, List<SatisfactionAnswer> satisfaction,
                           boolean canRecordSatisfaction) {

    /**
     * A held meeting that gave reason to revise the PIP; {@code revisedBy} is the PIP version established on or
     * after the meeting, {@code null} while the revision is still to come.
     */
    public record RevisionPrompt(Integer number, LocalDate on, String reason, IntegrationPlan revisedBy) {
        public boolean open() {
            return revisedBy == null;
        }
    }

    /** An outcome with the number of the planned meeting it belongs to ({@code null} when outside the schedule). */
    public record Entry(Integer number, MeetingRecord record) {
    }

    public boolean hasSchedule() {
        return schedule != null;
    }

    /** Held meetings, newest first. */
    public List<Entry> held() {
        return entries().stream().filter(e -> e.record().held()).toList();
    }

    /** Missed meetings, newest first. */
    public List<Entry> missed() {
        return entries().stream().filter(e -> !e.record().held()).toList();
    }

    public List<RevisionPrompt> openRevisionPrompts() {
        return revisionPrompts.stream().filter(RevisionPrompt::open).toList();
    }

    private List<Entry> entries() {
        if (schedule == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        schedule.meetings().stream().filter(m -> !m.open()).forEach(m -> out.add(new Entry(m.number(), m.record())));
        schedule.outside().forEach(r -> out.add(new Entry(null, r)));
        out.sort(Comparator.comparing((Entry e) -> e.record().on()).thenComparingLong(e -> e.record().id()).reversed());
        return out;
    }
}
