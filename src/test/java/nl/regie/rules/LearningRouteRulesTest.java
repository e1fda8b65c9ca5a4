package nl.regie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LearningRouteRulesTest {

    private static Set<ExamPart> parts(String list) {
        if (list == null || list.isBlank()) {
            return EnumSet.noneOf(ExamPart.class);
        }
        return Arrays.stream(list.split(",")).map(String::trim).map(ExamPart::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExamPart.class)));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            B1-route, 600 hours at a keurmerk provider: allowed          | Bi art. 5.5 | B1            | 600    | READING          | -        | true  | -
            B1-route, 750,5 hours, two parts: allowed                    | Bi art. 5.5 | B1            | 750.5  | WRITING,SPEAKING | -        | true  | -
            B1-route, 599,75 hours: refused, names the missing hours     | Bi art. 5.5 | B1            | 599.75 | READING          | -        | false | nog 0,25 uur
            B1-route, no hours at all: refused                           | Bi art. 5.5 | B1            | 0      | SPEAKING         | -        | false | ten minste 600 uur
            Z-route: afschalen only exists in the B1-route               | Bi art. 5.5 | SELF_RELIANCE | 900    | READING          | -        | false | alleen in de B1-route
            onderwijsroute: afschalen only exists in the B1-route        | Bi art. 5.5 | EDUCATION     | 900    | READING          | -        | false | alleen in de B1-route
            KNM has no language level and cannot be lowered              | Bi art. 5.5 | B1            | 700    | KNM              | -        | false | KNM heeft geen taalniveau
            no part chosen                                               | Bi art. 5.5 | B1            | 700    | -                | -        | false | ten minste één examenonderdeel
            a part already lowered cannot be lowered again               | Bi art. 5.5 | B1            | 700    | READING,WRITING  | READING  | false | Lezen is al afgeschaald
            another part after an earlier downgrade: allowed             | Bi art. 5.5 | B1            | 700    | WRITING          | READING  | true  | -
            """)
    void levelDowngrade(String row, String article, LearningRoute route, BigDecimal hours, String requested, String already,
                        boolean allowed, String reasonContains) {
        var d = LearningRouteRules.levelDowngrade(route, hours, parts(requested), parts(already));
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        assertThat(d.article()).as(row).contains(article).contains("600 uur");
        if (reasonContains != null) {
            assertThat(d.reason()).as(row).contains(reasonContains);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            B1-route: four language parts at B1 and KNM                  | B1            | -               | READING:B1,LISTENING:B1,WRITING:B1,SPEAKING:B1,KNM:-
            B1-route after afschalen of reading and speaking             | B1            | READING,SPEAKING | READING:A2,LISTENING:B1,WRITING:B1,SPEAKING:A2,KNM:-
            onderwijsroute: ends with the taalschakeltraject, no exams   | EDUCATION     | -               | -
            Z-route: ends with an eindgesprek, exams optional            | SELF_RELIANCE | -               | -
            """)
    void requiredExamParts(String row, LearningRoute route, String downgraded, String expected) {
        String actual = LearningRouteRules.requiredExamParts(route, parts(downgraded)).stream()
                .map(p -> p.part() + ":" + (p.level() == null ? "-" : p.level())).collect(Collectors.joining(","));
        assertThat(actual).as(row).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            B1 passed at B1 meets B1                      | READING | B1 | B1 | true
            B2 passed meets B1                            | READING | B1 | B2 | true
            A2 passed does not meet B1                    | READING | B1 | A2 | false
            A2 passed meets A2 after afschalen            | READING | A2 | A2 | true
            KNM has no level: any passed result meets it  | KNM     | -  | -  | true
            """)
    void meets(String row, ExamPart part, LanguageLevel required, LanguageLevel taken, boolean meets) {
        assertThat(LearningRouteRules.meets(new LearningRouteRules.RequiredPart(part, required), taken)).as(row).isEqualTo(meets);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Z-route, asylum permit holder: 800 language incl. KNM, 800 participation, PVT 12, MAP 40 | Bi art. 3.14 | SELF_RELIANCE | ASYLUM_PERMIT_HOLDER | Taal inclusief KNM=800;Participatie=800;Participatieverklaringstraject (PVT)=12;MAP: praktijkdeel=40
            Z-route, family migrant: no participation hours                                        | Bi art. 3.14 | SELF_RELIANCE | FAMILY_MIGRANT       | Taal inclusief KNM=800;Participatieverklaringstraject (PVT)=12;MAP: praktijkdeel=40
            B1-route: language against the afschalen threshold, PVT, MAP                            | Bi art. 5.5  | B1            | ASYLUM_PERMIT_HOLDER | Taal bij een aanbieder met keurmerk (drempel voor afschalen)=600;Participatieverklaringstraject (PVT)=12;MAP: praktijkdeel=40
            onderwijsroute: no statutory hour norm, PVT only, no MAP                                | Bi art. 3.1  | EDUCATION     | ASYLUM_PERMIT_HOLDER | Participatieverklaringstraject (PVT)=12
            """)
    void hourTargets(String row, String article, LearningRoute route, TargetGroup group, String expected) {
        var targets = LearningRouteRules.hourTargets(route, group);
        assertThat(targets.stream().map(t -> t.label() + "=" + t.hours()).collect(Collectors.joining(";"))).as(row).isEqualTo(expected);
        assertThat(targets.get(0).article()).as(row).contains(article);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MAP themes in the B1-route                   | B1            | LABOUR_MARKET_MODULE              | true
            MAP practical part in the Z-route            | SELF_RELIANCE | LABOUR_MARKET_MODULE_PRACTICAL    | true
            no MAP in the onderwijsroute                 | EDUCATION     | LABOUR_MARKET_MODULE              | false
            no MAP practical part in the onderwijsroute  | EDUCATION     | LABOUR_MARKET_MODULE_PRACTICAL    | false
            PVT in the onderwijsroute                    | EDUCATION     | PARTICIPATION_STATEMENT_PROGRAMME | true
            language in the Z-route                      | SELF_RELIANCE | LANGUAGE                          | true
            """)
    void componentsPerRoute(String row, LearningRoute route, ProgrammeComponent component, boolean allowed) {
        var d = LearningRouteRules.componentAllowed(route, component);
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        if (!allowed) {
            assertThat(d.reason()).contains("onderwijsroute");
            assertThat(d.article()).contains("Wi art. 8");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            eindgesprek in the Z-route                           | FINAL_INTERVIEW | SELF_RELIANCE | true  | Bi art. 3.14
            no eindgesprek in the B1-route                       | FINAL_INTERVIEW | B1            | false | Bi art. 3.14
            no eindgesprek in the onderwijsroute                 | FINAL_INTERVIEW | EDUCATION     | false | Bi art. 3.14
            taalschakeltraject in the onderwijsroute             | BRIDGING        | EDUCATION     | true  | Wi art. 8
            no taalschakeltraject in the B1-route                | BRIDGING        | B1            | false | Wi art. 8
            no taalschakeltraject in the Z-route                 | BRIDGING        | SELF_RELIANCE | false | Wi art. 8
            """)
    void routeEndings(String row, String what, LearningRoute route, boolean allowed, String article) {
        var d = what.equals("FINAL_INTERVIEW") ? LearningRouteRules.finalInterview(route) : LearningRouteRules.bridgingProgramme(route);
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        assertThat(d.article()).as(row).contains(article);
        if (!allowed) {
            assertThat(d.reason()).as(row).contains("hoort alleen bij", route.dutch());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            12 PVT hours: the verklaring can be signed   | 12   | true
            11,5 PVT hours: not yet                      | 11.5 | false
            """)
    void participationStatement(String row, BigDecimal hours, boolean allowed) {
        var d = LearningRouteRules.participationStatementSigning(hours);
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        assertThat(d.article()).isEqualTo("Bi art. 3.1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            asylum permit holder, first attempt at B1             | ASYLUM_PERMIT_HOLDER | 1 | B1 | B1 | true
            asylum permit holder, second attempt                  | ASYLUM_PERMIT_HOLDER | 2 | B1 | B1 | true
            asylum permit holder, third attempt                   | ASYLUM_PERMIT_HOLDER | 3 | B1 | B1 | false
            asylum permit holder, below the PIP's level           | ASYLUM_PERMIT_HOLDER | 1 | A2 | B1 | false
            asylum permit holder, KNM first attempt               | ASYLUM_PERMIT_HOLDER | 1 | -  | -  | true
            family migrant pays their own exams                   | FAMILY_MIGRANT       | 1 | B1 | B1 | false
            """)
    void paidAttempts(String row, TargetGroup group, int attempt, LanguageLevel taken, LanguageLevel required, boolean paid) {
        assertThat(LearningRouteRules.paidByMunicipality(group, attempt, taken, required)).as(row).isEqualTo(paid);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            600    | 600
            412.50 | 412,5
            0.25   | 0,25
            0      | 0
            """)
    void hoursInDutch(BigDecimal hours, String shown) {
        assertThat(LearningRouteRules.dutchHours(hours)).isEqualTo(shown);
    }
}
