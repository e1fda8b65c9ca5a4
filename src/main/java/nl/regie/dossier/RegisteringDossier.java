package nl.regie.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.municipality.Municipalities;
import nl.regie.shared.RegieProblem;

/**
 * Opens a dossier: at the COA koppeling for an asylum permit holder, at BRP registration for other newcomers.
 * All checks happen before the single transaction writes anything.
 */
@Service
public class RegisteringDossier {

    private final DossierStore store;
    private final Users users;
    private final Municipalities municipalities;
    private final DossierLaw law;
    private final Clock clock;

    RegisteringDossier(DossierStore store, Users users, Municipalities municipalities, DossierLaw law, Clock clock) {
        this.store = store;
        this.users = users;
        this.municipalities = municipalities;
        this.law = law;
        this.clock = clock;
    }

    /**
     * Everything wrong with a new dossier, without writing anything: the form shows all problems at once,
     * also when some fields could not even be read.
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(RegieUser user, NewDossier d) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (d.municipalityCode() != null && !d.municipalityCode().isBlank()) {
            if (!municipalities.exists(d.municipalityCode().trim())) {
                problems.put("municipalityCode", "Onbekende gemeentecode '" + d.municipalityCode().trim()
                        + "'; gebruik de CBS-gemeentecode van vier cijfers, zoals 0629.");
            } else if (!d.municipalityCode().trim().equals(user.municipalityCode())) {
                problems.put("municipalityCode", "U kunt alleen dossiers aanmaken voor uw eigen gemeente ("
                        + user.municipalityCode() + ").");
            }
        }
        problems.putAll(NewDossierCheck.problems(d, LocalDate.now(clock)));
        String consultant = consultantFor(user, d);
        if (consultant != null && users.caseworkers(user.municipalityCode()).stream().noneMatch(u -> u.username().equals(consultant))) {
            problems.putIfAbsent("consultantUsername", "'" + consultant + "' is geen actieve consulent van uw gemeente.");
        }
        if (!problems.containsKey("bsn") && d.bsn() != null && store.bsnTaken(user.municipalityCode(), d.bsn().trim())) {
            problems.put("bsn", "Er is in uw gemeente al een dossier met dit BSN.");
        }
        return problems;
    }

    private static String consultantFor(RegieUser user, NewDossier d) {
        return d.consultantUsername() == null || d.consultantUsername().isBlank()
                ? (user.role() == Role.CONSULTANT ? user.username() : null)
                : d.consultantUsername().trim();
    }

    @Transactional
    public UUID register(RegieUser user, NewDossier d) {
        return register(user, d, null);
    }

    /**
     * As {@link #register(RegieUser, NewDossier)}, with {@code source} as the reason on the timeline (such as the
     * COA import); {@code null} for the default (koppeling or BRP registration).
     */
    @Transactional
    public UUID register(RegieUser user, NewDossier d, String source) {
        DossierAccessPolicy.requireDossierRole(user);
        if (user.role() == Role.CHAIN_PARTNER) {
            throw new RegieProblem.Forbidden("Een ketenpartner kan geen dossiers aanmaken.");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = problems(user, d);
        String consultant = consultantFor(user, d);
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        Map<DossierState, LocalDate> dates = new EnumMap<>(DossierState.class);
        if (d.linkedOn() != null) {
            dates.put(DossierState.LINKED, d.linkedOn());
        }
        if (d.housedOn() != null) {
            dates.put(DossierState.HOUSED, d.housedOn());
        }
        if (d.brpRegisteredOn() != null) {
            dates.put(DossierState.BRP_REGISTERED, d.brpRegisteredOn());
        }
        DossierState state = d.brpRegisteredOn() != null ? DossierState.BRP_REGISTERED
                : d.housedOn() != null ? DossierState.HOUSED : DossierState.LINKED;
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            store.insert(new DossierStore.Row(id, user.municipalityCode(), d.bsn().trim(), d.givenNames().trim(),
                    d.familyName().trim(), d.birthDate(), d.nationality(), d.targetGroup(), d.contactLanguage(),
                    d.interpreterNeeded(), state, consultant, dates, null, null, now, d.householdMembers(), d.coaProfile(), null));
        } catch (DuplicateKeyException e) {
            // Another request registered the same BSN between our check and our insert.
            throw new RegieProblem.InvalidInput("bsn", "Er is in uw gemeente al een dossier met dit BSN.");
        }
        List<DossierStore.NewEvent> events = new ArrayList<>();
        events.add(new DossierStore.NewEvent(id, now, user.username(), TimelineEvent.EventType.DOSSIER_CREATED,
                dates.values().stream().min(LocalDate::compareTo).orElse(today),
                "Dossier aangemaakt (" + d.targetGroup().dutch().toLowerCase() + ", status " + state.dutch() + ")",
                source != null ? source : d.targetGroup().arrivesThroughCoa() ? "Koppeling door het COA" : "Inschrijving in de BRP"));
        if (consultant != null) {
            events.add(new DossierStore.NewEvent(id, now, user.username(), TimelineEvent.EventType.CONSULTANT_ASSIGNED,
                    null, "Consulent: " + consultant, null));
        }
        store.appendEvents(events);
        law.refresh(id);
        return id;
    }
}
