package nl.regie.rules;

/** Doelgroep (Wi 2021 art. 2 en 3): decides which entitlements a newcomer has (rules module, issue 3). */
public enum TargetGroup {
    ASYLUM_PERMIT_HOLDER("Asielstatushouder"),
    FAMILY_MIGRANT("Gezinsmigrant"),
    OTHER_MIGRANT("Overige migrant");

    private final String dutch;

    TargetGroup(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    /** Asylum permit holders arrive through a COA koppeling; other newcomers first appear at BRP registration. */
    public boolean arrivesThroughCoa() {
        return this == ASYLUM_PERMIT_HOLDER;
    }
}
