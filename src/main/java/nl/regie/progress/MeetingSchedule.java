package nl.regie.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regie.dossier.MeetingStatus;
import nl.regie.municipality.ProgressCadence;

/**
 * The planned voortgangsgesprekken of one dossier with their outcomes. Pure: the municipality's cadence, the
 * dagtekening of the first PIP, the last day of the term (Wi art. 11; later when DUO extended it, Wi art. 12), the
 * dates agreed with the newcomer and the recorded outcomes in; the schedule out.
 *
 * <p>Meeting <i>n</i> falls the cadence's <i>n</i>-th month offset after the dagtekening, counted from the
 * dagtekening itself each time (so the 31st does not drift to the 28th after February), and only while it is on or
 * before the term's last day. An agreed date replaces the cadence's date of that meeting. An outcome belongs to the
 * meeting whose number it names; outcomes recorded before meetings had numbers belong to the open meeting nearest
 * in date.
 */
public final class MeetingSchedule {

    /** Where a planned meeting stands. */
    public enum Status {
        HELD("Gevoerd"),
        MISSED("Gemist"),
        PLANNED("Gepland"),
        OVERDUE("Over datum"),
        /** No outcome recorded, while a later meeting has one: visible, but the trajectory moved on. */
        NOT_RECORDED("Niet vastgelegd");

        private final String dutch;

        Status(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    /**
     * One planned meeting.
     *
     * @param byCadence the date the municipality's cadence gives
     * @param plannedOn the date it is planned for: the agreed date when there is one, else {@code byCadence}
     * @param record    its outcome; {@code null} while open
     */
    public record PlannedMeeting(int number, LocalDate byCadence, LocalDate plannedOn, boolean appointed,
                                 MeetingRecord record, Status status) {
        public boolean open() {
            return record == null;
        }
    }

    private final LocalDate firstPlanDatedOn;
    private final LocalDate termEnd;
    private final LocalDate endedOn;
    private final List<PlannedMeeting> meetings;
    private final List<MeetingRecord> outside;
    private final List<MeetingRecord> records;

    private MeetingSchedule(LocalDate firstPlanDatedOn, LocalDate termEnd, LocalDate endedOn, List<PlannedMeeting> meetings,
                            List<MeetingRecord> outside, List<MeetingRecord> records) {
        this.firstPlanDatedOn = firstPlanDatedOn;
        this.termEnd = termEnd;
        this.endedOn = endedOn;
        this.meetings = List.copyOf(meetings);
        this.outside = List.copyOf(outside);
        this.records = List.copyOf(records);
    }

    /** The dates the cadence gives from the dagtekening of the first PIP up to and including the term's last day. */
    public static List<LocalDate> cadenceDates(ProgressCadence cadence, LocalDate firstPlanDatedOn, LocalDate termEnd) {
        if (termEnd.isBefore(firstPlanDatedOn)) {
            return List.of();
        }
        int months = (int) ChronoUnit.MONTHS.between(firstPlanDatedOn, termEnd) + 1;
        return cadence.monthOffsets(months).stream().map(firstPlanDatedOn::plusMonths)
                .filter(d -> !d.isAfter(termEnd)).toList();
    }

    /**
     * @param appointments agreed dates by meeting number
     * @param records      every recorded outcome of the dossier
     * @param today        for the status of open meetings (over datum or still planned)
     */
    public static MeetingSchedule plan(ProgressCadence cadence, LocalDate firstPlanDatedOn, LocalDate termEnd,
                                       Map<Integer, LocalDate> appointments, List<MeetingRecord> records, LocalDate today) {
        return plan(cadence, firstPlanDatedOn, termEnd, appointments, records, today, null);
    }

    /**
     * The schedule of a trajectory that ended (completed or closed) on {@code endedOn}: meetings after that day are
     * not planned any more, and the open ones before it stay "niet vastgelegd"; nothing is next.
     *
     * @param endedOn {@code null} while the PIP runs
     */
    public static MeetingSchedule plan(ProgressCadence cadence, LocalDate firstPlanDatedOn, LocalDate termEnd,
                                       Map<Integer, LocalDate> appointments, List<MeetingRecord> records, LocalDate today,
                                       LocalDate endedOn) {
        List<LocalDate> dates = cadenceDates(cadence, firstPlanDatedOn,
                endedOn != null && endedOn.isBefore(termEnd) ? endedOn : termEnd);
        Map<Integer, MeetingRecord> byNumber = new HashMap<>();
        List<MeetingRecord> outside = new ArrayList<>();
        List<MeetingRecord> unnumbered = new ArrayList<>();
        for (MeetingRecord r : records) {
            if (r.slotNo() == null) {
                unnumbered.add(r);
            } else if (r.slotNo() >= 1 && r.slotNo() <= dates.size() && !byNumber.containsKey(r.slotNo())) {
                byNumber.put(r.slotNo(), r);
            } else {
                outside.add(r);
            }
        }
        List<LocalDate> planned = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            planned.add(appointments.getOrDefault(i + 1, dates.get(i)));
        }
        // Outcomes from before numbered meetings: each to the open meeting nearest in date, the earlier on a tie.
        unnumbered.sort(Comparator.comparing(MeetingRecord::on).thenComparingLong(MeetingRecord::id));
        for (MeetingRecord r : unnumbered) {
            int best = -1;
            long bestDistance = Long.MAX_VALUE;
            for (int i = 0; i < planned.size(); i++) {
                if (byNumber.containsKey(i + 1)) {
                    continue;
                }
                long distance = Math.abs(ChronoUnit.DAYS.between(planned.get(i), r.on()));
                if (distance < bestDistance) {
                    best = i + 1;
                    bestDistance = distance;
                }
            }
            if (best < 0) {
                outside.add(r);
            } else {
                byNumber.put(best, r);
            }
        }
        int lastSettled = byNumber.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<PlannedMeeting> meetings = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            int number = i + 1;
            MeetingRecord r = byNumber.get(number);
            LocalDate on = planned.get(i);
            Status status;
            if (r != null) {
                status = r.held() ? Status.HELD : Status.MISSED;
            } else if (number < lastSettled || endedOn != null) {
                status = Status.NOT_RECORDED;
            } else if (on.isBefore(today)) {
                status = Status.OVERDUE;
            } else {
                status = Status.PLANNED;
            }
            meetings.add(new PlannedMeeting(number, dates.get(i), on, appointments.containsKey(number), r, status));
        }
        return new MeetingSchedule(firstPlanDatedOn, termEnd, endedOn, meetings, outside, records);
    }

