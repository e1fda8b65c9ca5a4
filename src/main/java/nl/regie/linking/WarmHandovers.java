package nl.regie.linking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.shared.ContactLanguage;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Planning and recording the warme overdracht. Recording it as held moves a linked dossier to
 * {@link DossierState#WARM_HANDOVER_HELD} in the same transaction, so the report and the step cannot drift apart.
 */
@Service
public class WarmHandovers {

    static final int MAX_LOCATION = 200;
    static final int MAX_OTHER = 500;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_AGREEMENTS = 2000;

    private final HandoverStore store;
    private final DossierQueries dossiers;
    private final RecordingLifecycleStep steps;
    private final DossierTimeline timeline;
    private final Clock clock;

    WarmHandovers(HandoverStore store, DossierQueries dossiers, RecordingLifecycleStep steps, DossierTimeline timeline, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.steps = steps;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** What the consultant plans: when, where, and whom to invite. */
    public record Plan(LocalDate plannedOn, String location, Set<WarmHandover.Participant> participants,
                       String otherParticipants, String interpreterLanguage) {
    }

    /** What happened: when, who was there, in which language, what was said and agreed. */
    public record Report(LocalDate heldOn, Set<WarmHandover.Participant> participants, String otherParticipants,
                         String interpreterLanguage, String conversationLanguage, String summary, String agreements) {
    }

    /** The dossier and its handover ({@code null} until planned); one read, logged once. */
    public record View(Dossier dossier, WarmHandover handover) {
    }

    @Transactional(readOnly = true)
    public View view(RegieUser user, UUID dossierId) {
        Dossier d = dossiers.get(user, dossierId, "Warme overdracht inzien", Channel.UI);
        return new View(d, store.find(dossierId).orElse(null));
    }

    @Transactional
    public void plan(RegieUser user, UUID dossierId, Plan plan, Map<String, String> typingErrors, Long version) {
        CoaImports.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Warme overdracht plannen", Channel.UI);
        Optional<WarmHandover> existing = store.find(dossierId);
        if (existing.map(WarmHandover::held).orElse(false)) {
            throw new RegieProblem.Conflict("Al gehouden", "De warme overdracht is al vastgelegd als gehouden; er valt niets meer te plannen.");
        }
        if (d.state() != DossierState.LINKED) {
            throw new RegieProblem.Conflict("Niet meer te plannen", "Een warme overdracht wordt gepland zolang het dossier op 'Gekoppeld' staat; dit dossier staat op '"
                    + d.state().dutch() + "'.");
        }
        Map<String, String> p = new LinkedHashMap<>(typingErrors);
        if (plan.plannedOn() == null && !p.containsKey("plannedOn")) {
            p.put("plannedOn", "Vul de datum van de warme overdracht in.");
        } else if (plan.plannedOn() != null && d.dateOf(DossierState.LINKED) != null && plan.plannedOn().isBefore(d.dateOf(DossierState.LINKED))) {
            p.put("plannedOn", "De warme overdracht ligt na de koppeling (" + DutchDates.show(d.dateOf(DossierState.LINKED)) + ").");
        }
        text(p, "location", plan.location(), "Vul de plaats in, bijvoorbeeld het AZC of het gemeentehuis.", MAX_LOCATION);
        participants(p, d, plan.participants(), plan.interpreterLanguage());
        maxLen(p, "otherParticipants", plan.otherParticipants(), MAX_OTHER);
        if (!p.isEmpty()) {
            throw new RegieProblem.InvalidInput(p);
        }
        WarmHandover h = new WarmHandover(dossierId, plan.plannedOn(), plan.location().strip(), plan.participants(),
                trim(plan.otherParticipants()), interpreter(plan.participants(), plan.interpreterLanguage()), null, null, null, null, 0, user.username());
        save(user, h, existing, version);
        timeline.append(user, dossierId, TimelineEvent.EventType.HANDOVER_PLANNED, plan.plannedOn(),
                "Warme overdracht gepland op " + DutchDates.show(plan.plannedOn()) + " (" + h.plannedLocation() + ")", null);
    }

    @Transactional
    public void record(RegieUser user, UUID dossierId, Report r, Map<String, String> typingErrors, Long version) {
        CoaImports.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Warme overdracht vastleggen", Channel.UI);
        Optional<WarmHandover> existing = store.find(dossierId);
        if (existing.map(WarmHandover::held).orElse(false)) {
            throw new RegieProblem.Conflict("Al gehouden", "De warme overdracht is al vastgelegd als gehouden.");
        }
        if (d.state() != DossierState.LINKED && d.state() != DossierState.WARM_HANDOVER_HELD) {
            throw new RegieProblem.Conflict("Niet meer vast te leggen", "Het verslag van de warme overdracht hoort bij de koppeling; dit dossier staat al op '"
                    + d.state().dutch() + "'. Leg bijzonderheden vast in de brede intake.");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> p = new LinkedHashMap<>(typingErrors);
        if (r.heldOn() == null && !p.containsKey("heldOn")) {
            p.put("heldOn", "Vul de datum in waarop de warme overdracht is gehouden.");
        } else if (r.heldOn() != null && r.heldOn().isAfter(today)) {
            p.put("heldOn", "De datum ligt in de toekomst; leg de overdracht vast als die is gehouden, of plan hem hierboven.");
        } else if (r.heldOn() != null && d.dateOf(DossierState.LINKED) != null && r.heldOn().isBefore(d.dateOf(DossierState.LINKED))) {
            p.put("heldOn", "De warme overdracht ligt na de koppeling (" + DutchDates.show(d.dateOf(DossierState.LINKED)) + ").");
        }
        participants(p, d, r.participants(), r.interpreterLanguage());
        maxLen(p, "otherParticipants", r.otherParticipants(), MAX_OTHER);
        String conversation = language(p, "conversationLanguage", r.conversationLanguage(), "Vul de taal van het gesprek in.");
        text(p, "summary", r.summary(), "Vat het gesprek samen: wat vertelde de statushouder, wat viel op?", MAX_SUMMARY);
        maxLen(p, "agreements", r.agreements(), MAX_AGREEMENTS);
        if (!p.isEmpty()) {
            throw new RegieProblem.InvalidInput(p);
        }
        WarmHandover planned = existing.orElse(null);
        WarmHandover h = new WarmHandover(dossierId, planned == null ? null : planned.plannedOn(),
                planned == null ? null : planned.plannedLocation(), r.participants(), trim(r.otherParticipants()),
                interpreter(r.participants(), r.interpreterLanguage()), conversation, r.heldOn(), r.summary().strip(),
                trim(r.agreements()), 0, user.username());
        save(user, h, existing, version);
        if (d.state() == DossierState.LINKED) {
            steps.record(user, dossierId, d.version(), new DossierLifecycle.StepRequest(DossierState.WARM_HANDOVER_HELD,
                    r.heldOn(), null, null), "Verslag warme overdracht vastgelegd");
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.HANDOVER_HELD, r.heldOn(),
                "Warme overdracht gehouden in het " + ContactLanguage.dutchName(conversation)
                        + (h.interpreterLanguage() != null ? ", met tolk" : ", zonder tolk"), null);
    }

    private void save(RegieUser user, WarmHandover h, Optional<WarmHandover> existing, Long version) {
        Long expected = existing.map(WarmHandover::version).orElse(null);
        if (existing.isPresent() && version != null && !version.equals(expected)) {
            throw conflict(existing.get());
        }
        try {
            if (!store.save(h, expected, user.username(), clock.instant())) {
                throw conflict(store.find(h.dossierId()).orElse(null));
            }
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw conflict(null);
        }
    }

    private static RegieProblem.Conflict conflict(WarmHandover now) {
        return new RegieProblem.Conflict("Intussen gewijzigd", "De warme overdracht is intussen gewijzigd"
                + (now == null ? "" : " door " + now.updatedBy()) + ". Er is niets opgeslagen; open de pagina opnieuw.");
    }

    /**
     * The newcomer is always there (it is their handover); someone who needs an interpreter gets one (seed 004:
     * the newcomer must understand what is agreed), and an interpreter's language is named.
     */
    private static void participants(Map<String, String> p, Dossier d, Set<WarmHandover.Participant> who, String interpreterLanguage) {
        Set<WarmHandover.Participant> set = who == null ? EnumSet.noneOf(WarmHandover.Participant.class) : who;
        if (!set.contains(WarmHandover.Participant.NEWCOMER)) {
            p.put("participants", "De statushouder zelf is bij de warme overdracht; vink 'Statushouder' aan.");
        } else if (d.interpreterNeeded() && !set.contains(WarmHandover.Participant.INTERPRETER)) {
            p.put("participants", "Volgens het dossier heeft de statushouder een tolk nodig; vink 'Tolk' aan.");
        }
        if (set.contains(WarmHandover.Participant.INTERPRETER)) {
            language(p, "interpreterLanguage", interpreterLanguage, "Vul de taal van de tolk in.");
        } else if (interpreterLanguage != null && !interpreterLanguage.isBlank()) {
            p.put("interpreterLanguage", "Een tolktaal hoort bij een tolk; vink 'Tolk' aan of maak dit veld leeg.");
        }
    }

    private static String interpreter(Set<WarmHandover.Participant> who, String language) {
        return who.contains(WarmHandover.Participant.INTERPRETER) ? language.strip().toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static String language(Map<String, String> p, String field, String raw, String missing) {
        if (raw == null || raw.isBlank()) {
            p.put(field, missing + " Gebruik een taalcode van twee letters, zoals ar, ti of nl.");
            return null;
        }
        String code = raw.strip().toLowerCase(java.util.Locale.ROOT);
        String problem = ContactLanguage.problemWith(code);
        if (problem != null) {
            p.put(field, problem);
            return null;
        }
        return code;
    }

    private static void text(Map<String, String> p, String field, String value, String missing, int max) {
        if (value == null || value.isBlank()) {
            p.put(field, missing);
        } else {
            maxLen(p, field, value, max);
        }
    }

    private static void maxLen(Map<String, String> p, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            p.put(field, "Hoogstens " + max + " tekens (nu " + value.strip().length() + ").");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
