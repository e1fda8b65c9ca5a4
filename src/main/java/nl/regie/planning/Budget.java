package nl.regie.planning;

/** Begroting: the amount a municipality budgeted for one budget line in one calendar year, in euro cents. */
public record Budget(int year, BudgetLine line, long amountCents, String source, long version, String recordedBy) {
}
