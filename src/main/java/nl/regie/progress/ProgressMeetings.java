package nl.regie.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierSummary;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.plan.IntegrationPlan;
import nl.regie.shared.RegieProblem;

/** Reading voortgangsgesprekken: a dossier's schedule and records, and a team lead's list of missed meetings. */
@Service
@Transactional(readOnly = true)
public class ProgressMeetings {

    /** Rows on the team lead's list; the list shows possible breaches first, then the most recent. */
    public static final int MISSED_LIMIT = 200;

    private final DossierQueries dossiers;
    private final Schedules schedules;
    private final ProgressMeetingStore store;
    private final SatisfactionStore satisfaction;
    private final AccessLog accessLog;

    ProgressMeetings(DossierQueries dossiers, Schedules schedules, ProgressMeetingStore store, SatisfactionStore satisfaction,
                     AccessLog accessLog) {
        this.dossiers = dossiers;
        this.schedules = schedules;
        this.store = store;
        this.satisfaction = satisfaction;
        this.accessLog = accessLog;
    }

    /**
     * A dossier's planned meetings and what was recorded, as this user may see it.
     *
     * @throws RegieProblem.NotFound  for a dossier of another municipality
     * @throws RegieProblem.Forbidden for roles that see no dossiers (policy officer, functional administrator)
     */
    public ProgressView view(RegieUser user, UUID dossierId) {
        Dossier d = dossiers.get(user, dossierId, "Voortgangsgesprekken", Channel.UI);
        boolean health = d.specialCategoriesVisibleTo(user);
        boolean canRecord = mayRecord(user, d);
        var loaded = schedules.load(d, health);
        List<SatisfactionAnswer> answers = satisfaction.answers(dossierId);
        boolean canAnswer = mayRecordSatisfaction(user, d);
        if (loaded.isEmpty()) {
            return new ProgressView(d, null, null, null, health, false, List.of(), Map.of(), answers, canAnswer);
        }
        Schedules.Loaded l = loaded.get();
        MeetingSchedule schedule = l.schedule();
        boolean healthShown = schedule.meetings().stream().filter(m -> !m.open()).map(MeetingSchedule.PlannedMeeting::record)
                .anyMatch(ProgressMeetings::hasHealthNote) || schedule.outside().stream().anyMatch(ProgressMeetings::hasHealthNote);
        if (healthShown) {
            // Special category data (AVG art. 9) shown: its own line in the access log.
            accessLog.record(user, dossierId, AccessAction.VIEW_HEALTH_NOTES, "Voortgangsgesprekken: gezondheid", Channel.UI);
        }
        Map<Integer, String> notes = new HashMap<>();
        l.appointments().forEach((k, v) -> {
            if (v.note() != null) {
                notes.put(k, v.note());
            }
        });
        return new ProgressView(d, schedule, l.cadence().dutch(), l.policy() == null ? null : l.policy().validFrom(),
                health, canRecord, revisionPrompts(schedule, l.established()), notes, answers, canAnswer);
    }

    /** The team lead's list of missed meetings in their municipality, possible breaches first. */
    public MissedOverview missed(RegieUser user) {
        if (!user.is(Role.TEAM_LEAD)) {
            throw new RegieProblem.Forbidden("Het overzicht van gemiste voortgangsgesprekken is voor teamleiders.");
        }
        List<ProgressMeetingStore.MissedRow> rows = store.missed(user.municipalityCode(), MISSED_LIMIT);
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(ProgressMeetingStore.MissedRow::dossierId).toList()));
        Map<UUID, DossierSummary> people = dossiers.summaries(user, ids, "Gemiste voortgangsgesprekken", Channel.UI).stream()
                .collect(Collectors.toMap(DossierSummary::id, Function.identity()));
        List<MissedOverview.Line> lines = new ArrayList<>();
        for (ProgressMeetingStore.MissedRow r : rows) {
            DossierSummary p = people.get(r.dossierId());
            if (p == null) {
                continue;
            }
            lines.add(new MissedOverview.Line(r.dossierId(), p.fullName(), p.consultantName(), r.slotNo(), r.on(),
                    MeetingRecord.missedDutch(r.reason(), r.validReason()), r.possibleBreach()));
        }
        return new MissedOverview(lines, MISSED_LIMIT);
    }

    /** Caseworkers record meetings while the PIP runs. */
    static boolean mayRecord(RegieUser user, Dossier d) {
        return user.isCaseworker()
                && (d.state() == DossierState.PLAN_ESTABLISHED || d.state() == DossierState.IN_ROUTE);
    }

    /**
     * Caseworkers record satisfaction in every state but closed: the survey may come before the PIP (the brede intake,
     * maatschappelijke begeleiding) and after completion (nazorg), seed 003.
     */
    static boolean mayRecordSatisfaction(RegieUser user, Dossier d) {
        return user.isCaseworker() && d.state() != DossierState.CLOSED;
    }

    private static boolean hasHealthNote(MeetingRecord r) {
        return r.domains().stream().anyMatch(n -> n.domain().specialCategory());
    }

    private static List<ProgressView.RevisionPrompt> revisionPrompts(MeetingSchedule schedule, List<IntegrationPlan> established) {
        List<ProgressView.RevisionPrompt> out = new ArrayList<>();
        for (MeetingSchedule.PlannedMeeting m : schedule.meetings()) {
            MeetingRecord r = m.record();
            if (r != null && r.planRevisionReason() != null) {
                // Revised once a later PIP version is dated on or after the meeting (the first version never counts).
                IntegrationPlan revised = established.stream().filter(v -> v.versionNo() > 1 && !v.datedOn().isBefore(r.on()))
                        .min(Comparator.comparing(IntegrationPlan::datedOn)).orElse(null);
                out.add(new ProgressView.RevisionPrompt(m.number(), r.on(), r.planRevisionReason(), revised));
            }
        }
        return out;
    }
}
