package nl.regie.dossier;

import nl.regie.rules.TargetGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many dossiers at once, with batch inserts, together with a timeline event per step reached.
 * For the synthetic data generator (demo, benchmarks) and later bulk imports; bypasses per-row checks, so
 * callers must pass data that the lifecycle allows.
 */
@Service
public class DossierBulkWriter {

    private final DossierStore store;
    private final DossierLaw law;

    DossierBulkWriter(DossierStore store, DossierLaw law) {
        this.store = store;
        this.law = law;
    }

    /**
     * One dossier as generated. {@code stepDates} holds the date on which each reached state was entered;
     * {@code lastProgressMeeting} is for the progress module, which owns the meetings (the caller writes it there).
     */
    public record GeneratedDossier(UUID id, String municipalityCode, String bsn, String givenNames, String familyName,
                                   LocalDate birthDate, String nationality, TargetGroup targetGroup,
                                   String contactLanguage, boolean interpreterNeeded, DossierState state,
                                   String consultantUsername, Map<DossierState, LocalDate> stepDates,
                                   CompletionType completionType, ClosureReason closureReason,
                                   List<HouseholdMember> householdMembers, CoaProfile coaProfile,
                                   LocalDate benefitStartedOn, LocalDate lastProgressMeeting) {
    }

    @Transactional
    public void write(List<GeneratedDossier> dossiers, String actor, Instant now) {
        List<DossierStore.Row> rows = new ArrayList<>(dossiers.size());
        List<DossierStore.NewEvent> events = new ArrayList<>();
        for (GeneratedDossier g : dossiers) {
            rows.add(new DossierStore.Row(g.id(), g.municipalityCode(), g.bsn(), g.givenNames(), g.familyName(),
                    g.birthDate(), g.nationality(), g.targetGroup(), g.contactLanguage(), g.interpreterNeeded(),
                    g.state(), g.consultantUsername(), g.stepDates(), g.completionType(), g.closureReason(), now,
                    g.householdMembers(), g.coaProfile(), g.benefitStartedOn()));
            DossierState previous = null;
            for (DossierState s : DossierState.values()) {
                LocalDate date = g.stepDates().get(s);
                if (date == null) {
                    continue;
                }
                String summary = previous == null ? "Dossier aangemaakt (status " + s.dutch() + ")"
                        : previous.dutch() + " → " + s.dutch();
                if (s == DossierState.COMPLETED && g.completionType() != null) {
                    summary += " — " + g.completionType().dutch();
                }
                if (s == DossierState.CLOSED && g.closureReason() != null) {
                    summary += " — " + g.closureReason().dutch();
                }
                events.add(new DossierStore.NewEvent(g.id(), now, actor, previous == null
                        ? TimelineEvent.EventType.DOSSIER_CREATED : TimelineEvent.EventType.STEP_RECORDED,
                        date, summary, "Synthetische demodata"));
                previous = s;
            }
        }
        store.insertAll(rows);
        store.appendEvents(events);
        // Deadlines come from the same rules as for any other dossier; signals follow at the next sweep.
        law.deadlinesFor(dossiers.stream().map(g -> new Dossier(g.id(), g.municipalityCode(), nl.regie.shared.Bsn.of(g.bsn()),
                g.givenNames(), g.familyName(), g.birthDate(), g.nationality(), g.targetGroup(), g.contactLanguage(),
                g.interpreterNeeded(), g.state(), g.consultantUsername(), g.stepDates(), g.completionType(),
                g.closureReason(), g.householdMembers(), g.coaProfile(),
                new LegalFacts(false, 0, false, g.benefitStartedOn(), null), now, 0)).toList());
    }

    /** Whether the municipality has any dossier: the demo generates only into a municipality without dossiers. */
    public boolean anyDossierIn(String municipalityCode) {
        return store.count(new DossierStore.Filter(municipalityCode, null, null, null)) > 0;
    }
}
