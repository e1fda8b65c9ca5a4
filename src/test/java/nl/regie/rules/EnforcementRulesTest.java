package nl.regie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnforcementRulesTest {

    private static final LocalDate CONDUCT = LocalDate.of(2025, 6, 2);

    /** Warning first, then € 100, € 250, € 500; 24 months' second chance; reductions 50/25/25 up to 75%. */
    private static EnforcementRules.FinePolicy policy(boolean warningFirst, String ladder, boolean bothAllowed) {
        return new EnforcementRules.FinePolicy(LocalDate.of(2022, 1, 1), warningFirst,
                Arrays.stream(ladder.split(";")).map(BigDecimal::new).toList(), 24,
                Map.of(Circumstance.REDUCED_CULPABILITY, 50, Circumstance.LIMITED_MEANS, 25, Circumstance.CONDUCT_RESTORED, 25),
                75, 20, 1, bothAllowed);
    }

    private static Set<Circumstance> circumstances(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(",")).map(String::trim).map(Circumstance::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Circumstance.class)));
    }

    /** Earlier sanctions as "months before the conduct:KIND", e.g. "3:WARNING,30:FINE". */
    private static List<EnforcementRules.EarlierSanction> earlier(String list) {
        List<EnforcementRules.EarlierSanction> out = new ArrayList<>();
        if (list != null) {
            for (String e : list.split(",")) {
                String[] p = e.trim().split(":");
                out.add(new EnforcementRules.EarlierSanction(CONDUCT.minusMonths(Integer.parseInt(p[0])), SanctionKind.valueOf(p[1])));
            }
        }
        return out;
    }

    private static EnforcementRules.BreachFacts facts(boolean validReason, String circumstances, String earlier, boolean pw,
                                                      LocalDate decisionDate, int suspended) {
        return new EnforcementRules.BreachFacts(CONDUCT, validReason, circumstances(circumstances), earlier(earlier), pw,
                decisionDate, suspended);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            valid reason: not culpable, no sanction at all                     | Awb art. 5:41   | true  | true  | 100;250;500 | -                                  | -                         | false | NONE    | -      | -      | true
            first breach: a written warning first                              | seeds 002 en 003 | false | true  | 100;250;500 | -                                  | -                         | false | WARNING | -      | -      | false
            an earlier NONE does not count: still a warning                    | seeds 002 en 003 | false | true  | 100;250;500 | 2:NONE                             | -                         | false | WARNING | -      | -      | false
            second breach after a warning: the first fine                      | Wi art. 22      | false | true  | 100;250;500 | 3:WARNING                          | -                         | false | FINE    | 100.00 | 100.00 | false
            third breach: the second step                                      | Wi art. 22      | false | true  | 100;250;500 | 9:WARNING,3:FINE                   | -                         | false | FINE    | 250.00 | 250.00 | false
            fourth breach: the third step, much heavier than the first         | Wi art. 22      | false | true  | 100;250;500 | 12:WARNING,9:FINE,3:FINE           | -                         | false | FINE    | 500.00 | 500.00 | false
            sixth breach: the ladder stays on its last step                    | Wi art. 22      | false | true  | 100;250;500 | 20:WARNING,15:FINE,9:FINE,6:FINE,3:FINE | -                    | false | FINE    | 500.00 | 500.00 | false
            second chance: a warning 25 months ago no longer counts            | tweede kans     | false | true  | 100;250;500 | 25:WARNING                         | -                         | false | WARNING | -      | -      | false
            second chance: exactly 24 months ago still counts                  | 24 maanden      | false | true  | 100;250;500 | 24:WARNING                         | -                         | false | FINE    | 100.00 | 100.00 | false
            second chance: only the recent ones count                          | tweede kans     | false | true  | 100;250;500 | 40:WARNING,30:FINE,5:WARNING       | -                         | false | FINE    | 100.00 | 100.00 | false
            no warning-first policy: the first breach is fined                 | Wi art. 22      | false | false | 150;300;600 | -                                  | -                         | false | FINE    | 150.00 | 150.00 | false
            reduced culpability: 50% off                                       | Awb art. 5:46   | false | true  | 100;250;500 | 9:WARNING,3:FINE                   | REDUCED_CULPABILITY       | false | FINE    | 125.00 | 250.00 | false
            limited means and restored: 25% + 25%                              | Awb art. 5:46   | false | true  | 100;250;500 | 12:WARNING,9:FINE,3:FINE           | LIMITED_MEANS,CONDUCT_RESTORED | false | FINE | 250.00 | 500.00 | false
            all circumstances: capped at 75%                                   | Awb art. 5:46   | false | true  | 100;250;500 | 12:WARNING,9:FINE,3:FINE           | REDUCED_CULPABILITY,LIMITED_MEANS,CONDUCT_RESTORED | false | FINE | 125.00 | 500.00 | false
            reduction rounds down to the cent, in the person's favour          | Awb art. 5:46   | false | true  | 99.99       | 3:WARNING                          | LIMITED_MEANS             | false | FINE    | 74.99  | 99.99  | false
            a policy step above the maximum is capped at € 800                 | Wi art. 22      | false | true  | 900         | 3:WARNING                          | -                         | false | FINE    | 800.00 | 900.00 | false
            a Pw measure on the same conduct blocks a Wi fine                  | art. 27         | false | true  | 100;250;500 | 3:WARNING                          | -                         | true  | NONE    | -      | -      | true
            a Pw measure blocks a first warning too (never both)               | art. 27         | false | true  | 100;250;500 | -                                  | -                         | true  | NONE    | -      | -      | true
            """)
    void propose(String row, String article, boolean validReason, boolean warningFirst, String ladder, String earlier,
                 String circumstances, boolean pw, SanctionKind kind, BigDecimal amount, BigDecimal ladderAmount, boolean fineRefused) {
        var p = EnforcementRules.propose(policy(warningFirst, ladder, false),
                facts(validReason, circumstances, earlier, pw, CONDUCT.plusMonths(1), 0));
        assertThat(p.kind()).as(row).isEqualTo(kind);
        assertThat(p.amount()).as(row).isEqualTo(amount);
        assertThat(p.ladderAmount()).as(row).isEqualTo(ladderAmount);
        assertThat(p.fineRefused()).as(row).isEqualTo(fineRefused);
        assertThat(String.join(" ", p.reasoning())).as(row).contains(article).contains("C-158/23");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a fine decided the day before five years after the conduct: allowed    | 2030-06-01 | 0   | true
            a fine decided five years after the conduct: lapsed                      | 2030-06-02 | 0   | false
            suspended 90 days by an objection: still allowed 60 days after           | 2030-08-01 | 90  | true
            suspended 90 days: lapsed on the 91st day after five years               | 2030-08-31 | 90  | false
            """)
    void lapse(String row, LocalDate decisionDate, int suspended, boolean allowed) {
        var pol = policy(true, "100;250;500", false);
        var f = facts(false, null, "3:WARNING", false, decisionDate, suspended);
        var p = EnforcementRules.propose(pol, f);
        assertThat(p.kind() == SanctionKind.FINE).as(row).isEqualTo(allowed);
        var d = EnforcementRules.checkDecision(pol, f, p, SanctionKind.FINE, new BigDecimal("100.00"), "afwijking getoetst");
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        if (!allowed) {
            assertThat(d.article()).as(row).contains("Awb art. 5:45");
            assertThat(d.reason()).as(row).contains("vervallen op");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            objection of 30 days, running still: 30 days suspended            | 2026-01-01 | -          | 2026-01-31 | 30
            objection decided after 45 days                                   | 2026-01-01 | 2026-02-15 | 2026-06-01 | 45
            a decision on the objection after today counts up to today        | 2026-01-01 | 2026-12-01 | 2026-01-11 | 10
            """)
    void suspension(String row, LocalDate from, LocalDate until, LocalDate today, int days) {
        assertThat(EnforcementRules.suspendedDays(List.of(new EnforcementRules.Suspension(from, until)), today)).as(row).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            following the proposal                                      | FINE    | 100.00 | -                      | true  | Wi art. 22
            above the statutory maximum, even with a reason             | FINE    | 800.01 | zwaar verwijtbaar      | false | Wi art. 22
            exactly the maximum with a reason                           | FINE    | 800.00 | zwaar verwijtbaar      | true  | Wi art. 22
            another amount without a reason                             | FINE    | 80.00  | -                      | false | C-158/23
            another amount with a reason                                | FINE    | 80.00  | draagkracht onderzocht | true  | Wi art. 22
            a warning instead of the proposed fine, without a reason    | WARNING | -      | -                      | false | C-158/23
            a warning instead of the proposed fine, with a reason       | WARNING | -      | eerste keer te laat    | true  | C-158/23
            no amount for a fine                                        | FINE    | -      | -                      | false | Wi art. 22
            """)
    void decision(String row, SanctionKind decided, BigDecimal amount, String reason, boolean allowed, String article) {
        var pol = policy(true, "100;250;500", false);
        var f = facts(false, null, "3:WARNING", false, CONDUCT.plusMonths(1), 0);
        var p = EnforcementRules.propose(pol, f);
        var d = EnforcementRules.checkDecision(pol, f, p, decided, amount, reason);
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        assertThat(d.article()).as(row).contains(article);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pw measure on the same conduct, policy never both: a Wi fine is refused     | true  | false | false
            Pw measure on the same conduct, policy allows both: allowed                 | true  | true  | true
            no Pw measure: allowed                                                      | false | false | true
            """)
    void doubleSanctionBlocksTheWiFine(String row, boolean pw, boolean bothAllowed, boolean allowed) {
        var pol = policy(true, "100;250;500", bothAllowed);
        var f = facts(false, null, "3:WARNING", pw, CONDUCT.plusMonths(1), 0);
        var p = EnforcementRules.propose(pol, f);
        var d = EnforcementRules.checkDecision(pol, f, p, SanctionKind.FINE, new BigDecimal("100.00"), "getoetst");
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        if (!allowed) {
            assertThat(d.article()).as(row).contains("nooit beide", "art. 27", "Pw art. 18 lid 2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a Wi fine on the same conduct blocks a Pw measure (never both) | true  | false | false
            policy allows both                                             | true  | true  | true
            no Wi fine: the Pw measure is allowed                          | false | false | true
            """)
    void doubleSanctionBlocksThePwMeasure(String row, boolean wiFine, boolean bothAllowed, boolean allowed) {
        var d = EnforcementRules.checkPwMeasure(policy(true, "100", bothAllowed), wiFine);
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        assertThat(d.article()).as(row).contains("Pw art. 18 lid 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            received on the last day of six weeks: in time                | 2026-03-01 | 2026-04-12 | false | true  | Awb art. 6:7
            received a day late, not excusable: niet-ontvankelijk         | 2026-03-01 | 2026-04-13 | false | false | Awb art. 6:7
            received a day late, excusable: admissible                    | 2026-03-01 | 2026-04-13 | true  | true  | Awb art. 6:11
            received before the dagtekening: impossible                   | 2026-03-01 | 2026-02-28 | false | false | Awb art. 6:7
            """)
    void objectionTerm(String row, LocalDate datedOn, LocalDate received, boolean excusable, boolean admissible, String article) {
        var d = EnforcementRules.objectionAdmissible(datedOn, received, excusable);
        assertThat(d.allowed()).as(row).isEqualTo(admissible);
        assertThat(d.article()).as(row).contains(article);
    }

    @ParameterizedTest(name = "maximum {0}: {1} years")
    @CsvSource({"800.00, 5", "340.01, 5", "340.00, 3"})
    void lapseYearsFollowArticle553(BigDecimal maximum, int years) {
        assertThat(EnforcementRules.lapseYears(maximum)).isEqualTo(years);
    }

    /** A policy version as typed: the ladder, second chance, reductions (culpability;means;restored), maximum, Pw measure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the seeded starting values are fine                       | 100;250;500 | 24 | 50;25;25  | 75  | 20  | 1  | -                   | -
            the law's maximum itself is allowed                       | 800;800;800 | 60 | 0;0;0     | 0   | 100 | 12 | -                   | -
            a step above the law's maximum                            | 100;250;900 | 24 | 50;25;25  | 75  | 20  | 1  | ladder3             | ten hoogste € 800,00 (Wi art. 22
            a step of nothing                                         | 0;250;500   | 24 | 50;25;25  | 75  | 20  | 1  | ladder1             | meer dan € 0,00
            a ladder that goes down at a repeat                       | 250;100;500 | 24 | 50;25;25  | 75  | 20  | 1  | ladder2             | Trede 2 is niet lager dan trede 1
            equal steps are a ladder that does not go down            | 250;250;250 | 24 | 50;25;25  | 75  | 20  | 1  | -                   | -
            no second chance at all                                   | 100;250;500 | 0  | 50;25;25  | 75  | 20  | 1  | secondChanceMonths  | 1 tot en met 60 maanden
            a second chance beyond the five-year lapse                | 100;250;500 | 61 | 50;25;25  | 75  | 20  | 1  | secondChanceMonths  | Awb art. 5:45
            a reduction of more than everything                       | 100;250;500 | 24 | 50;101;25 | 75  | 20  | 1  | reductionMeans      | 0 tot en met 100
            a negative reduction                                      | 100;250;500 | 24 | -5;25;25  | 75  | 20  | 1  | reductionCulpability | 0 tot en met 100
            a maximum reduction above 100                             | 100;250;500 | 24 | 50;25;25  | 120 | 20  | 1  | maxReductionPercent | 0 tot en met 100
            a Pw measure of nothing                                   | 100;250;500 | 24 | 50;25;25  | 75  | 0   | 1  | pwMeasurePercent    | 1 tot en met 100 procent
            a Pw measure for more than a year                         | 100;250;500 | 24 | 50;25;25  | 75  | 20  | 13 | pwMeasureMonths     | 1 tot en met 12 maanden
            """)
    void policyVersion(String row, String ladder, int secondChance, String reductions, int maxReduction, int pwPercent, int pwMonths,
                       String field, String message) {
        int[] r = Arrays.stream(reductions.split(";")).mapToInt(Integer::parseInt).toArray();
        var p = new EnforcementRules.FinePolicy(LocalDate.of(2027, 1, 1), true, Arrays.stream(ladder.split(";")).map(BigDecimal::new).toList(),
                secondChance, Map.of(Circumstance.REDUCED_CULPABILITY, r[0], Circumstance.LIMITED_MEANS, r[1], Circumstance.CONDUCT_RESTORED, r[2]),
                maxReduction, pwPercent, pwMonths, false);
        Map<String, String> problems = EnforcementRules.policyProblems(p);
        if (field == null) {
            assertThat(problems).as(row).isEmpty();
        } else {
            assertThat(problems).as(row).containsOnlyKeys(field);
            assertThat(problems.get(field)).as(row).contains(message);
        }
    }
}
