package nl.regie.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.municipality.Municipalities;
import nl.regie.rules.Articles;
import nl.regie.rules.Assessment;
import nl.regie.rules.Deadline;
import nl.regie.rules.DeadlineCode;
import nl.regie.rules.IntegrationRules;
import nl.regie.rules.MunicipalRules;
import nl.regie.rules.PersonFacts;
import nl.regie.rules.ResidencePermitType;
import nl.regie.rules.TargetGroup;

/**
 * Applies the rules module to dossiers: the same {@link IntegrationRules} the assessment endpoint uses, fed
 * with the dossier's own facts. Deadlines and signals are stored so that worklists can sort by them; they are
 * recomputed whenever the dossier changes.
 */
@Service
public class DossierLaw {

    private final DossierStore store;
    private final Municipalities municipalities;
    private final ObjectProvider<ProgressMeetingFacts> meetingFacts;
    private final ObjectProvider<FinancialReliefFacts> reliefFacts;
    private final Clock clock;
    private final int leadDays;

    DossierLaw(DossierStore store, Municipalities municipalities, ObjectProvider<ProgressMeetingFacts> meetingFacts,
               ObjectProvider<FinancialReliefFacts> reliefFacts, Clock clock, @Value("${regie.signals.lead-days:14}") int leadDays) {
        this.store = store;
        this.municipalities = municipalities;
        this.meetingFacts = meetingFacts;
        this.reliefFacts = reliefFacts;
        this.clock = clock;
        this.leadDays = leadDays;
    }

    /** The facts the rules need, read from a dossier, as on {@code referenceDate}. */
    public static PersonFacts factsOf(Dossier d, LocalDate referenceDate) {
        LegalFacts l = d.legalFacts();
        return new PersonFacts(referenceDate, d.birthDate(), d.nationality(), permitType(d.targetGroup()),
                l.temporaryPurpose(), d.coaProfile() == null ? null : d.coaProfile().permitGrantedOn(),
                l.yearsInNetherlandsDuringCompulsorySchoolAge(), l.hasQualifyingDutchDiploma(),
                d.dateOf(DossierState.BRP_REGISTERED), d.dateOf(DossierState.HOUSED),
                d.dateOf(DossierState.PLAN_ESTABLISHED), l.benefitStartedOn(),
                d.completionType() == CompletionType.EXAM ? d.dateOf(DossierState.COMPLETED) : null,
                l.termExtendedUntil(), null);
    }

    static ResidencePermitType permitType(TargetGroup g) {
        return switch (g) {
            case ASYLUM_PERMIT_HOLDER -> ResidencePermitType.ASYLUM;
            case FAMILY_MIGRANT -> ResidencePermitType.FAMILY;
            case OTHER_MIGRANT -> ResidencePermitType.OTHER_REGULAR;
        };
    }

    /**
     * The policy version that governs a dossier's deadlines: the one in force when its clock started (BRP
     * registration, else housing, else today), so a later policy change does not move deadlines already running.
     */
    static LocalDate policyDate(PersonFacts f) {
        if (f.brpRegistrationDate() != null) {
            return f.brpRegistrationDate();
        }
        return f.housingDate() != null ? f.housingDate() : f.referenceDate();
    }

    public Assessment assess(Dossier d) {
        LocalDate today = LocalDate.now(clock);
        PersonFacts f = factsOf(d, today);
        return IntegrationRules.assess(f, municipalities.rulesOn(d.municipalityCode(), policyDate(f)));
    }

