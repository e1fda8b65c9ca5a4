package nl.regie.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.shared.ContactLanguage;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Recording the brede intake (Wi 2021 art. 14): conversations, one leefgebied at a time, leerbaarheidstoets results and
 * the nulmeting/eindmeting. Each method is one use case in one transaction: the dossier is read through
 * {@link DossierQueries#get} (tenant rule, access log), the user must be a consultant or team lead of the dossier's
 * municipality, the special categories need {@link SpecialCategoryAccess}, and every change appends a timeline event
 * whose summary holds no health content.
 */
@Service
public class RecordingIntake {

    private final IntakeStore store;
    private final DossierQueries dossiers;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingIntake(IntakeStore store, DossierQueries dossiers, DossierTimeline timeline, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** What saving a leefgebied did: the version now current, and whether it is new (unchanged answers add none). */
    public record Saved(int versionNo, boolean changed) {
    }

    @Transactional
    public void recordConversation(RegieUser user, UUID dossierId, NewConversation c) {
        Dossier d = writable(user, dossierId, "Brede intake: gesprek vastleggen");
        Map<String, String> p = new LinkedHashMap<>();
        pastDate(p, "heldOn", c.heldOn(), "Vul de datum van het gesprek in.", d);
        if (c.kind() == null) {
            p.put("kind", "Kies het soort gesprek.");
        }
        if (c.interpreterUsed() == null) {
            p.put("interpreterUsed", "Geef aan of er een tolk bij het gesprek was.");
        } else if (c.interpreterUsed()) {
            if (c.interpreterLanguage() == null || c.interpreterLanguage().isBlank()) {
                p.put("interpreterLanguage", "Kies de taal waarin de tolk vertaalde.");
            } else if (ContactLanguage.problemWith(c.interpreterLanguage()) != null) {
                p.put("interpreterLanguage", ContactLanguage.problemWith(c.interpreterLanguage()));
            }
        } else if (c.interpreterLanguage() != null && !c.interpreterLanguage().isBlank()) {
            p.put("interpreterLanguage", "Zonder tolk hoort er geen tolktaal bij; kies 'ja' bij tolk of maak de taal leeg.");
        }
        required(p, "participants", c.participants(), "Vul in wie er bij het gesprek waren.", 500);
        max(p, "notes", c.notes(), 2000);
        if (!p.isEmpty()) {
            throw new RegieProblem.InvalidInput(p);
        }
        NewConversation clean = new NewConversation(c.heldOn(), c.kind(), c.interpreterUsed(),
                c.interpreterUsed() ? c.interpreterLanguage().trim() : null, c.participants().trim(),
                c.domainsDiscussed(), blankToNull(c.notes()));
        store.insertConversation(dossierId, clean, user.username(), clock.instant());
        timeline.append(user, dossierId, EventType.INTAKE_CONVERSATION, c.heldOn(), c.kind().dutch()
                + (c.interpreterUsed() ? ", met tolk (" + ContactLanguage.dutchName(clean.interpreterLanguage()) + ")" : ""), null);
    }

    /**
     * Saves one leefgebied as a new version. {@code basedOnVersion} is the version the user edited (0 for the first);
     * when a colleague saved a newer one meanwhile, nothing is written and a conflict is reported.
     */
    @Transactional
    public Saved saveDomain(RegieUser user, UUID dossierId, LifeDomain domain, Map<String, String> answers, int basedOnVersion) {
        Dossier d = writable(user, dossierId, "Brede intake: leefgebied " + domain.dutch() + " vastleggen");
        if (domain.specialCategory()) {
            SpecialCategoryAccess.require(user, d);
        }
        DomainCheck.Result r = DomainCheck.check(domain, answers);
        if (!r.problems().isEmpty()) {
            throw new RegieProblem.InvalidInput(r.problems());
        }
        int latest = store.latestDomainVersion(dossierId, domain);
        if (latest != basedOnVersion) {
            throw changedMeanwhile(domain.dutch());
        }
        if (latest > 0) {
            var current = store.domainVersions(dossierId, domain, domain.specialCategory()).getOrDefault(domain, java.util.List.of());
            if (!current.isEmpty() && current.get(0).values().equals(r.values())) {
                return new Saved(latest, false);
            }
        }
        int next = latest + 1;
        try {
            store.insertDomainVersion(dossierId, domain, next, r.values(), user.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw changedMeanwhile(domain.dutch());
        }
        // The timeline is read by everyone who may read the dossier: a special leefgebied is not even named there.
        String summary = domain.specialCategory()
                ? "Afgeschermd leefgebied (bijzondere persoonsgegevens) vastgelegd, versie " + next
                : "Leefgebied " + domain.dutch() + " vastgelegd, versie " + next;
        timeline.append(user, dossierId, EventType.INTAKE_DOMAIN_RECORDED, null, summary, null);
        return new Saved(next, true);
    }

    @Transactional
    public void recordLearnabilityTest(RegieUser user, UUID dossierId, NewLearnabilityTest t) {
        Dossier d = writable(user, dossierId, "Brede intake: leerbaarheidstoets vastleggen");
        Map<String, String> p = new LinkedHashMap<>();
        // The test may be taken in the AZC before the municipality's dossier starts (seed 004 note 11): only the
        // future is refused.
        pastDate(p, "takenOn", t.takenOn(), "Vul de datum van de toets in.", null);
        required(p, "provider", t.provider(), "Vul in welke organisatie de toets afnam.", 200);
        if (t.advisedRoute() == null) {
            p.put("advisedRoute", "Kies de leerroute die de toets adviseert.");
        }
        max(p, "score", t.score(), 50);
        max(p, "remarks", t.remarks(), 2000);
        if (!p.isEmpty()) {
            throw new RegieProblem.InvalidInput(p);
        }
        store.insertLearnabilityTest(dossierId, new NewLearnabilityTest(t.takenOn(), t.provider().trim(), t.advisedRoute(),
                blankToNull(t.score()), blankToNull(t.remarks())), user.username(), clock.instant());
        timeline.append(user, dossierId, EventType.LEARNABILITY_TEST_RECORDED, t.takenOn(),
                "Leerbaarheidstoets (" + t.provider().trim() + "): advies " + t.advisedRoute().dutch(), null);
    }

    /**
     * Records a nulmeting or eindmeting as a new version of that kind. A user without access to special categories may
     * not send health scores (403); the health scores of the previous version are carried over unchanged, so their
     * save neither reveals nor erases them.
     */
    @Transactional
    public int recordMeasurement(RegieUser user, UUID dossierId, NewMeasurement m, int basedOnVersion) {
        Dossier d = writable(user, dossierId, "Brede intake: meting vastleggen");
        boolean special = SpecialCategoryAccess.allows(user, d);
        Map<ZrmDomain, Integer> scores = m.scores() == null ? Map.of() : m.scores();
        if (!special && scores.keySet().stream().anyMatch(ZrmDomain::specialCategory)) {
            throw new RegieProblem.Forbidden(SpecialCategoryAccess.SHIELDED);
        }
        Map<String, String> p = new LinkedHashMap<>();
        if (m.kind() == null) {
            p.put("kind", "Kies nulmeting of eindmeting.");
        }
        pastDate(p, "measuredOn", m.measuredOn(), "Vul de datum van de meting in.", d);
        var baseline = store.measurements(dossierId, false).stream()
                .filter(x -> x.kind() == MeasurementKind.BASELINE).findFirst();
        if (m.kind() == MeasurementKind.FINAL) {
            if (baseline.isEmpty()) {
                p.put("kind", "Leg eerst de nulmeting vast; de eindmeting wordt daarmee vergeleken.");
            } else if (m.measuredOn() != null && !p.containsKey("measuredOn") && m.measuredOn().isBefore(baseline.get().measuredOn())) {
                p.put("measuredOn", "De eindmeting ligt vóór de nulmeting (" + DutchDates.show(baseline.get().measuredOn()) + ").");
            }
        }
        if (m.ladderStep() == null) {
            p.put("ladderStep", "Kies de trede op de participatieladder.");
        } else if (m.ladderStep() < 1 || m.ladderStep() > 6) {
            p.put("ladderStep", ParticipationLadderStep.OUT_OF_RANGE);
        }
        for (ZrmDomain z : ZrmDomain.values()) {
            Integer s = scores.get(z);
            if (s == null) {
                if (!z.specialCategory()) {
                    p.put(z.fieldName(), "Geef een ZRM-score voor " + z.dutch() + " (1 tot en met 5).");
                }
            } else if (s < 1 || s > 5) {
                p.put(z.fieldName(), "ZRM " + z.dutch() + ": een ZRM-score is 1 tot en met 5.");
            }
        }
        if (!p.isEmpty()) {
            throw new RegieProblem.InvalidInput(p);
        }
        int latest = store.latestMeasurementVersion(dossierId, m.kind());
        if (latest != basedOnVersion) {
            throw changedMeanwhile(m.kind().dutch());
        }
        Map<ZrmDomain, Integer> toStore = new EnumMap<>(ZrmDomain.class);
        toStore.putAll(scores);
        if (!special && latest > 0) {
            toStore.putAll(store.specialScores(dossierId, m.kind(), latest));
        }
        int next = latest + 1;
        try {
            store.insertMeasurement(dossierId, m.kind(), next, m.measuredOn(), m.ladderStep(), toStore, user.username(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw changedMeanwhile(m.kind().dutch());
        }
        timeline.append(user, dossierId, EventType.MEASUREMENT_RECORDED, m.measuredOn(), m.kind().dutch()
                + (next > 1 ? " gewijzigd (versie " + next + ")" : " vastgelegd") + ": participatieladder "
                + ParticipationLadderStep.of(m.ladderStep()).label().toLowerCase(java.util.Locale.ROOT), null);
        return next;
    }

    private Dossier writable(RegieUser user, UUID dossierId, String purpose) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders leggen de brede intake vast.");
        }
        Dossier d = dossiers.get(user, dossierId, purpose, Channel.UI);
        if (d.state() == DossierState.CLOSED) {
            throw new RegieProblem.Conflict("Dossier gesloten", "Dit dossier is gesloten; de brede intake kan niet meer worden aangevuld.");
        }
        return d;
    }

    /** A date that must be given and may not lie in the future, nor (when a dossier is given) before the dossier began. */
    private void pastDate(Map<String, String> p, String field, LocalDate date, String missing, Dossier d) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            p.put(field, missing);
        } else if (date.isAfter(today)) {
            p.put(field, "De datum ligt in de toekomst; vandaag is " + DutchDates.show(today) + ".");
        } else if (d != null) {
            LocalDate start = d.stepDates().values().stream().min(LocalDate::compareTo).orElse(null);
            if (start != null && date.isBefore(start)) {
                p.put(field, "De datum ligt vóór het begin van het dossier (" + DutchDates.show(start) + ").");
            }
        }
    }

    private static void required(Map<String, String> p, String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            p.put(field, message);
        } else {
            max(p, field, value, max);
        }
    }

    private static void max(Map<String, String> p, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            p.put(field, "Maximaal " + max + " tekens (nu " + value.trim().length() + ").");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static RegieProblem.Conflict changedMeanwhile(String what) {
        return new RegieProblem.Conflict("Intussen gewijzigd", "'" + what + "' is intussen door een collega opgeslagen. "
                + "Uw wijziging is niet opgeslagen; laad de pagina opnieuw en voer haar opnieuw in.");
    }
}
