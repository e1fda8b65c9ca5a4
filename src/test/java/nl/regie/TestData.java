package nl.regie;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import nl.regie.dossier.NewDossier;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.rules.TargetGroup;
import nl.regie.identity.NewUser;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.shared.Bsn;

/**
 * Test accounts and dossiers. Tests never assume an empty database: on PostgreSQL all test contexts share one,
 * so every dossier gets a fresh BSN from a range the demo generator does not use.
 */
@Component
public class TestData {

    public static final String PASSWORD = "test-wachtwoord-123";
    public static final String CONSULTANT_WASSENAAR = "t-consulent-wsn";
    public static final String CONSULTANT_VOORSCHOTEN = "t-consulent-vst";
    public static final String TEAM_LEAD_WASSENAAR = "t-teamleider-wsn";
    public static final String POLICY_OFFICER_WASSENAAR = "t-beleid-wsn";
    public static final String CHAIN_PARTNER = "t-partner";
    public static final String ADMIN = "t-admin";
    /**
     * A municipality code no test ever creates, for tests of the "unknown municipality" message. Test fixtures
     * that make municipalities of their own draw from 9000-9998 (CohortFixture), never this one.
     */
    public static final String UNKNOWN_MUNICIPALITY = "9999";

    private final Users users;
    private final RegisteringDossier registering;

    TestData(Users users, RegisteringDossier registering) {
        this.users = users;
        this.registering = registering;
        for (NewUser u : List.of(
                new NewUser(CONSULTANT_WASSENAAR, "Test Consulent Wassenaar", Role.CONSULTANT, "0629", null, PASSWORD),
                new NewUser(CONSULTANT_VOORSCHOTEN, "Test Consulent Voorschoten", Role.CONSULTANT, "0626", null, PASSWORD),
                new NewUser(TEAM_LEAD_WASSENAAR, "Test Teamleider Wassenaar", Role.TEAM_LEAD, "0629", null, PASSWORD),
                new NewUser(POLICY_OFFICER_WASSENAAR, "Test Beleid Wassenaar", Role.POLICY_OFFICER, "0629", null, PASSWORD),
                new NewUser(CHAIN_PARTNER, "Test Taalaanbieder", Role.CHAIN_PARTNER, null, "Taalschool Test", PASSWORD),
                new NewUser(ADMIN, "Test Beheerder", Role.FUNCTIONAL_ADMIN, null, null, PASSWORD))) {
            synchronized (TestData.class) {
                users.ensure(u);
            }
        }
    }

    public RegieUser user(String username) {
        return users.find(username).orElseThrow();
    }

    /**
     * Where the next {@link #freshBsn()} starts: a random place per test run, so a PostgreSQL database that keeps an
     * earlier run's rows is unlikely to have it; within a run the numbers only go up, so two tests never draw the same
     * BSN (drawing at random, a run's few hundred BSNs in one municipality collided about once in 250 runs).
     */
    private static final AtomicInteger NEXT_BSN_PREFIX = new AtomicInteger(ThreadLocalRandom.current().nextInt(90_000_000, 99_000_000));

    /** A valid BSN nobody else uses: from 90 000 000 up, where the generator never comes. */
    public static String freshBsn() {
        while (true) {
            int prefix = NEXT_BSN_PREFIX.getAndIncrement();
            if (prefix > 99_999_999) {
                NEXT_BSN_PREFIX.set(90_000_000);
                continue;
            }
            String bsn = Bsn.completeWithCheckDigit(prefix);
            if (bsn != null) {
                return bsn;
            }
        }
    }

    public static NewDossier asylumPermitHolder(String bsn, LocalDate linkedOn) {
        return new NewDossier(null, bsn, "Rasha", "Haddad", LocalDate.of(1990, 5, 17), "SYR", TargetGroup.ASYLUM_PERMIT_HOLDER,
                "ar", true, linkedOn, null, null, null, List.of(), null);
    }

    /** An asylum permit holder of Wassenaar, linked 30 days ago, assigned to the Wassenaar test consultant. */
    public UUID wassenaarDossier() {
        return wassenaarDossierLinkedOn(LocalDate.now().minusDays(30));
    }

    public UUID wassenaarDossierLinkedOn(LocalDate linkedOn) {
        return registering.register(user(CONSULTANT_WASSENAAR), asylumPermitHolder(freshBsn(), linkedOn));
    }

    /** A second Wassenaar consultant: same municipality, not assigned to the test dossiers. */
    public static final String OTHER_CONSULTANT_WASSENAAR = "t-consulent-wsn-2";

    public RegieUser otherConsultantWassenaar() {
        synchronized (TestData.class) {
            users.ensure(new NewUser(OTHER_CONSULTANT_WASSENAAR, "Andere Consulent Wassenaar", Role.CONSULTANT, "0629", null, PASSWORD));
        }
        return user(OTHER_CONSULTANT_WASSENAAR);
    }

    /** A second consultant of Wassenaar, to whom the test dossiers are not assigned (need-to-know tests). */
    public RegieUser secondConsultantWassenaar() {
        synchronized (TestData.class) {
            users.ensure(new NewUser("t-consulent2-wsn", "Tweede Consulent Wassenaar", Role.CONSULTANT, "0629", null, PASSWORD));
        }
        return user("t-consulent2-wsn");
    }

    /** The policy officer of Voorschoten: aggregates and planning of Voorschoten only (tenant tests). */
    public static final String POLICY_OFFICER_VOORSCHOTEN = "t-beleid-vst";

    public RegieUser policyOfficerVoorschoten() {
        synchronized (TestData.class) {
            users.ensure(new NewUser(POLICY_OFFICER_VOORSCHOTEN, "Test Beleid Voorschoten", Role.POLICY_OFFICER, "0626", null, PASSWORD));
        }
        return user(POLICY_OFFICER_VOORSCHOTEN);
    }
}