    public LocalDate firstPlanDatedOn() {
        return firstPlanDatedOn;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    /** Every planned meeting, in order. */
    public List<PlannedMeeting> meetings() {
        return meetings;
    }

    /** Outcomes that belong to no planned meeting (e.g. recorded before the term was shortened). */
    public List<MeetingRecord> outside() {
        return outside;
    }

    public Optional<PlannedMeeting> meeting(int number) {
        return number >= 1 && number <= meetings.size() ? Optional.of(meetings.get(number - 1)) : Optional.empty();
    }

    /** Meetings without an outcome, in order: what can still be planned, held or missed. */
    public List<PlannedMeeting> open() {
        return meetings.stream().filter(PlannedMeeting::open).toList();
    }

    /** The day the trajectory ended (completed or closed); {@code null} while the PIP runs. */
    public LocalDate endedOn() {
        return endedOn;
    }

    /** The next meeting to hold: the first open one after the last meeting with an outcome; none once ended. */
    public Optional<PlannedMeeting> next() {
        if (endedOn != null) {
            return Optional.empty();
        }
        int lastSettled = meetings.stream().filter(m -> !m.open()).mapToInt(PlannedMeeting::number).max().orElse(0);
        return meetings.stream().filter(m -> m.open() && m.number() > lastSettled).findFirst();
    }

    public LocalDate lastHeldOn() {
        return records.stream().filter(MeetingRecord::held).map(MeetingRecord::on).max(LocalDate::compareTo).orElse(null);
    }

    public int missed() {
        return (int) records.stream().filter(r -> !r.held()).count();
    }

    public int possibleBreaches() {
        return (int) records.stream().filter(MeetingRecord::possibleBreach).count();
    }

    /** The last "niet verschenen zonder geldige reden" with no meeting held after it; {@code null} when none. */
    public LocalDate unexcusedNoShowOn() {
        LocalDate noShow = records.stream().filter(MeetingRecord::possibleBreach).map(MeetingRecord::on)
                .max(LocalDate::compareTo).orElse(null);
        LocalDate held = lastHeldOn();
        return noShow == null || (held != null && held.isAfter(noShow)) ? null : noShow;
    }

    /** What the dossier module needs for its signals and overview. */
    public MeetingStatus status() {
        return new MeetingStatus(next().map(PlannedMeeting::plannedOn).orElse(null), lastHeldOn(), missed(),
                unexcusedNoShowOn());
    }
}
