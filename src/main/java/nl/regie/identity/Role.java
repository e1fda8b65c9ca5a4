package nl.regie.identity;

/**
 * What a user may do. Roles are exclusive: one account, one role (a person with two roles has two accounts,
 * so that every log line says in which capacity something was done).
 */
public enum Role {
    /** Klantmanager / consulent inburgering: the dossiers of their own municipality. */
    CONSULTANT("Consulent", true),
    /** Teamleider: all dossiers of their own municipality; reassigns caseload. */
    TEAM_LEAD("Teamleider", true),
    /** Beleidsmedewerker: aggregates of their own municipality only, never person-level data. */
    POLICY_OFFICER("Beleidsmedewerker", true),
    /** Ketenpartner (e.g. a language provider): only dossiers referred to its organisation. */
    CHAIN_PARTNER("Ketenpartner", false),
    /** Functioneel beheerder: users and policy settings, no dossier content. */
    FUNCTIONAL_ADMIN("Functioneel beheerder", false);

    private final String dutch;
    private final boolean needsMunicipality;

    Role(String dutch, boolean needsMunicipality) {
        this.dutch = dutch;
        this.needsMunicipality = needsMunicipality;
    }

    public String dutch() {
        return dutch;
    }

    /** Whether an account with this role belongs to one municipality (tenant). */
    public boolean needsMunicipality() {
        return needsMunicipality;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
