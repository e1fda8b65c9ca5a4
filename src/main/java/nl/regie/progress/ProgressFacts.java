package nl.regie.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.MeetingStatus;
import nl.regie.dossier.ProgressMeetingFacts;
import nl.regie.municipality.MunicipalPolicy;
import nl.regie.municipality.Municipalities;

/**
 * Tells the dossier module where dossiers stand with their voortgangsgesprekken, for the signals (also in the
 * sweep, a page of a thousand dossiers per call: two queries, then pure computation) and the dossier overview.
 */
@Component
class ProgressFacts implements ProgressMeetingFacts {

    private final ProgressMeetingStore store;
    private final Municipalities municipalities;
    private final Clock clock;

    ProgressFacts(ProgressMeetingStore store, Municipalities municipalities, Clock clock) {
        this.store = store;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, MeetingStatus> statusOf(List<Subject> dossiers) {
        List<UUID> ids = dossiers.stream().map(Subject::dossierId).toList();
        return status(dossiers, store.recordsOf(ids), store.appointmentsOf(ids));
    }

    /** The sweep's page: read by id range, as the sweep reads deadlines. */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, MeetingStatus> statusOf(List<Subject> dossiers, UUID first, UUID last) {
        return status(dossiers, store.recordsInRange(first, last), store.appointmentsInRange(first, last));
    }

    private Map<UUID, MeetingStatus> status(List<Subject> dossiers, Map<UUID, List<MeetingRecord>> records,
                                            Map<UUID, Map<Integer, LocalDate>> appointments) {
        Map<String, List<MunicipalPolicy>> histories = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, MeetingStatus> out = new HashMap<>();
        for (Subject s : dossiers) {
            List<MunicipalPolicy> history = histories.computeIfAbsent(s.municipalityCode(), municipalities::policyHistory);
            MeetingSchedule schedule = MeetingSchedule.plan(Schedules.cadenceOf(Schedules.governing(history, s.firstPlanDatedOn())),
                    s.firstPlanDatedOn(), s.termEnd(), appointments.getOrDefault(s.dossierId(), Map.of()),
                    records.getOrDefault(s.dossierId(), List.of()), today);
            out.put(s.dossierId(), schedule.status());
        }
        return out;
    }
}
