package nl.regie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.dossier.DossierBulkWriter;
import nl.regie.dossier.SignalSweep;
import nl.regie.identity.NewUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;

/**
 * The demo profile: demo accounts (password "demo") and, when Wassenaar has no dossiers yet, synthetic dossiers for the
 * three municipalities of seed 003 (Wassenaar, Voorschoten, Leidschendam-Voorburg).
 */
@Component
class DemoData {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Users users;
    private final DossierBulkWriter writer;
    private final SyntheticDataSet dataSet;
    private final SignalSweep sweep;
    private final Clock clock;
    private final boolean enabled;
    private final int size;
    private final long seed;

    DemoData(Users users, DossierBulkWriter writer, SyntheticDataSet dataSet, SignalSweep sweep, Clock clock,
             @Value("${regie.demo.enabled:false}") boolean enabled,
             @Value("${regie.demo.size:240}") int size,
             @Value("${regie.demo.seed:2021}") long seed) {
        this.users = users;
        this.writer = writer;
        this.dataSet = dataSet;
        this.sweep = sweep;
        this.clock = clock;
        this.enabled = enabled;
        this.size = size;
        this.seed = seed;
    }

    /** The demo accounts named in the README. Demo passwords are short on purpose; real accounts need 12+ characters. */
    static final List<NewUser> ACCOUNTS = List.of(
            new NewUser("consulent", "Sanne de Vries", Role.CONSULTANT, "0629", null, PASSWORD),
            new NewUser("consulent2", "Youssef Bakkali", Role.CONSULTANT, "0626", null, PASSWORD),
            new NewUser("consulent3", "Marieke Jansen", Role.CONSULTANT, "0629", null, PASSWORD),
            new NewUser("consulent4", "Pieter van Dam", Role.CONSULTANT, "1916", null, PASSWORD),
            new NewUser("teamleider", "Ingrid Bos", Role.TEAM_LEAD, "0629", null, PASSWORD),
            new NewUser("beleid", "Ruben Smit", Role.POLICY_OFFICER, "0629", null, PASSWORD),
            new NewUser("partner", "Ellen Kok", Role.CHAIN_PARTNER, null, "Taalschool De Brug", PASSWORD),
            new NewUser("admin", "Functioneel beheer", Role.FUNCTIONAL_ADMIN, null, null, PASSWORD));

    static List<SyntheticDossiers.Target> targets() {
        return List.of(
                new SyntheticDossiers.Target("0629", 0.40, List.of("consulent", "consulent3")),
                new SyntheticDossiers.Target("0626", 0.25, List.of("consulent2")),
                new SyntheticDossiers.Target("1916", 0.35, List.of("consulent4")));
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!enabled) {
            return;
        }
        ACCOUNTS.forEach(users::ensure);
        if (writer.anyDossierIn("0629")) {
            log.info("Demodata: database bevat al dossiers; niets gegenereerd.");
            return;
        }
        long start = System.nanoTime();
        dataSet.load(seed, size, 2000, targets(), "demo-generator");
        log.info("Demodata: {} synthetische dossiers aangemaakt in {} ms (seed {}).", size,
                (System.nanoTime() - start) / 1_000_000, seed);
        SignalSweep.Result r = sweep.sweep(LocalDate.now(clock));
        log.info("Demodata: {} signalen berekend.", r.signals());
    }
}
