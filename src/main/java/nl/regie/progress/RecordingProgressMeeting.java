package nl.regie.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLaw;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Plans a voortgangsgesprek on an agreed date, and records one as held (per life domain) or as missed. Each change
 * goes on the timeline (never with health content) and recomputes the dossier's signals, in one transaction.
 */
@Service
public class RecordingProgressMeeting {

    static final int TEXT_MAX = 2000;
    static final int REASON_MAX = 1000;
    static final int NOTE_MAX = 500;

    private final DossierQueries dossiers;
    private final Schedules schedules;
    private final ProgressMeetingStore store;
    private final DossierTimeline timeline;
    private final DossierLaw law;
    private final Clock clock;

    RecordingProgressMeeting(DossierQueries dossiers, Schedules schedules, ProgressMeetingStore store,
                             DossierTimeline timeline, DossierLaw law, Clock clock) {
        this.dossiers = dossiers;
        this.schedules = schedules;
        this.store = store;
        this.timeline = timeline;
        this.law = law;
        this.clock = clock;
    }

    /** Moves planned meeting {@code number} to the date agreed with the newcomer. */
    @Transactional
    public void plan(RegieUser user, UUID dossierId, Integer number, LocalDate plannedOn, String note) {
        Schedules.Loaded l = running(user, dossierId, "Voortgangsgesprek plannen");
        Map<String, String> problems = new LinkedHashMap<>();
        MeetingSchedule.PlannedMeeting m = openMeeting(l.schedule(), number, problems);
        LocalDate today = LocalDate.now(clock);
        if (plannedOn == null) {
            problems.putIfAbsent("plannedOn", "Vul de datum in waarop het gesprek is afgesproken.");
        } else if (plannedOn.isBefore(today)) {
            problems.put("plannedOn", "Een afspraak ligt op vandaag of later; leg een gesprek in het verleden vast als gevoerd of gemist.");
        } else if (plannedOn.isAfter(l.schedule().termEnd())) {
            problems.put("plannedOn", "De datum ligt na het einde van de inburgeringstermijn (" + DutchDates.show(l.schedule().termEnd()) + ").");
        }
        String cleanNote = clean(note);
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            problems.put("note", "Maximaal " + NOTE_MAX + " tekens (nu " + cleanNote.length() + ").");
        }
        refuse(problems);
        store.saveAppointment(dossierId, m.number(), plannedOn, cleanNote, user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.PROGRESS_MEETING_PLANNED, plannedOn,
                "Voortgangsgesprek " + m.number() + " gepland op " + DutchDates.show(plannedOn)
                        + " (volgens het ritme " + DutchDates.show(m.byCadence()) + ")", cleanNote);
        law.refresh(dossierId);
    }

    /** Records planned meeting {@code number} as held, with what was discussed and agreed per life domain. */
    @Transactional
    public void held(RegieUser user, UUID dossierId, HeldMeeting h) {
        Schedules.Loaded l = running(user, dossierId, "Voortgangsgesprek vastleggen");
        Dossier d = l.dossier();
        Map<String, String> problems = new LinkedHashMap<>();
        MeetingSchedule.PlannedMeeting m = openMeeting(l.schedule(), h.number(), problems);
        if (h.heldOn() == null) {
            problems.put("heldOn", "Vul de datum van het gesprek in.");
        } else if (h.heldOn().isAfter(LocalDate.now(clock))) {
            problems.put("heldOn", "De datum ligt in de toekomst; leg een gesprek vast als het is gevoerd.");
        } else if (h.heldOn().isBefore(l.schedule().firstPlanDatedOn())) {
            problems.put("heldOn", beforePlan(l));
        }
        List<DomainNote> notes = new ArrayList<>();
        for (DomainNote n : h.notes()) {
            DomainNote c = new DomainNote(n.domain(), clean(n.discussed()), clean(n.agreements()));
            if (c.isEmpty()) {
                continue;
            }
            if (n.domain().specialCategory() && !d.specialCategoriesVisibleTo(user)) {
                problems.put("discussed-" + n.domain().name(),
                        "Alleen de eigen consulent van dit dossier of een teamleider legt gezondheidsinformatie vast.");
            }
            length(problems, "discussed-" + n.domain().name(), c.discussed(), TEXT_MAX);
            length(problems, "agreements-" + n.domain().name(), c.agreements(), TEXT_MAX);
            notes.add(c);
        }
        if (notes.isEmpty()) {
            problems.put("domains", "Leg vast wat er is besproken of afgesproken: vul minstens één leefgebied in.");
        }
        String reason = clean(h.planRevisionReason());
        if (h.planRevisionNeeded() && reason == null) {
            problems.put("planRevisionReason", "Geef aan waarom het PIP herzien moet worden.");
        } else if (!h.planRevisionNeeded() && reason != null) {
            problems.put("planRevisionReason", "Vink 'aanleiding voor PIP-herziening' aan, of laat de reden leeg.");
        } else {
            length(problems, "planRevisionReason", reason, REASON_MAX);
        }
        refuse(problems);
        insert(new ProgressMeetingStore.NewRecord(dossierId, d.municipalityCode(), m.number(), MeetingRecord.Outcome.HELD,
                h.heldOn(), null, null, null, false, reason, user.username(), clock.instant()), notes);
        // The timeline names the domains discussed, never the health domain (special category, AVG art. 9).
        List<String> discussed = notes.stream().map(DomainNote::domain).filter(x -> !x.specialCategory())
                .map(LifeDomain::dutch).toList();
        timeline.append(user, dossierId, TimelineEvent.EventType.PROGRESS_MEETING_HELD, h.heldOn(),
                "Voortgangsgesprek " + m.number() + " gevoerd" + (discussed.isEmpty() ? "" : "; besproken: " + String.join(", ", discussed)),
                null);
        if (reason != null) {
            timeline.append(user, dossierId, TimelineEvent.EventType.PLAN_REVISION_PROMPTED, h.heldOn(),
                    "Aanleiding voor PIP-herziening na voortgangsgesprek " + m.number(), reason);
        }
        law.refresh(dossierId);
    }

    /**
     * Records planned meeting {@code number} as missed. "Niet verschenen zonder geldige reden" is flagged as a
     * possible breach of the PIP obligations, for an enforcement decision by a person later (never automatic).
     */
    @Transactional
    public void missed(RegieUser user, UUID dossierId, MissedMeeting x) {
        Schedules.Loaded l = running(user, dossierId, "Gemist voortgangsgesprek vastleggen");
        Map<String, String> problems = new LinkedHashMap<>();
        MeetingSchedule.PlannedMeeting m = openMeeting(l.schedule(), x.number(), problems);
        if (x.on() == null) {
            problems.put("on", "Vul de datum van het geplande gesprek in.");
        } else if (x.on().isBefore(l.schedule().firstPlanDatedOn())) {
            problems.put("on", beforePlan(l));
        } else if (x.reason() == MissedReason.NO_SHOW && x.on().isAfter(LocalDate.now(clock))) {
            problems.put("on", "Niet verschenen legt u vast op of na de dag van het gesprek.");
        }
        String explanation = clean(x.explanation());
        Boolean valid = x.reason() == MissedReason.NO_SHOW ? x.validReason() : null;
        if (x.reason() == null) {
            problems.put("reason", "Kies waarom het gesprek niet is doorgegaan.");
        } else if (x.reason() == MissedReason.NO_SHOW && valid == null) {
            problems.put("validReason", "Geef aan of er een geldige reden was om niet te verschijnen.");
        } else if (x.reason() == MissedReason.NO_SHOW && valid && explanation == null) {
            problems.put("explanation", "Licht de geldige reden toe.");
        } else if (x.reason() == MissedReason.CANCELLED_BY_NEWCOMER && explanation == null) {
            problems.put("explanation", "Vul de reden van de afzegging in.");
        } else if (x.reason() == MissedReason.CANCELLED_BY_MUNICIPALITY && explanation == null) {
            problems.put("explanation", "Licht toe waarom de gemeente het gesprek heeft geannuleerd.");
        }
        length(problems, "explanation", explanation, REASON_MAX);
        refuse(problems);
        boolean breach = x.reason() == MissedReason.NO_SHOW && !valid;
        insert(new ProgressMeetingStore.NewRecord(dossierId, l.dossier().municipalityCode(), m.number(),
                MeetingRecord.Outcome.MISSED, x.on(), x.reason(), valid, explanation, breach, null, user.username(),
                clock.instant()), List.of());
        // The explanation stays off the timeline: it may name personal circumstances such as illness.
        timeline.append(user, dossierId, TimelineEvent.EventType.PROGRESS_MEETING_MISSED, x.on(),
                "Voortgangsgesprek " + m.number() + " gemist: " + MeetingRecord.missedDutch(x.reason(), valid)
                        + (breach ? " (mogelijke schending, nog te beoordelen)" : ""), null);
        law.refresh(dossierId);
    }

    /** The dossier (access checked and logged) and its schedule, when the caller may record and the PIP runs. */
    private Schedules.Loaded running(RegieUser user, UUID dossierId, String purpose) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders plannen en leggen voortgangsgesprekken vast.");
        }
        Dossier d = dossiers.get(user, dossierId, purpose, Channel.UI);
        if (!ProgressMeetings.mayRecord(user, d)) {
            throw new RegieProblem.Conflict("Gesprek niet mogelijk", "Voortgangsgesprekken horen bij een lopend PIP; dit dossier staat op '"
                    + d.state().dutch() + "'.");
        }
        return schedules.load(d, true).orElseThrow(() -> new RegieProblem.Conflict("Gesprek niet mogelijk",
                "Er is nog geen PIP vastgesteld; de planning van voortgangsgesprekken begint bij de dagtekening van het eerste PIP."));
    }

    private static MeetingSchedule.PlannedMeeting openMeeting(MeetingSchedule s, Integer number, Map<String, String> problems) {
        if (number == null) {
            problems.put("number", "Kies om welk gepland gesprek het gaat.");
            return null;
        }
        var m = s.meeting(number);
        if (m.isEmpty()) {
            problems.put("number", "Gesprek " + number + " staat niet in de planning (1 tot en met " + s.meetings().size() + ").");
            return null;
        }
        if (!m.get().open()) {
            problems.put("number", "Gesprek " + number + " is al vastgelegd (" + m.get().record().outcomeDutch().toLowerCase() + ").");
            return null;
        }
        return m.get();
    }

    private void insert(ProgressMeetingStore.NewRecord r, List<DomainNote> notes) {
        try {
            store.insert(r, notes);
        } catch (DuplicateKeyException e) {
            throw new RegieProblem.Conflict("Gesprek al vastgelegd", "Gesprek " + r.slotNo()
                    + " is intussen door een collega vastgelegd. Er is niets opgeslagen; open de pagina opnieuw.");
        }
    }

    private static String beforePlan(Schedules.Loaded l) {
        return "De datum ligt vóór de dagtekening van het eerste PIP (" + DutchDates.show(l.schedule().firstPlanDatedOn()) + ").";
    }

    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
    }

    private static void length(Map<String, String> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.putIfAbsent(field, "Maximaal " + max + " tekens (nu " + text.length() + ").");
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
