package nl.regie.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regie.dossier.MeetingStatus;
import nl.regie.municipality.ProgressCadence;
import nl.regie.municipality.ProgressCadence.Phase;
import nl.regie.progress.MeetingSchedule.Status;
import nl.regie.rules.Periods;

/** The schedule of voortgangsgesprekken: dates from the cadence, agreed dates, outcomes and where a dossier stands. */
class MeetingScheduleTest {

    static final ProgressCadence SEED_003 = ProgressCadence.of(new Phase(12, 3), new Phase(null, 6));
    static final ProgressCadence DENSE = ProgressCadence.of(new Phase(6, 1), new Phase(null, 3));

    /** The statutory term: three years from the day after the dagtekening, to the last day inside (Wi art. 11). */
    static LocalDate termEnd(LocalDate datedOn) {
        return Periods.lastDayOfYears(datedOn.plusDays(1), 3);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("seed 003: eight, every 3 months in the first year, then every 6",
                        SEED_003, d("2024-01-15"), termEnd(d("2024-01-15")),
                        List.of(d("2024-04-15"), d("2024-07-15"), d("2024-10-15"), d("2025-01-15"), d("2025-07-15"),
                                d("2026-01-15"), d("2026-07-15"), d("2027-01-15"))),
                Arguments.of("dense start: monthly in the first half year, then quarterly; the last on the term's last day",
                        DENSE, d("2024-01-15"), termEnd(d("2024-01-15")),
                        List.of(d("2024-02-15"), d("2024-03-15"), d("2024-04-15"), d("2024-05-15"), d("2024-06-15"),
                                d("2024-07-15"), d("2024-10-15"), d("2025-01-15"), d("2025-04-15"), d("2025-07-15"),
                                d("2025-10-15"), d("2026-01-15"), d("2026-04-15"), d("2026-07-15"), d("2026-10-15"),
                                d("2027-01-15"))),
                Arguments.of("term extended by DUO to 15-07-2027 (Wi art. 12): the last period runs on",
                        SEED_003, d("2024-01-15"), d("2027-07-15"),
                        List.of(d("2024-04-15"), d("2024-07-15"), d("2024-10-15"), d("2025-01-15"), d("2025-07-15"),
                                d("2026-01-15"), d("2026-07-15"), d("2027-01-15"), d("2027-07-15"))),
                Arguments.of("term extended to a day before the next meeting: no extra meeting",
                        SEED_003, d("2024-01-15"), d("2027-07-14"),
                        List.of(d("2024-04-15"), d("2024-07-15"), d("2024-10-15"), d("2025-01-15"), d("2025-07-15"),
                                d("2026-01-15"), d("2026-07-15"), d("2027-01-15"))),
                Arguments.of("dagtekening on 29 February (leap year): meetings on the 29th or the month's last day",
                        SEED_003, d("2024-02-29"), termEnd(d("2024-02-29")),
                        List.of(d("2024-05-29"), d("2024-08-29"), d("2024-11-29"), d("2025-02-28"), d("2025-08-29"),
                                d("2026-02-28"), d("2026-08-29"), d("2027-02-28"))),
                Arguments.of("dagtekening on the 31st: each date counted from the dagtekening, no drift after February",
                        DENSE, d("2023-12-31"), d("2024-06-30"),
                        List.of(d("2024-01-31"), d("2024-02-29"), d("2024-03-31"), d("2024-04-30"), d("2024-05-31"),
                                d("2024-06-30"))),
                Arguments.of("leap day inside the dense start", DENSE, d("2024-01-29"), d("2024-04-29"),
                        List.of(d("2024-02-29"), d("2024-03-29"), d("2024-04-29"))),
                Arguments.of("term end before the first meeting", SEED_003, d("2024-01-15"), d("2024-03-01"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void cadenceDates(String behaviour, ProgressCadence cadence, LocalDate datedOn, LocalDate termEnd, List<LocalDate> expected) {
        assertThat(MeetingSchedule.cadenceDates(cadence, datedOn, termEnd)).isEqualTo(expected);
        MeetingSchedule s = MeetingSchedule.plan(cadence, datedOn, termEnd, Map.of(), List.of(), datedOn);
        assertThat(s.meetings()).extracting(MeetingSchedule.PlannedMeeting::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, expected.size()).boxed().toList());
        assertThat(s.meetings()).allMatch(m -> m.status() == Status.PLANNED);
    }

    static long ids = 1;

    static MeetingRecord held(Integer slot, String on) {
        return new MeetingRecord(ids++, slot, MeetingRecord.Outcome.HELD, d(on), null, null, null, false, null, null,
                List.of(), "t", Instant.EPOCH);
    }

    static MeetingRecord missed(Integer slot, String on, MissedReason reason, Boolean valid) {
        boolean breach = reason == MissedReason.NO_SHOW && Boolean.FALSE.equals(valid);
        return new MeetingRecord(ids++, slot, MeetingRecord.Outcome.MISSED, d(on), reason, valid, "x", breach, null, null,
                List.of(), "t", Instant.EPOCH);
    }

    /**
     * Seed 003 cadence from a dagtekening on 15-01-2024: meetings 1-4 on 15-04, 15-07, 15-10-2024 and 15-01-2025,
     * then every six months.
     */
    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("nothing recorded: meeting 1 is next and over its date",
                        Map.of(), List.of(), "2024-05-01",
                        List.of(Status.OVERDUE, Status.PLANNED), new MeetingStatus(d("2024-04-15"), null, 0, null)),
                Arguments.of("an agreed date replaces the cadence's date of that meeting",
                        Map.of(1, d("2024-05-10")), List.of(), "2024-05-01",
                        List.of(Status.PLANNED, Status.PLANNED), new MeetingStatus(d("2024-05-10"), null, 0, null)),
                Arguments.of("meeting 1 held: meeting 2 is next",
                        Map.of(), List.of(held(1, "2024-04-16")), "2024-05-01",
                        List.of(Status.HELD, Status.PLANNED), new MeetingStatus(d("2024-07-15"), d("2024-04-16"), 0, null)),
                Arguments.of("meeting 2 held while meeting 1 has no outcome: 1 is 'niet vastgelegd', 3 is next",
                        Map.of(), List.of(held(2, "2024-07-20")), "2024-08-01",
                        List.of(Status.NOT_RECORDED, Status.HELD, Status.PLANNED), new MeetingStatus(d("2024-10-15"), d("2024-07-20"), 0, null)),
                Arguments.of("a no-show without valid reason is a possible breach until a later meeting is held",
                        Map.of(), List.of(missed(1, "2024-04-15", MissedReason.NO_SHOW, false)), "2024-05-01",
                        List.of(Status.MISSED, Status.PLANNED), new MeetingStatus(d("2024-07-15"), null, 1, d("2024-04-15"))),
                Arguments.of("the no-show is no longer open once a later meeting was held",
                        Map.of(), List.of(missed(1, "2024-04-15", MissedReason.NO_SHOW, false), held(2, "2024-07-15")), "2024-08-01",
                        List.of(Status.MISSED, Status.HELD, Status.PLANNED), new MeetingStatus(d("2024-10-15"), d("2024-07-15"), 1, null)),
                Arguments.of("a no-show with a valid reason and a cancellation are missed, no breach",
                        Map.of(), List.of(missed(1, "2024-04-15", MissedReason.NO_SHOW, true),
                                missed(2, "2024-07-15", MissedReason.CANCELLED_BY_MUNICIPALITY, null)), "2024-08-01",
                        List.of(Status.MISSED, Status.MISSED, Status.PLANNED), new MeetingStatus(d("2024-10-15"), null, 2, null)),
                Arguments.of("a meeting recorded before numbers existed belongs to the nearest planned meeting",
                        Map.of(), List.of(held(null, "2024-09-30")), "2024-10-01",
                        List.of(Status.NOT_RECORDED, Status.NOT_RECORDED, Status.HELD, Status.PLANNED),
                        new MeetingStatus(d("2025-01-15"), d("2024-09-30"), 0, null)),
                Arguments.of("two unnumbered meetings take the two open meetings nearest in date",
                        Map.of(), List.of(held(null, "2024-05-30"), held(null, "2024-05-31")), "2024-06-01",
                        List.of(Status.HELD, Status.HELD, Status.PLANNED), new MeetingStatus(d("2024-10-15"), d("2024-05-31"), 0, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void outcomesAndStatus(String behaviour, Map<Integer, LocalDate> appointments, List<MeetingRecord> records, String today,
                           List<Status> firstStatuses, MeetingStatus expected) {
        MeetingSchedule s = MeetingSchedule.plan(SEED_003, d("2024-01-15"), termEnd(d("2024-01-15")), appointments, records, d(today));
        List<Status> statuses = new ArrayList<>();
        s.meetings().stream().limit(firstStatuses.size()).forEach(m -> statuses.add(m.status()));
        assertThat(statuses).isEqualTo(firstStatuses);
        assertThat(s.status()).isEqualTo(expected);
        assertThat(s.outside()).isEmpty();
    }

    @Test
    void anOutcomeForAMeetingBeyondTheTermStaysVisibleOutsideTheSchedule() {
        MeetingRecord late = held(9, "2027-07-15");
        MeetingSchedule s = MeetingSchedule.plan(SEED_003, d("2024-01-15"), termEnd(d("2024-01-15")), Map.of(), List.of(late), d("2027-08-01"));
        assertThat(s.meetings()).hasSize(8);
        assertThat(s.outside()).containsExactly(late);
        assertThat(s.lastHeldOn()).isEqualTo(d("2027-07-15"));
    }

    @Test
    void aTrajectoryThatEndedPlansNothingMoreAndLeavesOpenMeetingsUnrecorded() {
        MeetingSchedule s = MeetingSchedule.plan(SEED_003, d("2024-01-15"), termEnd(d("2024-01-15")), Map.of(),
                List.of(held(1, "2024-04-15")), d("2025-06-01"), d("2024-12-01"));
        assertThat(s.meetings()).extracting(MeetingSchedule.PlannedMeeting::status)
                .containsExactly(Status.HELD, Status.NOT_RECORDED, Status.NOT_RECORDED);
        assertThat(s.next()).isEmpty();
        assertThat(s.status().nextPlannedOn()).isNull();
        assertThat(s.endedOn()).isEqualTo(d("2024-12-01"));
    }

    @Test
    void openMeetingsAreWhatCanStillBePlannedHeldOrMissed() {
        MeetingSchedule s = MeetingSchedule.plan(DENSE, d("2024-01-15"), termEnd(d("2024-01-15")), Map.of(),
                List.of(held(1, "2024-02-15"), missed(3, "2024-04-15", MissedReason.CANCELLED_BY_NEWCOMER, null)), d("2024-04-20"));
        assertThat(s.open()).extracting(MeetingSchedule.PlannedMeeting::number).startsWith(2, 4, 5).hasSize(14);
        assertThat(s.next().orElseThrow().number()).isEqualTo(4);
        assertThat(s.possibleBreaches()).isZero();
    }
}
