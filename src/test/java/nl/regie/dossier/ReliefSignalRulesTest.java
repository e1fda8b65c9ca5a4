package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.regie.rules.DeadlineCode;

/**
 * The end of financieel ontzorgen is signalled four weeks ahead (whatever the general lead time), until the last day;
 * an arrangement ended early has no deadline and raises nothing.
 */
class ReliefSignalRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ends in 29 days: not yet                    | 29 | 14 | false
            ends in 28 days: four weeks ahead           | 28 | 14 | true
            ends in 19 days: signalled (not only at 14) | 19 | 14 | true
            ends today: still signalled                 | 0  | 14 | true
            ended yesterday: no longer                  | -1 | 14 | false
            a longer general lead time wins             | 40 | 45 | true
            no deadline (no bijstand, or ended early)   | -  | 14 | false
            """)
    void reliefEnding(String row, Integer daysUntilEnd, int leadDays, boolean signalled) {
        Map<DeadlineCode, LocalDate> deadlines = daysUntilEnd == null ? Map.of()
                : Map.of(DeadlineCode.FINANCIAL_RELIEF_UNTIL, TODAY.plusDays(daysUntilEnd));
        var signals = SignalRules.signals(new SignalRules.Input(DossierState.IN_ROUTE, deadlines, null, null), TODAY, leadDays);
        assertThat(signals.stream().anyMatch(s -> s.kind() == Signal.Kind.FINANCIAL_RELIEF_ENDING)).as(row).isEqualTo(signalled);
    }
}