    /** Recomputes and stores the deadlines and signals of one dossier (after every change). */
    @Transactional
    public void refresh(UUID id) {
        Dossier d = store.find(id).orElseThrow();
        Assessment a = assess(d);
        Map<DeadlineCode, Deadline> all = new EnumMap<>(DeadlineCode.class);
        all.putAll(a.deadlines());
        reliefDeadline(d, all);
        List<DossierStore.StoredDeadline> deadlines = new ArrayList<>();
        all.values().forEach(x -> deadlines.add(new DossierStore.StoredDeadline(id, x.code(), x.date(), x.basis(), x.explanation())));
        store.replaceDeadlines(List.of(id), deadlines);
        LocalDate today = LocalDate.now(clock);
        Map<DeadlineCode, LocalDate> dates = new EnumMap<>(DeadlineCode.class);
        all.forEach((k, v) -> dates.put(k, v.date()));
        List<Signal> signals = SignalRules.signals(new SignalRules.Input(d.state(), dates, d.dateOf(DossierState.PLAN_ESTABLISHED),
                meetingStatus(d, dates.get(DeadlineCode.TERM_END))), today, leadDays);
        store.replaceSignals(List.of(id), signals.stream().map(s -> new DossierStore.StoredSignal(id, s, today)).toList());
    }

    /**
     * Once an ontzorgen arrangement exists, its own end (extended, or ended early) replaces the rules' six months from
     * the start of bijstand; an arrangement ended early raises no signal any more, so it has no deadline either.
     */
    private void reliefDeadline(Dossier d, Map<DeadlineCode, Deadline> all) {
        FinancialReliefFacts facts = reliefFacts.getIfAvailable();
        if (facts == null) {
            return;
        }
        facts.periodOf(d.id()).ifPresent(p -> {
            if (p.endedEarly()) {
                all.remove(DeadlineCode.FINANCIAL_RELIEF_UNTIL);
            } else {
                all.put(DeadlineCode.FINANCIAL_RELIEF_UNTIL, new Deadline(DeadlineCode.FINANCIAL_RELIEF_UNTIL, p.endsOn(),
                        Articles.FINANCIAL_RELIEF + (p.extended() ? "; verlengd (Pw art. 57)" : ""),
                        "Het ontzorgen loopt volgens de afspraak van " + Dates.dutch(p.startsOn()) + " tot en met "
                                + Dates.dutch(p.endsOn()) + (p.extended() ? " (verlengd)" : "") + "."));
            }
        });
    }

    /** States in which the PIP runs and voortgangsgesprekken are held. */
    static boolean runsUnderPlan(DossierState s) {
        return s == DossierState.PLAN_ESTABLISHED || s == DossierState.IN_ROUTE;
    }

    /**
     * The dossier's voortgangsgesprekken as the progress module reports them; {@code null} when it has no schedule
     * (no PIP yet, or no term end).
     */
    MeetingStatus meetingStatus(Dossier d, LocalDate termEnd) {
        ProgressMeetingFacts facts = meetingFacts.getIfAvailable();
        LocalDate plan = d.dateOf(DossierState.PLAN_ESTABLISHED);
        if (facts == null || plan == null || termEnd == null) {
            return null;
        }
        MeetingStatus s = facts.statusOf(List.of(new ProgressMeetingFacts.Subject(d.id(), d.municipalityCode(), plan, termEnd)))
                .get(d.id());
        // Once completed or closed, no meeting is due any more.
        return s == null || runsUnderPlan(d.state()) ? s : new MeetingStatus(null, s.lastHeldOn(), s.missed(), null);
    }

    /** Deadlines for freshly generated dossiers, computed in memory and batch-inserted (generator, imports). */
    void deadlinesFor(List<Dossier> dossiers) {
        Map<String, MunicipalRules> cache = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<DossierStore.StoredDeadline> all = new ArrayList<>();
        for (Dossier d : dossiers) {
            PersonFacts f = factsOf(d, today);
            LocalDate policyDate = policyDate(f);
            MunicipalRules rules = cache.computeIfAbsent(d.municipalityCode() + "|" + policyDate,
                    k -> municipalities.rulesOn(d.municipalityCode(), policyDate));
            for (Deadline x : IntegrationRules.assess(f, rules).deadlines().values()) {
                all.add(new DossierStore.StoredDeadline(d.id(), x.code(), x.date(), x.basis(), x.explanation()));
            }
        }
        store.replaceDeadlines(List.of(), all);
    }

    public List<DossierStore.StoredDeadline> storedDeadlines(UUID id) {
        return store.deadlines(id);
    }
}
