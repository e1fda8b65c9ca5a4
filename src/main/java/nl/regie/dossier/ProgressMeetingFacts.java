package nl.regie.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The voortgangsgesprekken of dossiers, for the signals and the dossier overview. The progress module owns the
 * meetings and implements this interface: the dependency points from progress to dossier, never back.
 */
public interface ProgressMeetingFacts {

    /**
     * One dossier to report on.
     *
     * @param firstPlanDatedOn the dagtekening of the first PIP, from which the schedule runs
     * @param termEnd          the last day of the inburgeringstermijn (extended when DUO extended it)
     */
    record Subject(UUID dossierId, String municipalityCode, LocalDate firstPlanDatedOn, LocalDate termEnd) {
    }

    /** The status of each given dossier (dossiers without a schedule are left out). */
    Map<UUID, MeetingStatus> statusOf(List<Subject> dossiers);

    /**
     * The same for a page of the sweep, whose ids all lie between {@code first} and {@code last} in the database's
     * order: an implementation may read by that range (a primary-key range scan) instead of by a list of ids.
     */
    default Map<UUID, MeetingStatus> statusOf(List<Subject> dossiers, UUID first, UUID last) {
        return statusOf(dossiers);
    }
}
