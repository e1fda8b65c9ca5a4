package nl.regie.linking;

/** The two documented file formats of the COA import (docs/coa-import.md). */
public enum ImportFormat {
    CSV("CSV"),
    JSON("JSON");

    private final String dutch;

    ImportFormat(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
