package nl.regie.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.regie.rules.DeadlineCode;

/**
 * The clock-watcher: walks every open dossier in pages of {@value #PAGE} (keyset paging, never all in memory) and
 * replaces each page's signals, one transaction per page. Scheduled by cron; ShedLock makes sure only one
 * instance sweeps at a time when several run.
 */
@Component
public class SignalSweep {

    static final int PAGE = 1000;
    private static final Logger log = LoggerFactory.getLogger(SignalSweep.class);

    private final DossierStore store;
    private final ObjectProvider<ProgressMeetingFacts> meetingFacts;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int leadDays;

    SignalSweep(DossierStore store, ObjectProvider<ProgressMeetingFacts> meetingFacts, PlatformTransactionManager transactions,
                Clock clock, @Value("${regie.signals.lead-days:14}") int leadDays) {
        this.store = store;
        this.meetingFacts = meetingFacts;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.leadDays = leadDays;
    }

    @Scheduled(cron = "${regie.signals.sweep-cron:0 */15 * * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "signal-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduled() {
        Result r = sweep(LocalDate.now(clock));
        log.info("Signalen: {} open dossiers nagelopen, {} signalen open, in {} ms.", r.dossiers(), r.signals(), r.millis());
    }

    /** What a sweep did. */
    public record Result(int dossiers, int signals, long millis) {
    }

    public Result sweep(LocalDate today) {
        long start = System.nanoTime();
        UUID after = null;
        int dossiers = 0;
        int signals = 0;
        while (true) {
            UUID from = after;
            int[] counts = new int[2];
            UUID pageEnd = tx.execute(status -> {
                List<DossierStore.SweepRow> page = store.openDossiersAfter(from, PAGE);
                if (page.isEmpty()) {
                    return null;
                }
                UUID first = page.get(0).id();
                UUID last = page.get(page.size() - 1).id();
                Map<UUID, Map<DeadlineCode, LocalDate>> deadlines = store.deadlineDates(first, last);
                Map<UUID, MeetingStatus> meetings = meetingStatus(page, deadlines);
                List<DossierStore.StoredSignal> raised = new ArrayList<>();
                for (DossierStore.SweepRow row : page) {
                    for (Signal s : SignalRules.signals(new SignalRules.Input(row.state(),
                            deadlines.getOrDefault(row.id(), Map.of()), row.planEstablishedOn(), meetings.get(row.id())),
                            today, leadDays)) {
                        raised.add(new DossierStore.StoredSignal(row.id(), s, today));
                    }
                }
                store.replaceSignalsInRange(first, last, raised);
                counts[0] = page.size();
                counts[1] = raised.size();
                return last;
            });
            if (pageEnd == null) {
                break;
            }
            dossiers += counts[0];
            signals += counts[1];
            after = pageEnd;
        }
        return new Result(dossiers, signals, (System.nanoTime() - start) / 1_000_000);
    }

    /** The meeting status of the page's dossiers that run under a PIP, in one call to the progress module. */
    private Map<UUID, MeetingStatus> meetingStatus(List<DossierStore.SweepRow> page, Map<UUID, Map<DeadlineCode, LocalDate>> deadlines) {
        ProgressMeetingFacts facts = meetingFacts.getIfAvailable();
        if (facts == null) {
            return Map.of();
        }
        List<ProgressMeetingFacts.Subject> subjects = new ArrayList<>();
        for (DossierStore.SweepRow row : page) {
            LocalDate termEnd = deadlines.getOrDefault(row.id(), Map.of()).get(DeadlineCode.TERM_END);
            if (DossierLaw.runsUnderPlan(row.state()) && row.planEstablishedOn() != null && termEnd != null) {
                subjects.add(new ProgressMeetingFacts.Subject(row.id(), row.municipalityCode(), row.planEstablishedOn(), termEnd));
            }
        }
        return subjects.isEmpty() ? Map.of()
                : facts.statusOf(subjects, page.get(0).id(), page.get(page.size() - 1).id());
    }
}
