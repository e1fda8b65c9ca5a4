package nl.regie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.regie.rules.FinancialReliefRules.Charge;

class FinancialReliefRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            asylum permit holder on bijstand                     | ASYLUM_PERMIT_HOLDER | 2026-03-01 | -                     | false | true  | -
            asylum holder, household records bijstand            | ASYLUM_PERMIT_HOLDER | 2026-03-01 | Bijstand              | true  | true  | -
            family migrant: art. 56a is for asylum permits only  | FAMILY_MIGRANT       | 2026-03-01 | -                     | false | false | alleen voor asielstatushouders
            other migrant: refused                               | OTHER_MIGRANT        | 2026-03-01 | -                     | false | false | alleen voor asielstatushouders
            no bijstand recorded: refused, says where to record  | ASYLUM_PERMIT_HOLDER | -          | -                     | false | false | Recht op bijstand sinds
            household says own income: refused                   | ASYLUM_PERMIT_HOLDER | 2026-03-01 | Eigen inkomen of werk | false | false | kan alleen bij bijstand
            """)
    void eligibility(String row, TargetGroup group, LocalDate benefitStart, String income, boolean incomeIsBenefit, boolean allowed,
                     String reasonContains) {
        var d = FinancialReliefRules.eligibility(group, benefitStart, income, incomeIsBenefit);
        assertThat(d.allowed()).as(row).isEqualTo(allowed);
        assertThat(d.article()).as(row).isEqualTo(Articles.FINANCIAL_RELIEF).contains("56a");
        if (reasonContains != null) {
            assertThat(d.reason()).as(row).contains(reasonContains);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            six months from the 15th: the 14th, six months on      | 2026-03-15 | 6  | 2026-09-14
            six months from the 1st: the last day of the 6th month  | 2026-03-01 | 6  | 2026-08-31
            from 31 August: 28 February (no 31st)                  | 2025-08-31 | 6  | 2026-02-28
            from 31 August in a leap year: 29 February             | 2027-08-31 | 6  | 2028-02-29
            municipality's twelve months                           | 2026-01-10 | 12 | 2027-01-09
            """)
    void endDate(String row, LocalDate start, int months, LocalDate expected) {
        assertThat(FinancialReliefRules.endDate(start, months)).as(row).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            six months more                     | 2026-08-31 | 2027-02-28 | false | -
            one day more                        | 2026-08-31 | 2026-09-01 | false | -
            same end: not an extension          | 2026-08-31 | 2026-08-31 | false | na de huidige einddatum (31-08-2026)
            earlier end: use ending early       | 2026-08-31 | 2026-07-31 | false | na de huidige einddatum
            no date                             | 2026-08-31 | -          | false | nieuwe einddatum
            already ended: cannot be extended   | 2026-08-31 | 2027-02-28 | true  | al beëindigd
            """)
    void extension(String row, LocalDate currentEnd, LocalDate newEnd, boolean ended, String problem) {
        String p = FinancialReliefRules.extensionProblem(currentEnd, newEnd, ended);
        if (problem == null) {
            assertThat(p).as(row).isNull();
        } else {
            assertThat(p).as(row).contains(problem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            halfway                              | 2026-03-01 | 2026-08-31 | 2026-05-31 | false | -
            on the first day                     | 2026-03-01 | 2026-08-31 | 2026-03-01 | false | -
            the day before the planned end       | 2026-03-01 | 2026-08-31 | 2026-08-30 | false | -
            on the planned end: not early        | 2026-03-01 | 2026-08-31 | 2026-08-31 | false | vóór de geplande einddatum (31-08-2026)
            after the end                        | 2026-03-01 | 2026-08-31 | 2026-09-30 | false | vóór de geplande einddatum
            before the start                     | 2026-03-01 | 2026-08-31 | 2026-02-28 | false | vóór de start
            twice                                | 2026-03-01 | 2026-08-31 | 2026-05-31 | true  | al beëindigd
            """)
    void earlyEnd(String row, LocalDate start, LocalDate end, LocalDate lastDay, boolean ended, String problem) {
        String p = FinancialReliefRules.earlyEndProblem(start, end, lastDay, ended);
        if (problem == null) {
            assertThat(p).as(row).isNull();
        } else {
            assertThat(p).as(row).contains(problem);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the textbook example                        | NL91ABNA0417164300       | -
            with spaces and lower case                  | nl91 abna 0417 1643 00   | -
            Belgian IBAN                                | BE68539007547034         | -
            German IBAN                                 | DE89370400440532013000   | -
            one digit changed                           | NL91ABNA0417164301       | controlecijfers
            check digits swapped                        | NL19ABNA0417164300       | controlecijfers
            Dutch IBAN too short                        | NL91ABNA041716430        | 18 tekens
            an old bank account number                  | 417164300                | geen IBAN
            empty                                       | -                        | Vul het IBAN in
            """)
    void iban(String row, String iban, String problem) {
        String p = FinancialReliefRules.ibanProblem(iban);
        if (problem == null) {
            assertThat(p).as(row).isNull();
        } else {
            assertThat(p).as(row).contains(problem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a valid charge                  | Woonstichting | NL91ABNA0417164300 | 12345 | 65000 | 1  | 2026-03 | -       | -
            no creditor                     | -             | NL91ABNA0417164300 | 12345 | 65000 | 1  | 2026-03 | -       | creditorName
            bad IBAN                        | Woonstichting | NL91ABNA0417164301 | 12345 | 65000 | 1  | 2026-03 | -       | creditorIban
            no reference                    | Woonstichting | NL91ABNA0417164300 | -     | 65000 | 1  | 2026-03 | -       | paymentReference
            zero amount                     | Woonstichting | NL91ABNA0417164300 | 12345 | 0     | 1  | 2026-03 | -       | monthlyAmount
            negative amount                 | Woonstichting | NL91ABNA0417164300 | 12345 | -100  | 1  | 2026-03 | -       | monthlyAmount
            due day 29 does not exist in February | Woonstichting | NL91ABNA0417164300 | 12345 | 65000 | 29 | 2026-03 | -  | dueDay
            due day 0                       | Woonstichting | NL91ABNA0417164300 | 12345 | 65000 | 0  | 2026-03 | -       | dueDay
            first month before the relief   | Woonstichting | NL91ABNA0417164300 | 12345 | 65000 | 1  | 2026-02 | -       | validFrom
            last month before the first     | Woonstichting | NL91ABNA0417164300 | 12345 | 65000 | 1  | 2026-05 | 2026-04 | validUntil
            """)
    void charge(String row, String creditor, String iban, String reference, long cents, int dueDay, String from, String until,
                String field) {
        var p = FinancialReliefRules.chargeProblems(creditor, iban, reference, cents, dueDay, YearMonth.parse(from),
                until == null ? null : YearMonth.parse(until), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31));
        if (field == null) {
            assertThat(p).as(row).isEmpty();
        } else {
            assertThat(p).as(row).containsOnlyKeys(field);
        }
    }

    static final LocalDate START = LocalDate.of(2026, 3, 15);
    static final LocalDate END = LocalDate.of(2026, 9, 14);

    static List<Charge> fourCharges() {
        List<Charge> c = new ArrayList<>();
        c.add(new Charge(1, "Huur", "Woonstichting De Duinen", "NL91ABNA0417164300", "HUUR-123", 65_000, 1, YearMonth.of(2026, 3), null));
        c.add(new Charge(2, "Energie", "Energie Direct", "NL20INGB0001234567", "E-77", 12_050, 15, YearMonth.of(2026, 3), null));
        c.add(new Charge(3, "Water", "Dunea", "NL44RABO0123456789", "W-9", 2_275, 20, YearMonth.of(2026, 4), null));
        c.add(new Charge(4, "Zorgverzekering", "Zilveren Kruis", "NL63TRIO0212345678", "ZK-1", 14_800, 28, YearMonth.of(2026, 3),
                YearMonth.of(2026, 6)));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            before the start: nothing                         | 2026-02 | 120000 | false | 0      | 0     | 0 | false
            first month (partial): water not yet due          | 2026-03 | 120000 | true  | 91850  | 28150 | 4 | false
            all four due                                      | 2026-04 | 120000 | true  | 94125  | 25875 | 5 | false
            insurance ended after June                        | 2026-07 | 120000 | true  | 79325  | 40675 | 4 | false
            last month of the relief (end 14 September)       | 2026-09 | 120000 | true  | 79325  | 40675 | 4 | false
            after the end: nothing                            | 2026-10 | 120000 | false | 0      | 0     | 0 | false
            charges equal the benefit: no remainder transfer  | 2026-04 | 94125  | true  | 94125  | 0     | 4 | false
            charges exceed the benefit: warning, no remainder | 2026-04 | 90000  | true  | 94125  | 0     | 4 | true
            """)
    void month(String row, String month, long benefit, boolean active, long withheld, long remainder, int transfers, boolean overdrawn) {
        var m = FinancialReliefRules.month(YearMonth.parse(month), START, END, benefit, fourCharges(), "Rasha Haddad", "NL36INGB0007654321");
        assertThat(m.active()).as(row).isEqualTo(active);
        assertThat(m.withholdingCents()).as(row).isEqualTo(withheld);
        assertThat(m.remainderCents()).as(row).isEqualTo(remainder);
        assertThat(m.payments()).as(row).hasSize(transfers);
        assertThat(m.overdrawn()).as(row).isEqualTo(overdrawn);
        if (overdrawn) {
            assertThat(m.warning()).as(row).contains("hoger dan de uitkering", "€ 941,25", "€ 900,00", "tekort van € 41,25");
        } else {
            assertThat(m.warning()).as(row).isNull();
            assertThat(m.payments().stream().mapToLong(FinancialReliefRules.Payment::amountCents).sum()).as(row)
                    .isEqualTo(active ? benefit : 0);
        }
    }

    @Test
    void paymentsAreOrderedByDueDayWithTheDueDateAndTheRemainderToTheNewcomer() {
        var m = FinancialReliefRules.month(YearMonth.of(2026, 4), START, END, 120_000, fourCharges(), "Rasha Haddad", "NL36INGB0007654321");
        assertThat(m.chargePayments()).extracting(FinancialReliefRules.Payment::dueOn).containsExactly(
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 28));
        var rest = m.payments().get(m.payments().size() - 1);
        assertThat(rest.chargeId()).isNull();
        assertThat(rest.creditorIban()).isEqualTo("NL36INGB0007654321");
        assertThat(rest.reference()).isEqualTo("Restant bijstand april 2026");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            due later than the run: the due date   | 2026-04-15 | 2026-03-28 | 2026-04-15
            due on the day of the run              | 2026-04-15 | 2026-04-15 | 2026-04-15
            due already passed: the day of the run | 2026-04-01 | 2026-04-03 | 2026-04-03
            """)
    void executionDate(String row, LocalDate due, LocalDate produced, LocalDate expected) {
        assertThat(FinancialReliefRules.executionDate(due, produced)).as(row).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} cents")
    @CsvSource(delimiter = '|', textBlock = """
            0        | € 0,00
            5        | € 0,05
            94125    | € 941,25
            123456789 | € 1.234.567,89
            """)
    void euro(long cents, String shown) {
        assertThat(FinancialReliefRules.euro(cents)).isEqualTo(shown);
    }
}
