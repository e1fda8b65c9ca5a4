package nl.regie.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Questions that other modules ask about dossiers without reading anyone's data, and the row lock they may take.
 * The COA import asks which BSNs of a file already have a dossier in the user's municipality, so that reading the
 * same file twice creates nothing twice, and asks it for a whole file at once rather than once per row; the
 * household asks which dossier of the municipality a member's BSN belongs to.
 */
@Service
public class DossierLookup {

    /** BSNs per query: well under the parameter limits of both databases. */
    static final int CHUNK = 500;

    private final JdbcClient jdbc;

    DossierLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code bsns} that have a dossier in the municipality of {@code user}, who must be able to register one. */
    @Transactional(readOnly = true)
    public Set<String> bsnsWithDossier(RegieUser user, Collection<String> bsns) {
        requireCaseworker(user);
        List<String> all = new ArrayList<>(new HashSet<>(bsns));
        Set<String> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> params = new ArrayList<>(chunk.size() + 1);
            params.add(user.municipalityCode());
            params.addAll(chunk);
            found.addAll(jdbc.sql("SELECT bsn FROM dossier WHERE municipality_code = ? AND bsn IN ("
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(params).query(String.class).list());
        }
        return found;
    }

    /**
     * The dossier with this BSN in the municipality of {@code user}; other municipalities are never looked at, so the
     * answer tells nothing about them (used to link a household member to their own dossier).
     */
    @Transactional(readOnly = true)
    public Optional<UUID> dossierWithBsn(RegieUser user, String bsn) {
        requireCaseworker(user);
        return jdbc.sql("SELECT id FROM dossier WHERE municipality_code = ? AND bsn = ?")
                .params(user.municipalityCode(), bsn).query(UUID.class).optional();
    }

    /**
     * Locks the dossier's row until the calling transaction ends, for a module whose change must not interleave with
     * another change of the same dossier (two people adding a partner at once, a withdrawal racing an upload): the
     * second waits and then sees the first one's work. Must be called inside a transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lock(UUID dossierId) {
        jdbc.sql("SELECT id FROM dossier WHERE id = ? FOR UPDATE").param(dossierId).query(UUID.class).optional();
    }

    private static void requireCaseworker(RegieUser user) {
        DossierAccessPolicy.requireDossierRole(user);
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders van een gemeente registreren dossiers.");
        }
    }
}
