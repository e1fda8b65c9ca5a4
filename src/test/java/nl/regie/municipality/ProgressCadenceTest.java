package nl.regie.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regie.municipality.ProgressCadence.Phase;

/** The cadence of voortgangsgesprekken as policy data: months of the meetings, Dutch wording, validation. */
class ProgressCadenceTest {

    static Stream<Arguments> offsets() {
        return Stream.of(
                Arguments.of("seed 003: first year every 3 months, then every 6 = about eight",
                        ProgressCadence.of(new Phase(12, 3), new Phase(null, 6)), 36, List.of(3, 6, 9, 12, 18, 24, 30, 36)),
                Arguments.of("dense start: monthly in the first half year, then quarterly (seed 004)",
                        ProgressCadence.of(new Phase(6, 1), new Phase(null, 3)), 36,
                        List.of(1, 2, 3, 4, 5, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36)),
                Arguments.of("the last period runs on into an extended term (Wi art. 12)",
                        ProgressCadence.of(new Phase(12, 3), new Phase(null, 6)), 45, List.of(3, 6, 9, 12, 18, 24, 30, 36, 42)),
                Arguments.of("three periods",
                        ProgressCadence.of(new Phase(3, 1), new Phase(12, 3), new Phase(null, 6)), 36,
                        List.of(1, 2, 3, 6, 9, 12, 18, 24, 30, 36)),
                Arguments.of("a period continues from the previous meeting, not from its boundary",
                        ProgressCadence.of(new Phase(6, 4), new Phase(null, 3)), 12, List.of(4, 7, 10)),
                Arguments.of("one period: even spacing (a version from before cadences: 8 meetings → every 5 months)",
                        ProgressCadence.uniform(8), 36, List.of(5, 10, 15, 20, 25, 30, 35)),
                Arguments.of("a short term cuts the schedule", ProgressCadence.of(new Phase(6, 1), new Phase(null, 3)), 4,
                        List.of(1, 2, 3, 4)),
                Arguments.of("nothing before the first month", ProgressCadence.of(new Phase(null, 2)), 1, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offsets")
    void monthOffsets(String behaviour, ProgressCadence cadence, int lastMonth, List<Integer> expected) {
        assertThat(cadence.monthOffsets(lastMonth)).isEqualTo(expected);
    }

    static Stream<Arguments> wording() {
        return Stream.of(
                Arguments.of(ProgressCadence.of(new Phase(12, 3), new Phase(null, 6)), "eerste 12 maanden elke 3 maanden, daarna elke 6 maanden", 8),
                Arguments.of(ProgressCadence.of(new Phase(6, 1), new Phase(null, 3)), "eerste 6 maanden elke maand, daarna elke 3 maanden", 16),
                Arguments.of(ProgressCadence.of(new Phase(1, 1), new Phase(null, 12)), "eerste 1 maand elke maand, daarna elke 12 maanden", 1 + 2),
                Arguments.of(ProgressCadence.of(new Phase(3, 1), new Phase(12, 3), new Phase(null, 6)),
                        "eerste 3 maanden elke maand, tot en met maand 12 elke 3 maanden, daarna elke 6 maanden", 10),
                Arguments.of(ProgressCadence.of(new Phase(null, 4)), "elke 4 maanden", 9));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wording")
    void dutchWordingAndMeetingsInTheTerm(ProgressCadence cadence, String dutch, int meetings) {
        assertThat(cadence.dutch()).isEqualTo(dutch);
        assertThat(cadence.meetingsInTerm()).isEqualTo(meetings);
        assertThat(cadence.problems()).isEmpty();
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("no period at all", new ProgressCadence(List.of()), 0, "every",
                        "Vul in om de hoeveel maanden de voortgangsgesprekken plaatsvinden."),
                Arguments.of("interval of 0", ProgressCadence.of(new Phase(null, 0)), 0, "every",
                        "Kies een interval van 1 tot en met 12 maanden."),
                Arguments.of("interval over a year", ProgressCadence.of(new Phase(6, 1), new Phase(null, 13)), 1, "every",
                        "Kies een interval van 1 tot en met 12 maanden."),
                Arguments.of("a period without end before the last", ProgressCadence.of(new Phase(null, 1), new Phase(null, 3)), 0, "until",
                        "Vul in tot en met welke maand deze periode loopt."),
                Arguments.of("the last period has an end", ProgressCadence.of(new Phase(6, 1), new Phase(12, 3)), 1, "until",
                        "De laatste periode loopt door tot het einde van de termijn en heeft geen einde."),
                Arguments.of("a period beyond the term", ProgressCadence.of(new Phase(40, 1), new Phase(null, 3)), 0, "until",
                        "Een periode eindigt tussen maand 1 en maand 36 (de termijn duurt drie jaar)."),
                Arguments.of("periods out of order", ProgressCadence.of(new Phase(12, 3), new Phase(6, 1), new Phase(null, 6)), 1, "until",
                        "Deze periode moet na de vorige eindigen (na maand 12)."),
                Arguments.of("a period without a meeting", ProgressCadence.of(new Phase(2, 3), new Phase(null, 3)), 0, "every",
                        "In deze periode valt geen gesprek: het interval is langer dan de periode."),
                Arguments.of("too many periods", ProgressCadence.of(new Phase(1, 1), new Phase(2, 1), new Phase(3, 1), new Phase(null, 3)), 3, "until",
                        "Een ritme heeft hoogstens 3 perioden."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void refusedInDutch(String behaviour, ProgressCadence cadence, int phase, String part, String message) {
        assertThat(cadence.problems()).contains(new ProgressCadence.Problem(phase, part, message));
    }
}
