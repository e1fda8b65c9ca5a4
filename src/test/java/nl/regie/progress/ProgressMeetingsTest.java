package nl.regie.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.Signal;
import nl.regie.dossier.SignalSweep;
import nl.regie.identity.RegieUser;
import nl.regie.plan.DraftingPlan;
import nl.regie.plan.EstablishingPlan;
import nl.regie.plan.PlanContent;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.RegieProblem;

/** Voortgangsgesprekken through the services: schedule, planning, held per life domain, missed, rights, log. */
class ProgressMeetingsTest extends IntegrationTest {

    @Autowired
    RecordingLifecycleStep steps;

    @Autowired
    DraftingPlan drafting;

    @Autowired
    EstablishingPlan establishing;

    @Autowired
    DossierQueries dossiers;

    @Autowired
    SignalSweep sweep;

    @Autowired
    ProgressMeetings meetings;

    @Autowired
    RecordingProgressMeeting recording;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    /** A Wassenaar asylum permit holder in brede intake since {@code pipOn - 20 days}. */
    private UUID inIntake(LocalDate pipOn) {
        LocalDate brp = pipOn.minusDays(50);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(30));
        long v = steps.record(consultant(), id, 0, new DossierLifecycle.StepRequest(DossierState.HOUSED, brp.minusDays(1), null, null), null);
        v = steps.record(consultant(), id, v, new DossierLifecycle.StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        steps.record(consultant(), id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, pipOn.minusDays(20), null, null), null);
        return id;
    }

    /** The PIP established as a decision through the plan module, dated {@code datedOn}. */
    private UUID withPip(LocalDate datedOn) {
        UUID id = inIntake(datedOn);
        drafting.save(consultant(), id, content("Leerbaarheidstoets hoog; eigen voorkeur B1."), null, null);
        establishing.establish(consultant(), id, 0, datedOn);
        return id;
    }

    /** The PIP recorded as a lifecycle step only (dossiers from before the plan module): same schedule start. */
    private UUID withPlanStep(LocalDate datedOn) {
        UUID id = inIntake(datedOn);
        long v = dossiers.get(consultant(), id, "test", Channel.UI).version();
        steps.record(consultant(), id, v, new DossierLifecycle.StepRequest(DossierState.PLAN_ESTABLISHED, datedOn, null, null), null);
        return id;
    }

    private static PlanContent content(String reasons) {
        return new PlanContent(LearningRoute.B1, reasons, "Taalschool De Brug", "KNM in het eerste half jaar", "MAP bij een zorginstelling",
                "PVT met excursie", "Vrijwilligerswerk", "Zes maanden ontzorgen", null, null, 8, Set.of());
    }

    private static HeldMeeting held(int number, LocalDate on, DomainNote... notes) {
        return new HeldMeeting(number, on, List.of(notes), false, null);
    }

    private static DomainNote note(LifeDomain d, String discussed, String agreed) {
        return new DomainNote(d, discussed, agreed);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private List<Signal> signalsOf(UUID id) {
        return dossiers.law(consultant(), dossiers.get(consultant(), id, "test", Channel.UI)).signals();
    }

    @Test
    void theScheduleFollowsTheMunicipalCadenceFromTheFirstPipsDagtekening() {
        LocalDate datedOn = today.minusDays(100);
        UUID id = withPip(datedOn);
        ProgressView v = meetings.view(consultant(), id);
        MeetingSchedule s = v.schedule();
        assertThat(s.firstPlanDatedOn()).isEqualTo(datedOn);
        assertThat(s.termEnd()).isEqualTo(nl.regie.rules.Periods.lastDayOfYears(datedOn.plusDays(1), 3));
        // Wassenaar (seed 003): the first year every 3 months, then every 6 months: eight in the term.
        assertThat(v.cadence()).isEqualTo("eerste 12 maanden elke 3 maanden, daarna elke 6 maanden");
        assertThat(s.meetings()).extracting(MeetingSchedule.PlannedMeeting::byCadence).containsExactly(
                datedOn.plusMonths(3), datedOn.plusMonths(6), datedOn.plusMonths(9), datedOn.plusMonths(12),
                datedOn.plusMonths(18), datedOn.plusMonths(24), datedOn.plusMonths(30), datedOn.plusMonths(36));
        assertThat(s.meetings().get(0).status()).isEqualTo(MeetingSchedule.Status.OVERDUE);
        assertThat(v.canRecord()).isTrue();
        // The dossier overview shows the same next meeting.
        var status = dossiers.law(consultant(), dossiers.get(consultant(), id, "test", Channel.UI)).meetings();
        assertThat(status.nextPlannedOn()).isEqualTo(datedOn.plusMonths(3));
        assertThat(status.lastHeldOn()).isNull();
    }

    @Test
    void aPipRecordedAsAStepOnlyStartsTheSameSchedule() {
        UUID id = withPlanStep(today.minusDays(10));
        assertThat(meetings.view(consultant(), id).schedule().meetings().get(0).plannedOn()).isEqualTo(today.minusDays(10).plusMonths(3));
    }

    @Test
    void theConsultantPlansAMeetingOnAnAgreedDateAndCanMoveItAgain() {
        UUID id = withPlanStep(today.minusDays(100));
        recording.plan(consultant(), id, 1, today.plusDays(5), "Met tolk Arabisch, gemeentehuis");
        MeetingSchedule.PlannedMeeting m = meetings.view(consultant(), id).schedule().meetings().get(0);
        assertThat(m.plannedOn()).isEqualTo(today.plusDays(5));
        assertThat(m.appointed()).isTrue();
        assertThat(m.status()).isEqualTo(MeetingSchedule.Status.PLANNED);
        assertThat(meetings.view(consultant(), id).appointmentNotes()).containsEntry(1, "Met tolk Arabisch, gemeentehuis");
        recording.plan(consultant(), id, 1, today.plusDays(7), null);
        assertThat(meetings.view(consultant(), id).schedule().meetings().get(0).plannedOn()).isEqualTo(today.plusDays(7));
        assertThat(count("SELECT COUNT(*) FROM progress_appointment WHERE dossier_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = 'PROGRESS_MEETING_PLANNED'", id)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'PROGRESS_MEETING_PLANNED' ORDER BY id")
                .param(id).query(String.class).list().get(0)).startsWith("Voortgangsgesprek 1 gepland op ");
        // Now planned in the future: no longer overdue.
        assertThat(signalsOf(id)).extracting(Signal::kind).doesNotContain(Signal.Kind.PROGRESS_MEETING_OVERDUE);
    }

    @Test
    void aHeldMeetingIsRecordedPerLifeDomainAndPromptsAPipRevisionUntilOneIsEstablished() {
        UUID id = withPip(today.minusDays(100));
        recording.held(consultant(), id, new HeldMeeting(1, today.minusDays(2), List.of(
                note(LifeDomain.LANGUAGE_AND_ROUTE, "Taalles vier dagdelen; A2 lezen gehaald.", "Examen luisteren in juni."),
                note(LifeDomain.WORK_AND_PARTICIPATION, "Wil in de zorg werken.", "Snuffelstage verpleeghuis regelen."),
                note(LifeDomain.HEALTH, "Slaapt slecht, huisarts verwijst naar GGZ.", "Volgende keer navragen."),
                note(LifeDomain.HOUSING, "  ", null)), true, "Wil schakelen naar de B1-route met zorgopleiding"));

        ProgressView v = meetings.view(consultant(), id);
        MeetingRecord r = v.schedule().meetings().get(0).record();
        assertThat(r.held()).isTrue();
        assertThat(r.domains()).extracting(DomainNote::domain)
                .containsExactly(LifeDomain.LANGUAGE_AND_ROUTE, LifeDomain.WORK_AND_PARTICIPATION, LifeDomain.HEALTH);
        assertThat(v.openRevisionPrompts()).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo(1);
            assertThat(p.reason()).isEqualTo("Wil schakelen naar de B1-route met zorgopleiding");
        });

        // The timeline says what happened, without health content.
        List<Map<String, Object>> events = jdbc.sql("SELECT event_type, summary, reason FROM dossier_event WHERE dossier_id = ? ORDER BY id")
                .param(id).query().listOfRows();
        String timeline = events.toString();
        assertThat(timeline).contains("Voortgangsgesprek 1 gevoerd; besproken: Taal en leerroute, Werk en participatie",
                "PLAN_REVISION_PROMPTED", "Wil schakelen naar de B1-route met zorgopleiding");
        assertThat(timeline).doesNotContain("Gezondheid", "GGZ", "Slaapt slecht");
        assertThat(dossiers.timeline(consultant(), id, "test", Channel.UI)).extracting(e -> e.summary() + " " + e.reason())
                .noneMatch(t -> t.contains("GGZ"));

        // Establishing a revised PIP resolves the prompt.
        drafting.save(consultant(), id, content("Schakelt naar B1 met zorgopleiding."), "Voortgangsgesprek 1: schakelen", null);
        establishing.establish(consultant(), id, 0, today);
        ProgressView after = meetings.view(consultant(), id);
        assertThat(after.openRevisionPrompts()).isEmpty();
        assertThat(after.revisionPrompts()).singleElement().satisfies(p -> assertThat(p.revisedBy().versionNo()).isEqualTo(2));
    }

    @Test
    void everyRefusalIsInDutchAndWritesNothing() {
        UUID id = withPlanStep(today.minusDays(100));
        recording.held(consultant(), id, held(2, today.minusDays(1), note(LifeDomain.FINANCES, "Schulden in beeld.", null)));
        long meetingsBefore = count("SELECT COUNT(*) FROM progress_meeting WHERE dossier_id = ?", id);
        long notesBefore = count("SELECT COUNT(*) FROM progress_meeting_domain");
        long eventsBefore = count("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ?", id);
        String long2001 = "x".repeat(2001);

        assertThat(problems(() -> recording.held(consultant(), id, new HeldMeeting(null, null, List.of(), true, null))))
                .containsEntry("number", "Kies om welk gepland gesprek het gaat.")
                .containsEntry("heldOn", "Vul de datum van het gesprek in.")
                .containsEntry("domains", "Leg vast wat er is besproken of afgesproken: vul minstens één leefgebied in.")
                .containsEntry("planRevisionReason", "Geef aan waarom het PIP herzien moet worden.");
        assertThat(problems(() -> recording.held(consultant(), id, new HeldMeeting(1, today.plusDays(1),
                List.of(note(LifeDomain.EDUCATION, long2001, "ok")), false, "Toch herzien"))))
                .containsEntry("heldOn", "De datum ligt in de toekomst; leg een gesprek vast als het is gevoerd.")
                .containsEntry("discussed-EDUCATION", "Maximaal 2000 tekens (nu 2001).")
                .containsEntry("planRevisionReason", "Vink 'aanleiding voor PIP-herziening' aan, of laat de reden leeg.");
        assertThat(problems(() -> recording.held(consultant(), id, held(1, today.minusDays(101), note(LifeDomain.HOUSING, "Woont goed.", null)))))
                .containsEntry("heldOn", "De datum ligt vóór de dagtekening van het eerste PIP (" + nl.regie.shared.DutchDates.show(today.minusDays(100)) + ").");
        assertThat(problems(() -> recording.held(consultant(), id, held(2, today, note(LifeDomain.HOUSING, "Woont goed.", null)))))
                .containsEntry("number", "Gesprek 2 is al vastgelegd (gevoerd).");
        assertThat(problems(() -> recording.held(consultant(), id, held(99, today, note(LifeDomain.HOUSING, "Woont goed.", null)))))
                .containsEntry("number", "Gesprek 99 staat niet in de planning (1 tot en met 8).");

        assertThat(problems(() -> recording.missed(consultant(), id, new MissedMeeting(1, null, null, null, null))))
                .containsEntry("on", "Vul de datum van het geplande gesprek in.")
                .containsEntry("reason", "Kies waarom het gesprek niet is doorgegaan.");
        assertThat(problems(() -> recording.missed(consultant(), id, new MissedMeeting(1, today.plusDays(3), MissedReason.NO_SHOW, null, null))))
                .containsEntry("on", "Niet verschenen legt u vast op of na de dag van het gesprek.")
                .containsEntry("validReason", "Geef aan of er een geldige reden was om niet te verschijnen.");
        assertThat(problems(() -> recording.missed(consultant(), id, new MissedMeeting(1, today, MissedReason.NO_SHOW, true, " "))))
                .containsEntry("explanation", "Licht de geldige reden toe.");
        assertThat(problems(() -> recording.missed(consultant(), id, new MissedMeeting(1, today, MissedReason.CANCELLED_BY_NEWCOMER, null, null))))
                .containsEntry("explanation", "Vul de reden van de afzegging in.");
        assertThat(problems(() -> recording.missed(consultant(), id, new MissedMeeting(1, today, MissedReason.CANCELLED_BY_MUNICIPALITY, null, null))))
                .containsEntry("explanation", "Licht toe waarom de gemeente het gesprek heeft geannuleerd.");
        assertThat(problems(() -> recording.missed(consultant(), id, new MissedMeeting(1, today, MissedReason.CANCELLED_BY_NEWCOMER, null, "y".repeat(1001)))))
                .containsEntry("explanation", "Maximaal 1000 tekens (nu 1001).");

        assertThat(problems(() -> recording.plan(consultant(), id, 3, null, null)))
                .containsEntry("plannedOn", "Vul de datum in waarop het gesprek is afgesproken.");
        assertThat(problems(() -> recording.plan(consultant(), id, 3, today.minusDays(1), "n".repeat(501))))
                .containsEntry("plannedOn", "Een afspraak ligt op vandaag of later; leg een gesprek in het verleden vast als gevoerd of gemist.")
                .containsEntry("note", "Maximaal 500 tekens (nu 501).");
        assertThat(problems(() -> recording.plan(consultant(), id, 3, today.plusYears(4), null)))
                .hasEntrySatisfying("plannedOn", m -> assertThat(m).startsWith("De datum ligt na het einde van de inburgeringstermijn ("));

        assertThat(count("SELECT COUNT(*) FROM progress_meeting WHERE dossier_id = ?", id)).isEqualTo(meetingsBefore);
        assertThat(count("SELECT COUNT(*) FROM progress_meeting_domain")).isEqualTo(notesBefore);
        assertThat(count("SELECT COUNT(*) FROM progress_appointment WHERE dossier_id = ?", id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ?", id)).isEqualTo(eventsBefore);
    }

    private static Map<String, String> problems(Runnable r) {
        return catchThrowableOfType(r::run, RegieProblem.InvalidInput.class).problems();
    }

    @Test
    void aMissedMeetingIsVisibleAndANoShowWithoutValidReasonIsFlaggedForLater() {
        UUID id = withPlanStep(today.minusDays(100));
        recording.missed(consultant(), id, new MissedMeeting(1, today.minusDays(8), MissedReason.NO_SHOW, false, null));
        assertThat(jdbc.sql("SELECT possible_breach FROM progress_meeting WHERE dossier_id = ? AND slot_no = 1").param(id)
                .query(Boolean.class).single()).isTrue();
        ProgressView v = meetings.view(consultant(), id);
        assertThat(v.missed()).singleElement().satisfies(e -> {
            assertThat(e.number()).isEqualTo(1);
            assertThat(e.record().outcomeDutch()).isEqualTo("Niet verschenen, zonder geldige reden");
        });
        assertThat(v.schedule().possibleBreaches()).isEqualTo(1);
        assertThat(signalsOf(id)).extracting(Signal::kind).contains(Signal.Kind.PROGRESS_MEETING_NO_SHOW);
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'PROGRESS_MEETING_MISSED'")
                .param(id).query(String.class).single())
                .isEqualTo("Voortgangsgesprek 1 gemist: Niet verschenen, zonder geldige reden (mogelijke schending, nog te beoordelen)");

        // The team lead's view lists it, possible breaches first.
        RegieUser lead = data.user(TestData.TEAM_LEAD_WASSENAAR);
        MissedOverview o = meetings.missed(lead);
        assertThat(o.lines()).anySatisfy(l -> {
            assertThat(l.dossierId()).isEqualTo(id);
            assertThat(l.name()).isEqualTo("Rasha Haddad");
            assertThat(l.possibleBreach()).isTrue();
        });
        assertThat(o.lines().get(0).possibleBreach()).isTrue();
        assertThatThrownBy(() -> meetings.missed(consultant())).isInstanceOf(RegieProblem.Forbidden.class);

        // A cancellation with its reason: missed, no breach. A meeting held afterwards clears the no-show signal,
        // the flag stays for the enforcement decision.
        recording.missed(consultant(), id, new MissedMeeting(2, today.plusDays(3), MissedReason.CANCELLED_BY_NEWCOMER, null, "Sollicitatiegesprek"));
        recording.held(consultant(), id, held(3, today, note(LifeDomain.SOCIAL_NETWORK, "Lid van de voetbalclub.", null)));
        assertThat(signalsOf(id)).extracting(Signal::kind).doesNotContain(Signal.Kind.PROGRESS_MEETING_NO_SHOW);
        assertThat(meetings.view(consultant(), id).missed()).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM progress_meeting WHERE dossier_id = ? AND possible_breach = TRUE", id)).isEqualTo(1);
    }

    @Test
    void anotherMunicipalityGetsNotFoundAndAPolicyOfficerForbidden() {
        UUID id = withPlanStep(today.minusDays(100));
        RegieUser voorschoten = data.user(TestData.CONSULTANT_VOORSCHOTEN);
        RegieUser policy = data.user(TestData.POLICY_OFFICER_WASSENAAR);
        RegieUser partner = data.user(TestData.CHAIN_PARTNER);
        assertThatThrownBy(() -> meetings.view(voorschoten, id)).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> recording.held(voorschoten, id, held(1, today, note(LifeDomain.HOUSING, "x", null))))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> recording.plan(voorschoten, id, 1, today.plusDays(1), null)).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> meetings.view(policy, id)).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> recording.missed(policy, id, new MissedMeeting(1, today, MissedReason.NO_SHOW, false, null)))
                .isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> meetings.view(partner, id)).isInstanceOf(RegieProblem.NotFound.class);
        assertThat(count("SELECT COUNT(*) FROM progress_meeting WHERE dossier_id = ?", id)).isZero();
    }

    @Test
    void meetingsBelongToARunningPip() {
        UUID id = inIntake(today);
        assertThatThrownBy(() -> recording.held(consultant(), id, held(1, today, note(LifeDomain.HOUSING, "x", null))))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("horen bij een lopend PIP");
        ProgressView v = meetings.view(consultant(), id);
        assertThat(v.hasSchedule()).isFalse();
        assertThat(v.canRecord()).isFalse();
    }

    @Test
    void healthNotesAreSeenOnlyByTheDossiersConsultantAndTeamLeads() {
        UUID id = withPlanStep(today.minusDays(100));
        recording.held(consultant(), id, held(1, today.minusDays(1),
                note(LifeDomain.HEALTH, "Rugklachten; fysiotherapie loopt.", "Rooster taalles aanpassen."),
                note(LifeDomain.FINANCES, "Geen schulden.", null)));
        RegieUser other = data.otherConsultantWassenaar();
        RegieUser lead = data.user(TestData.TEAM_LEAD_WASSENAAR);

        record Row(RegieUser user, boolean sees) {
        }
        for (Row row : List.of(new Row(consultant(), true), new Row(other, false), new Row(lead, true))) {
            ProgressView v = meetings.view(row.user(), id);
            assertThat(v.healthVisible()).as(row.user().username()).isEqualTo(row.sees());
            List<LifeDomain> domains = v.held().get(0).record().domains().stream().map(DomainNote::domain).toList();
            if (row.sees()) {
                assertThat(domains).as(row.user().username()).containsExactly(LifeDomain.FINANCES, LifeDomain.HEALTH);
            } else {
                assertThat(domains).as(row.user().username()).containsExactly(LifeDomain.FINANCES);
            }
            long healthLines = count("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND username = ? AND action = 'VIEW_HEALTH_NOTES'",
                    id, row.user().username());
            assertThat(healthLines > 0).as("access log for " + row.user().username()).isEqualTo(row.sees());
        }
        // The other consultant may record a meeting, but not health notes.
        assertThat(problems(() -> recording.held(other, id, held(2, today, note(LifeDomain.HEALTH, "Griep.", null)))))
                .containsEntry("discussed-HEALTH", "Alleen de eigen consulent van dit dossier of een teamleider legt gezondheidsinformatie vast.");
        recording.held(other, id, held(2, today, note(LifeDomain.SOCIAL_NETWORK, "Taalmaatje gevonden.", null)));
    }

    @Test
    void readingTheMeetingsIsLogged() {
        UUID id = withPlanStep(today.minusDays(30));
        long before = count("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'VIEW_DOSSIER' AND purpose = 'Voortgangsgesprekken'", id);
        meetings.view(consultant(), id);
        assertThat(count("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'VIEW_DOSSIER' AND purpose = 'Voortgangsgesprekken'", id))
                .isEqualTo(before + 1);
        recording.plan(consultant(), id, 1, today.plusDays(3), null);
        assertThat(count("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND purpose = 'Voortgangsgesprek plannen'", id)).isEqualTo(1);
        long lists = count("SELECT COUNT(*) FROM access_log WHERE username = ? AND action = 'LIST_DOSSIERS' AND purpose = 'Gemiste voortgangsgesprekken'",
                TestData.TEAM_LEAD_WASSENAAR);
        meetings.missed(data.user(TestData.TEAM_LEAD_WASSENAAR));
        assertThat(count("SELECT COUNT(*) FROM access_log WHERE username = ? AND action = 'LIST_DOSSIERS' AND purpose = 'Gemiste voortgangsgesprekken'",
                TestData.TEAM_LEAD_WASSENAAR)).isGreaterThanOrEqualTo(lists);
    }

    @Test
    void theSweepSignalsAPlannedMeetingMoreThanTwoWeeksOverdue() {
        // Meeting 1 (3 months after the PIP) was 20 days ago: signalled; 10 days ago: not yet.
        UUID late = withPlanStep(today.minusMonths(3).minusDays(20));
        UUID recent = withPlanStep(today.minusMonths(3).minusDays(10));
        sweep.sweep(today);
        assertThat(signalsOf(late)).extracting(Signal::kind).contains(Signal.Kind.PROGRESS_MEETING_OVERDUE);
        assertThat(signalsOf(recent)).extracting(Signal::kind).doesNotContain(Signal.Kind.PROGRESS_MEETING_OVERDUE);
        recording.missed(consultant(), late, new MissedMeeting(1, today.minusDays(20), MissedReason.CANCELLED_BY_MUNICIPALITY, null, "Consulent ziek"));
        sweep.sweep(today);
        assertThat(signalsOf(late)).extracting(Signal::kind).doesNotContain(Signal.Kind.PROGRESS_MEETING_OVERDUE);
    }
}
