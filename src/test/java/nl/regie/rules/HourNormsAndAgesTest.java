package nl.regie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HourNormsAndAgesTest {

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Z-route for an asylum permit holder: 800 language + 800 participation | Bi art. 3.14 | ASYLUM_PERMIT_HOLDER | 1600
            Z-route for a family migrant: 800 hours, no participation part       | Bi art. 3.14 | FAMILY_MIGRANT       | 800
            Z-route for another migrant: 800 hours                                 | Bi art. 3.14 | OTHER_MIGRANT        | 800
            """)
    void selfRelianceHours(String row, String article, TargetGroup group, int hours) {
        assertThat(HourNorms.selfRelianceTotal(group)).as(row).isEqualTo(hours);
        assertThat(HourNorms.SELF_RELIANCE_LANGUAGE.article()).contains(article);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            afschalen to A2 after 600 hours of language education      | Bi art. 5.5 | LEVEL_DOWNGRADE_THRESHOLD          | 600
            participatieverklaringstraject of at least 12 hours        | Bi art. 3.1 | PARTICIPATION_STATEMENT_PROGRAMME  | 12
            MAP with a practical part of 40 hours                      | Bi art. 3.2 | LABOUR_MARKET_MODULE_PRACTICAL     | 40
            """)
    void hourNorms(String row, String article, HourNorms norm, int hours) {
        assertThat(norm.hours()).as(row).isEqualTo(hours);
        assertThat(norm.article()).as(row).contains(article);
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2} years")
    @CsvSource(delimiter = '|', textBlock = """
            2008-11-23 | 2026-11-23 | 18
            2008-11-24 | 2026-11-23 | 17
            2008-02-29 | 2026-02-28 | 17
            2008-02-29 | 2026-03-01 | 18
            2008-02-29 | 2028-02-29 | 20
            1959-05-01 | 2026-05-01 | 67
            """)
    void ageOnADate(LocalDate birth, LocalDate on, int age) {
        assertThat(Ages.on(birth, on)).isEqualTo(age);
    }

    @ParameterizedTest(name = "born {0}: AOW age reached on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1959-05-01 | 2026-05-01
            1960-12-31 | 2027-12-31
            1961-01-01 | 2028-04-01
            1961-03-10 | 2028-06-10
            """)
    void pensionAge(LocalDate birth, LocalDate reached) {
        assertThat(IntegrationRules.pensionAgeReached(birth)).isEqualTo(reached);
    }
}
