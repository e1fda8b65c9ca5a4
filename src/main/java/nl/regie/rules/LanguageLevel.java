package nl.regie.rules;

/** Taalniveau of the Common European Framework of Reference (ERK), lowest first, so the order compares levels. */
public enum LanguageLevel {
    A1, A2, B1, B2;

    public boolean atLeast(LanguageLevel other) {
        return compareTo(other) >= 0;
    }
}
