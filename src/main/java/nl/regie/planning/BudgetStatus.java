package nl.regie.planning;

/**
 * Where a cost range lies against the budget. The screen shows the Dutch text and a symbol, not colour alone
 * (WCAG 1.4.1).
 */
public enum BudgetStatus {
    NO_BUDGET("Geen begroting ingevoerd", "–"),
    /** Even the high scenario fits. */
    WITHIN("Binnen begroting", "✓"),
    /** The expected cost fits, the high scenario does not. */
    AT_RISK("Risico: hoog scenario boven begroting", "!"),
    /** The expected cost is above the budget, the low scenario is not. */
    EXPECTED_OVER("Verwacht boven begroting", "▲"),
    /** Even the low scenario is above the budget. */
    OVER("Boven begroting, ook in het lage scenario", "▲▲");

    private final String dutch;
    private final String symbol;

    BudgetStatus(String dutch, String symbol) {
        this.dutch = dutch;
        this.symbol = symbol;
    }

    public String dutch() {
        return dutch;
    }

    public String symbol() {
        return symbol;
    }

    /** Low ≤ expected ≤ high against the budget; {@code null} budget: nothing entered. */
    public static BudgetStatus of(PlanningForecast.Range cost, Double budget) {
        if (budget == null) {
            return NO_BUDGET;
        }
        if (cost.high() <= budget) {
            return WITHIN;
        }
        if (cost.expected() <= budget) {
            return AT_RISK;
        }
        return cost.low() <= budget ? EXPECTED_OVER : OVER;
    }
}
