package nl.regie.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regie.dossier.CompletionType;
import nl.regie.rules.LearningRoute;

/** The completion checks per outcome, as a table: each row a situation, the field and the Dutch message expected. */
class CompletionCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate PIP = LocalDate.of(2024, 5, 10);
    static final LocalDate ROUTE_START = LocalDate.of(2024, 5, 20);
    static final CompletionCheck.Context B1_PLAN = new CompletionCheck.Context(TODAY, PIP, ROUTE_START, LearningRoute.B1);
    static final CompletionCheck.Context Z_PLAN = new CompletionCheck.Context(TODAY, PIP, ROUTE_START, LearningRoute.SELF_RELIANCE);
    static final CompletionCheck.Context EDU_PLAN = new CompletionCheck.Context(TODAY, PIP, ROUTE_START, LearningRoute.EDUCATION);
    static final CompletionCheck.Context NO_PLAN = new CompletionCheck.Context(TODAY, PIP, ROUTE_START, null);

    static CompletionInput exam(LocalDate on, List<ExamPartResult> parts) {
        return new CompletionInput(CompletionType.EXAM, on, null, parts, null, null, null, null, null);
    }

    static CompletionInput interview(LocalDate on, LocalDate held) {
        return new CompletionInput(CompletionType.FINAL_INTERVIEW, on, null, List.of(), held, null, null, null, null);
    }

    static CompletionInput programme(LocalDate on, String provider) {
        return new CompletionInput(CompletionType.LANGUAGE_SWITCH_PROGRAMME, on, null, List.of(), null, provider, null, null, null);
    }

    static CompletionInput duo(CompletionType t, LocalDate on, LocalDate decided, String reference) {
        return new CompletionInput(t, on, null, List.of(), null, null, decided, reference, null);
    }

    static Stream<Arguments> refusals() {
        LocalDate ok = TODAY.minusDays(5);
        return Stream.of(
                Arguments.of("no outcome chosen", new CompletionInput(null, ok, null, List.of(), null, null, null, null, null), B1_PLAN,
                        "outcome", "Kies hoe de inburgering is afgerond."),
                Arguments.of("no completion date", exam(null, CompletionFixtures.allParts()), B1_PLAN,
                        "completedOn", "Vul de datum van afronding in."),
                Arguments.of("completion date in the future", exam(TODAY.plusDays(1), CompletionFixtures.allParts()), B1_PLAN,
                        "completedOn", "ligt in de toekomst"),
                Arguments.of("completion before the first PIP's dagtekening", exam(PIP.minusDays(1), CompletionFixtures.allParts()), B1_PLAN,
                        "completedOn", "vóór de dagtekening van het eerste PIP (10-05-2024)"),
                Arguments.of("completion before the route started", exam(PIP.plusDays(3), CompletionFixtures.allParts()), B1_PLAN,
                        "completedOn", "vóór de laatste stap in het dossier (20-05-2024)"),
                Arguments.of("exam without KNM and writing", exam(ok, CompletionFixtures.allParts().subList(0, 2).stream()
                                .toList()), B1_PLAN,
                        "examParts", "niet behaald of niet ingevuld: Schrijven, Spreken, Kennis van de Nederlandse Maatschappij (KNM)."),
                Arguments.of("exam in the Z-route", exam(ok, CompletionFixtures.allParts()), Z_PLAN,
                        "outcome", "Het inburgeringsexamen rondt de B1-route af; volgens het PIP volgt deze inburgeraar de Zelfredzaamheidsroute (Z-route)."),
                Arguments.of("final interview in the B1-route", interview(ok, ok), B1_PLAN,
                        "outcome", "Een eindgesprek rondt de Z-route af"),
                Arguments.of("taalschakeltraject in the B1-route", programme(ok, "ROC Mondriaan"), B1_PLAN,
                        "outcome", "Een taalschakeltraject rondt de onderwijsroute af"),
                Arguments.of("Z-route without interview date", interview(ok, null), Z_PLAN,
                        "finalInterviewOn", "Vul de datum van het eindgesprek in."),
                Arguments.of("interview after the completion date", interview(ok, ok.plusDays(1)), Z_PLAN,
                        "finalInterviewOn", "Het eindgesprek ligt na de datum van afronding"),
                Arguments.of("interview before the first PIP", interview(ok, PIP.minusDays(3)), Z_PLAN,
                        "finalInterviewOn", "Het eindgesprek ligt vóór de dagtekening van het eerste PIP"),
                Arguments.of("interview in the future", interview(ok, TODAY.plusDays(2)), Z_PLAN,
                        "finalInterviewOn", "De datum van het eindgesprek ligt in de toekomst."),
                Arguments.of("taalschakeltraject without institution", programme(ok, null), EDU_PLAN,
                        "programmeProvider", "Vul in bij welke onderwijsinstelling het taalschakeltraject is afgerond."),
                Arguments.of("institution name too long", programme(ok, "x".repeat(201)), EDU_PLAN,
                        "programmeProvider", "maximaal 200 tekens"),
                Arguments.of("exemption without DUO decision date", duo(CompletionType.EXEMPTION, ok, null, "DUO-2026/123"), B1_PLAN,
                        "duoDecisionOn", "Vul de datum van het besluit van DUO in."),
                Arguments.of("ontheffing without reference", duo(CompletionType.DISPENSATION, ok, ok, null), B1_PLAN,
                        "duoReference", "Vul het kenmerk van het besluit van DUO in."),
                Arguments.of("reference with spaces", duo(CompletionType.DISPENSATION, ok, ok, "ab cd"), B1_PLAN,
                        "duoReference", "3 tot 40 letters, cijfers"),
                Arguments.of("DUO decision after the completion date", duo(CompletionType.EXEMPTION, ok, ok.plusDays(1), "V-1234"), B1_PLAN,
                        "duoDecisionOn", "ligt na de datum van afronding"),
                Arguments.of("DUO decision in the future", duo(CompletionType.DISPENSATION, ok, TODAY.plusDays(1), "V-1234"), B1_PLAN,
                        "duoDecisionOn", "De datum van het besluit van DUO ligt in de toekomst."),
                Arguments.of("no PIP and no route chosen", exam(ok, CompletionFixtures.allParts()), NO_PLAN,
                        "learningRoute", "Kies de leerroute: er is in Regie geen vastgesteld PIP waaruit die volgt."),
                Arguments.of("remarks too long", new CompletionInput(CompletionType.EXAM, ok, null, CompletionFixtures.allParts(),
                        null, null, null, null, "x".repeat(1001)), B1_PLAN, "remarks", "maximaal 1000 tekens"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses(String situation, CompletionInput in, CompletionCheck.Context c, String field, String message) {
        Map<String, String> problems = CompletionCheck.problems(in.relevant(), c);
        assertThat(problems).as(situation).containsKey(field);
        assertThat(problems.get(field)).as(situation).contains(message);
    }

    static Stream<Arguments> accepted() {
        LocalDate ok = TODAY.minusDays(5);
        return Stream.of(
                Arguments.of("exam with all parts, writing at A2", exam(ok, CompletionFixtures.allParts()), B1_PLAN),
                Arguments.of("exam on the day itself", exam(TODAY, CompletionFixtures.allParts()), B1_PLAN),
                Arguments.of("Z-route interview, established a week later, no exam parts", interview(ok, ok.minusDays(7)), Z_PLAN),
                Arguments.of("Z-route with the optional KNM part", new CompletionInput(CompletionType.FINAL_INTERVIEW, ok, null,
                        List.of(new ExamPartResult(ExamPart.KNM, null)), ok, null, null, null, null), Z_PLAN),
                Arguments.of("taalschakeltraject", programme(ok, "ROC Mondriaan"), EDU_PLAN),
                Arguments.of("ontheffing in any route", duo(CompletionType.DISPENSATION, ok, ok.minusDays(3), "DUO/2026/0042"), Z_PLAN),
                Arguments.of("vrijstelling", duo(CompletionType.EXEMPTION, ok, ok, "VR-88.1"), EDU_PLAN),
                Arguments.of("no PIP, route chosen on the form", new CompletionInput(CompletionType.EXAM, ok, LearningRoute.B1,
                        CompletionFixtures.allParts(), null, null, null, null, null), NO_PLAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepts(String situation, CompletionInput in, CompletionCheck.Context c) {
        assertThat(CompletionCheck.problems(in.relevant(), c)).as(situation).isEmpty();
    }

    @Test
    void fieldsOfAnotherOutcomeDoNotCount() {
        CompletionInput typedThenSwitched = new CompletionInput(CompletionType.LANGUAGE_SWITCH_PROGRAMME, TODAY, null,
                CompletionFixtures.allParts(), TODAY.plusDays(9), "ROC", TODAY.plusDays(9), "bad ref", null);
        CompletionInput in = typedThenSwitched.relevant();
        assertThat(in.examParts()).isEmpty();
        assertThat(in.finalInterviewOn()).isNull();
        assertThat(in.duoDecisionOn()).isNull();
        assertThat(in.duoReference()).isNull();
        assertThat(CompletionCheck.problems(in, EDU_PLAN)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceInFormOrder() {
        Map<String, String> p = CompletionCheck.problems(new CompletionInput(CompletionType.FINAL_INTERVIEW, null, null, List.of(),
                null, null, null, null, null), NO_PLAN);
        assertThat(p.keySet()).containsExactly("learningRoute", "completedOn", "finalInterviewOn");
    }
}
