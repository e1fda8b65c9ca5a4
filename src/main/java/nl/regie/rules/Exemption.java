package nl.regie.rules;

/** A reason why a person is not (yet) inburgeringsplichtig, with the article that says so. */
public record Exemption(ExemptionCode code, String article, String explanation) {

    public enum ExemptionCode {
        EU_EEA_SWISS_NATIONAL,
        TEMPORARY_RESIDENCE_PURPOSE,
        EIGHT_YEARS_COMPULSORY_SCHOOL_AGE,
        QUALIFYING_DUTCH_DIPLOMA,
        AGE_OUTSIDE_RANGE,
        STILL_COMPULSORY_SCHOOL_AGE
    }
}
