package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DossierCountsTest {

    private static Map<String, Long> counts(Object... kv) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void countsOfOneToFourAreHidden() {
        var out = DossierCounts.suppress(counts("a", 0, "b", 3, "c", 4, "d", 5, "e", 40));
        assertThat(out.get("a").shown()).isEqualTo("0");
        assertThat(out.get("b").shown()).isEqualTo("minder dan 5");
        assertThat(out.get("c").shown()).isEqualTo("minder dan 5");
        assertThat(out.get("d").shown()).isEqualTo("5");
        assertThat(out.get("e").shown()).isEqualTo("40");
    }

    @Test
    void aSingleHiddenCellTakesTheSmallestOtherCellWithItSoTheTotalCannotRevealIt() {
        var out = DossierCounts.suppress(counts("a", 2, "b", 12, "c", 7, "d", 0));
        assertThat(out.get("a").suppressed()).isTrue();
        assertThat(out.get("c").suppressed()).isTrue();
        assertThat(out.get("c").shown()).isEqualTo("afgeschermd");
        assertThat(out.get("b").shown()).isEqualTo("12");
        assertThat(out.get("d").shown()).isEqualTo("0");
    }
}
