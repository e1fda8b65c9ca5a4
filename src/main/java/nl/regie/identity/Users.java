package nl.regie.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.municipality.Municipalities;

/** The accounts of this installation. */
@Service
public class Users {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Municipalities municipalities;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.municipalities = municipalities;
    }

    public Optional<RegieUser> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query(Users::user).optional();
    }

    public List<RegieUser> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY municipality_code, role, username").query(Users::user).list();
    }

    /**
     * The display names of the given accounts, for showing who did something ("vastgelegd door Sanne de Vries"
     * rather than a username); accounts that do not exist (a generator, an import) are left out.
     */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.List<String> distinct = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            java.util.List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN ("
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(new java.util.ArrayList<Object>(chunk))
                    .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> names.put(rs.getString(1), rs.getString(2)));
        }
        return names;
    }

    /** Active consultants and team leads of a municipality: who a dossier can be assigned to. */
    public List<RegieUser> caseworkers(String municipalityCode) {
        return jdbc.sql("""
                        SELECT * FROM app_user WHERE municipality_code = ? AND active = TRUE
                          AND role IN ('CONSULTANT', 'TEAM_LEAD') ORDER BY display_name""")
                .param(municipalityCode).query(Users::user).list();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /** @throws UserProblem with a Dutch message when the account cannot be created as asked */
    @Transactional
    public RegieUser create(NewUser u) {
        if (find(u.username()).isPresent()) {
            throw new UserProblem("username", "Gebruikersnaam '" + u.username() + "' bestaat al.");
        }
        String municipality = u.role().needsMunicipality() ? u.municipalityCode() : null;
        if (municipality != null && !municipalities.exists(municipality)) {
            throw new UserProblem("municipalityCode", "Onbekende gemeente.");
        }
        String organisation = u.role() == Role.CHAIN_PARTNER ? u.organisation().trim() : null;
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, municipality_code,
                            organisation, active, version) VALUES (?, ?, ?, ?, ?, ?, TRUE, 0)""")
                .params(u.username(), u.displayName().trim(), passwords.encode(u.password()), u.role().name(),
                        municipality, organisation)
                .update();
        return find(u.username()).orElseThrow();
    }

    /** Creates the account unless it exists already; used for demo and test accounts. */
    @Transactional
    public void ensure(NewUser u) {
        if (find(u.username()).isEmpty()) {
            create(u);
        }
    }

    /** Blocks or unblocks an account. An administrator cannot block themselves (and so lock everyone out). */
    @Transactional
    public void setActive(String username, boolean active, String byAdmin) {
        if (!active && username.equals(byAdmin)) {
            throw new UserProblem("username", "U kunt uw eigen account niet blokkeren.");
        }
        int n = jdbc.sql("UPDATE app_user SET active = ?, version = version + 1 WHERE username = ?")
                .params(active, username).update();
        if (n == 0) {
            throw new UserProblem("username", "Onbekende gebruiker.");
        }
    }

    private static RegieUser user(ResultSet rs, int n) throws SQLException {
        return new RegieUser(rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("municipality_code"),
                rs.getString("organisation"), rs.getBoolean("active"));
    }

    /** A request about an account that cannot be honoured; the message is Dutch and names the field. */
    public static class UserProblem extends RuntimeException {
        private final String field;

        public UserProblem(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
