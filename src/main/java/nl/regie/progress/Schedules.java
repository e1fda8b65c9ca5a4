package nl.regie.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLaw;
import nl.regie.dossier.DossierState;
import nl.regie.municipality.MunicipalPolicy;
import nl.regie.municipality.Municipalities;
import nl.regie.municipality.ProgressCadence;
import nl.regie.plan.IntegrationPlan;
import nl.regie.plan.Plans;
import nl.regie.rules.Deadline;
import nl.regie.rules.DeadlineCode;

/** Puts together a dossier's schedule: its first PIP, its term, the governing cadence, agreed dates and outcomes. */
@Component
class Schedules {

    /** When a municipality has no policy version at all: seed 003's "about eight" at the statutory spacing. */
    static final ProgressCadence FALLBACK = ProgressCadence.uniform(8);

    private final Municipalities municipalities;
    private final ProgressMeetingStore store;
    private final Plans plans;
    private final DossierLaw law;
    private final Clock clock;

    Schedules(Municipalities municipalities, ProgressMeetingStore store, Plans plans, DossierLaw law, Clock clock) {
        this.municipalities = municipalities;
        this.store = store;
        this.plans = plans;
        this.law = law;
        this.clock = clock;
    }

    /**
     * The policy version that governs a dossier's schedule: the one in force on the dagtekening of its first PIP, so
     * that a later policy does not move meetings already planned (as {@code DossierLaw} keeps deadlines on the
     * version in force when their clock started); the earliest version when none was in force yet.
     *
     * @param history the municipality's versions, newest first
     */
    static Optional<MunicipalPolicy> governing(List<MunicipalPolicy> history, LocalDate firstPlanDatedOn) {
        return history.stream().filter(p -> !p.validFrom().isAfter(firstPlanDatedOn)).findFirst()
                .or(() -> history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1)));
    }

    static ProgressCadence cadenceOf(Optional<MunicipalPolicy> policy) {
        return policy.map(MunicipalPolicy::progressCadence).orElse(FALLBACK);
    }

    /**
     * A dossier's schedule with everything recorded for it.
     *
     * @param policy      the governing policy version, or {@code null} when the municipality has none
     * @param established the established PIP versions, newest first
     */
    record Loaded(Dossier dossier, MunicipalPolicy policy, ProgressCadence cadence, MeetingSchedule schedule,
                  Map<Integer, ProgressMeetingStore.Appointment> appointments, List<IntegrationPlan> established) {
    }

    /**
     * The day the trajectory stopped running under the PIP (completed or closed); {@code null} while it runs. From
     * then on no meetings are planned.
     */
    static LocalDate endedOn(Dossier d) {
        if (d.state() == DossierState.PLAN_ESTABLISHED || d.state() == DossierState.IN_ROUTE) {
            return null;
        }
        LocalDate completed = d.dateOf(DossierState.COMPLETED);
        LocalDate closed = d.dateOf(DossierState.CLOSED);
        return completed != null ? completed : closed != null ? closed : d.lastStepDate();
    }

    /**
     * Empty while the dossier has no PIP (nothing to plan yet). Call after the dossier was read with access checks.
     *
     * @param withHealth whether the notes on the health domain are read too (AVG art. 9: only for those who may)
     */
    Optional<Loaded> load(Dossier d, boolean withHealth) {
        List<IntegrationPlan> established = plans.established(d);
        // The first PIP's dagtekening starts the schedule (and the term, Wi art. 11). Dossiers whose PIP was recorded
        // as a lifecycle step only (before the plan module, generated data) have the same date on the dossier.
        LocalDate first = established.isEmpty() ? d.dateOf(DossierState.PLAN_ESTABLISHED)
                : established.get(established.size() - 1).datedOn();
        Deadline termEnd = law.assess(d).deadlines().get(DeadlineCode.TERM_END);
        if (first == null || termEnd == null) {
            return Optional.empty();
        }
        Optional<MunicipalPolicy> policy = governing(municipalities.policyHistory(d.municipalityCode()), first);
        ProgressCadence cadence = cadenceOf(policy);
        Map<Integer, ProgressMeetingStore.Appointment> appointments = store.appointments(d.id());
        Map<Integer, LocalDate> dates = new HashMap<>();
        appointments.forEach((k, v) -> dates.put(k, v.plannedOn()));
        List<MeetingRecord> records = store.records(d.id());
        if (!withHealth) {
            records = records.stream().map(r -> r.withDomains(r.domains().stream()
                    .filter(n -> !n.domain().specialCategory()).toList())).toList();
        }
        MeetingSchedule schedule = MeetingSchedule.plan(cadence, first, termEnd.date(), dates, records, LocalDate.now(clock),
                endedOn(d));
        return Optional.of(new Loaded(d, policy.orElse(null), cadence, schedule, appointments, established));
    }
}
