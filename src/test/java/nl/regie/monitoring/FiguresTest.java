package nl.regie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Small-number suppression of counts, percentages and medians. */
class FiguresTest {

    @ParameterizedTest(name = "{0} dossiers → {1}")
    @CsvSource({
            "0, 0, false",
            "1, minder dan 5, true",
            "4, minder dan 5, true",
            "5, 5, false",
            "1234, 1234, false"})
    void countsOfOneToFourAreHidden(long n, String shown, boolean suppressed) {
        assertThat(Figures.count(n).text()).isEqualTo(shown);
        assertThat(Figures.count(n).suppressed()).isEqualTo(suppressed);
        assertThat(Figures.count(n).value()).isEqualTo(suppressed ? null : (double) n);
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0 | geen gegevens | false",   // nothing recorded: never shown as 0
            "0 | 4 | minder dan 5 dossiers | true",
            "4 | 4 | minder dan 5 dossiers | true",
            "0 | 5 | 0,0% | false",            // a real zero behind five dossiers
            "5 | 5 | 100,0% | false",
            "3 | 40 | afgeschermd | true",     // 7,5% of 40 would reveal a group of three
            "11 | 16 | 68,8% | false",         // 68.75 rounds half up
            "2 | 3 | minder dan 5 dossiers | true"})
    void percentagesNeedFiveDossiersBehindThemAndNoSmallNumerator(long num, long den, String shown, boolean suppressed) {
        Figures.Cell c = Figures.share(num, den);
        assertThat(c.text()).isEqualTo(shown);
        assertThat(c.suppressed()).isEqualTo(suppressed);
    }

    @Test
    void mediansNeedFiveDossiers() {
        assertThat(Figures.measure(40.0, 4, "dagen").text()).isEqualTo("minder dan 5 dossiers");
        assertThat(Figures.measure(40.0, 5, "dagen").text()).isEqualTo("40,0 dagen");
        assertThat(Figures.measure(null, 0, "dagen").text()).isEqualTo("geen gegevens");
    }

    @Test
    void oneHiddenCellInAColumnHidesTheNextSmallestSoTheTotalCannotRevealIt() {
        Map<String, Long> raw = new LinkedHashMap<>();
        raw.put("asiel", 20L);
        raw.put("gezin", 3L);
        raw.put("overig", 7L);
        Map<String, Figures.Cell> cells = Figures.counts(raw);
        // Total 30 shown: 30 − 20 − 7 would give the 3 away, so 7 (the smallest other non-zero cell) goes too.
        assertThat(cells.get("gezin").text()).isEqualTo("minder dan 5");
        assertThat(cells.get("overig").text()).isEqualTo("afgeschermd");
        assertThat(cells.get("asiel").text()).isEqualTo("20");
        assertThat(Figures.total(raw).text()).isEqualTo("30");
    }

    @Test
    void twoHiddenCellsNeedNoSecondarySuppression() {
        Map<String, Long> raw = new LinkedHashMap<>();
        raw.put("a", 2L);
        raw.put("b", 3L);
        raw.put("c", 9L);
        Map<String, Figures.Cell> cells = Figures.counts(raw);
        assertThat(cells.get("c").text()).isEqualTo("9");
        assertThat(cells.get("a").suppressed()).isTrue();
        assertThat(cells.get("b").suppressed()).isTrue();
    }
}
