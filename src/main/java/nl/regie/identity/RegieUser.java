package nl.regie.identity;

import java.io.Serializable;

/**
 * An account as the rest of Regie sees it: who, in which role, for which municipality or organisation.
 * Never carries the password hash.
 */
public record RegieUser(
        String username,
        String displayName,
        Role role,
        String municipalityCode,
        String organisation,
        boolean active) implements Serializable {

    public boolean is(Role r) {
        return role == r;
    }

    /** Consultants and team leads work with person-level dossier data of their own municipality. */
    public boolean worksWithDossiers() {
        return role == Role.CONSULTANT || role == Role.TEAM_LEAD || role == Role.CHAIN_PARTNER;
    }
}
