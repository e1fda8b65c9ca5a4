package nl.regie.rules;

/** The kind of residence permit that made the person inburgeringsplichtig; it decides the target group. */
public enum ResidencePermitType {
    /** Verblijfsvergunning asiel (including nareizigers): asielstatushouder. */
    ASYLUM,
    /** Regular permit for family reunification or formation: gezinsmigrant. */
    FAMILY,
    /** Any other regular permit with a non-temporary purpose: overige migrant. */
    OTHER_REGULAR
}
