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

    /**
     * Consultants and team leads: the people who work in a municipality's dossiers and may change them. Every module
     * asks this one question rather than listing the two roles itself.
     */
    public boolean isCaseworker() {
        return role == Role.CONSULTANT || role == Role.TEAM_LEAD;
    }

}
