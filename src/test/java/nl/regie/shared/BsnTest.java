package nl.regie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BsnTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            111222333 | ok
            123456782 | ok
            999999999 | Dit BSN voldoet niet aan de elfproef; controleer het nummer.
            123456789 | Dit BSN voldoet niet aan de elfproef; controleer het nummer.
            000000000 | Dit BSN voldoet niet aan de elfproef; controleer het nummer.
            12345678  | Een BSN bestaat uit precies 9 cijfers.
            1234567820| Een BSN bestaat uit precies 9 cijfers.
            12345678a | Een BSN bestaat uit precies 9 cijfers.
            ' '       | BSN is verplicht.
            """)
    void elevenTestDecides(String raw, String expected) {
        String problem = Bsn.problemWith(raw);
        assertThat(problem == null ? "ok" : problem).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"11122233", "12345678", "90000001", "10000000"})
    void generatedCheckDigitMakesAValidBsn(int prefix) {
        String bsn = Bsn.completeWithCheckDigit(prefix);
        if (bsn != null) {
            assertThat(Bsn.isValid(bsn)).isTrue();
            assertThat(bsn).startsWith(String.format("%08d", prefix));
        }
    }

    @org.junit.jupiter.api.Test
    void maskedShowsOnlyTheLastThreeDigits() {
        assertThat(Bsn.of("123456782").masked()).isEqualTo("******782");
        assertThat(Bsn.of("123456782").toString()).doesNotContain("123456");
    }
}
