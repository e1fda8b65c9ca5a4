package nl.regie.dossier;

/** Why a dossier was closed. */
public enum ClosureReason {
    COMPLETED("Traject afgerond"),
    MOVED("Verhuisd naar een andere gemeente"),
    /** Ontheffing or vrijstelling decided by DUO (Wi 2021 art. 6). */
    EXEMPTION_DUO("Ontheffing of vrijstelling door DUO"),
    EMIGRATED("Geëmigreerd"),
    DECEASED("Overleden");

    private final String dutch;

    ClosureReason(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
