package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The progress-meeting signals: from the planned schedule (progress module) to what the worklist shows. */
class SignalRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    static final LocalDate PLAN = LocalDate.of(2024, 6, 1);

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("next planned meeting 15 days over its date: signalled",
                        DossierState.IN_ROUTE, new MeetingStatus(TODAY.minusDays(15), null, 0, null),
                        List.of(Signal.Kind.PROGRESS_MEETING_OVERDUE)),
                Arguments.of("exactly 14 days over its date: still room to reschedule",
                        DossierState.IN_ROUTE, new MeetingStatus(TODAY.minusDays(14), null, 0, null), List.of()),
                Arguments.of("next meeting in the future: nothing",
                        DossierState.PLAN_ESTABLISHED, new MeetingStatus(TODAY.plusDays(10), TODAY.minusDays(80), 0, null), List.of()),
                Arguments.of("no meeting left in the term: nothing",
                        DossierState.IN_ROUTE, new MeetingStatus(null, TODAY.minusDays(300), 0, null), List.of()),
                Arguments.of("niet verschenen zonder geldige reden, no meeting held since: signalled for a person to weigh",
                        DossierState.IN_ROUTE, new MeetingStatus(TODAY.plusDays(60), null, 1, TODAY.minusDays(3)),
                        List.of(Signal.Kind.PROGRESS_MEETING_NO_SHOW)),
                Arguments.of("both at once", DossierState.IN_ROUTE,
                        new MeetingStatus(TODAY.minusDays(40), null, 1, TODAY.minusDays(40)),
                        List.of(Signal.Kind.PROGRESS_MEETING_OVERDUE, Signal.Kind.PROGRESS_MEETING_NO_SHOW)),
                Arguments.of("completed: meetings no longer signalled", DossierState.COMPLETED,
                        new MeetingStatus(TODAY.minusDays(40), null, 1, TODAY.minusDays(40)), List.of()),
                Arguments.of("no schedule (no status): nothing", DossierState.PLAN_ESTABLISHED, null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void progressMeetingSignals(String behaviour, DossierState state, MeetingStatus meetings, List<Signal.Kind> expected) {
        List<Signal> signals = SignalRules.signals(new SignalRules.Input(state, Map.of(), PLAN, meetings), TODAY, 14);
        assertThat(signals).extracting(Signal::kind)
                .filteredOn(k -> k == Signal.Kind.PROGRESS_MEETING_OVERDUE || k == Signal.Kind.PROGRESS_MEETING_NO_SHOW)
                .containsExactlyInAnyOrderElementsOf(expected);
        signals.stream().filter(s -> s.kind() == Signal.Kind.PROGRESS_MEETING_OVERDUE).forEach(s -> {
            assertThat(s.dueDate()).isEqualTo(meetings.nextPlannedOn());
            assertThat(s.message()).contains("meer dan 14 dagen over datum", "gevoerd of gemist");
        });
        signals.stream().filter(s -> s.kind() == Signal.Kind.PROGRESS_MEETING_NO_SHOW).forEach(s ->
                assertThat(s.message()).contains("Niet verschenen zonder geldige reden", "mogelijke schending", "geen automatische sanctie"));
    }
}
