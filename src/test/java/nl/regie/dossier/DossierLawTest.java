package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.identity.RegieUser;
import nl.regie.rules.DeadlineCode;

/** The dossier page and the assessment endpoint apply the same rules; signals follow the dossier's steps. */
class DossierLawTest extends IntegrationTest {

    @Autowired
    RecordingLifecycleStep recording;

    @Autowired
    RecordingLegalFacts facts;

    @Autowired
    nl.regie.progress.RecordingProgressMeeting meetings;

    @Autowired
    SignalSweep sweep;

    @Autowired
    DossierQueries queries;

    @Autowired
    ObjectMapper json;

    private final LocalDate today = LocalDate.now();

    /** A Wassenaar asylum permit holder taken to PLAN_ESTABLISHED, with bijstand. */
    private UUID dossierWithPlan(LocalDate brp, LocalDate plan, LocalDate benefit) {
        RegieUser c = data.user(TestData.CONSULTANT_WASSENAAR);
        UUID id = data.wassenaarDossierLinkedOn(brp.minusDays(30));
        long v = 0;
        v = recording.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.HOUSED, brp.minusDays(2), null, null), null);
        v = recording.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.BRP_REGISTERED, brp, null, null), null);
        if (benefit != null) {
            v = facts.record(c, id, v, new LegalFacts(false, 0, false, benefit, null), "Bijstand toegekend");
        }
        if (plan != null) {
            v = recording.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, plan.minusDays(20), null, null), null);
            recording.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.PLAN_ESTABLISHED, plan, null, null), null);
        }
        return id;
    }

    @Test
    void dossierPageAndAssessmentEndpointAgreeForTheSameFacts() throws Exception {
        LocalDate brp = today.minusDays(40);
        LocalDate plan = today.minusDays(10);
        LocalDate benefit = today.minusDays(35);
        UUID id = dossierWithPlan(brp, plan, benefit);

        String html = mvc.perform(get("/dossiers/" + id).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, String> onPage = new LinkedHashMap<>();
        Matcher m = Pattern.compile("data-code=\"([A-Z_]+)\" data-date=\"([0-9-]+)\"").matcher(html);
        while (m.find()) {
            onPage.put(m.group(1), m.group(2));
        }

        String body = """
                {"municipalityCode":"0629","referenceDate":"%s","birthDate":"1990-05-17","nationality":"SYR",
                 "residencePermitType":"ASYLUM","brpRegistrationDate":"%s","housingDate":"%s",
                 "firstIntegrationPlanDate":"%s","benefitStartDate":"%s"}"""
                .formatted(today, brp, brp.minusDays(2), plan, benefit);
        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/assessments")
                        .with(httpBasic(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Map<String, String> fromEndpoint = new LinkedHashMap<>();
        answer.get("deadlines").fields().forEachRemaining(e -> fromEndpoint.put(e.getKey(), e.getValue().get("date").asText()));

        assertThat(onPage).isNotEmpty().isEqualTo(fromEndpoint);
        assertThat(onPage).containsKeys("INTEGRATION_PLAN_DUE", "TERM_START", "TERM_END", "ROUTE_SWITCH_UNTIL", "FINANCIAL_RELIEF_UNTIL");
        assertThat(onPage.get("TERM_START")).isEqualTo(plan.plusDays(1).toString());
        assertThat(html).contains("Waarom deze datum?", "Bi art. 5.3", "Wi art. 11");
    }

    @Test
    void aPassedPipDeadlineRaisesASignalThatTheEstablishedPlanClears() {
        RegieUser c = data.user(TestData.CONSULTANT_WASSENAAR);
        LocalDate brp = today.minusWeeks(11);
        UUID id = dossierWithPlan(brp, null, null);
        List<Signal> signals = signalsOf(id);
        assertThat(signals).extracting(Signal::kind).contains(Signal.Kind.DEADLINE_PASSED);
        assertThat(signals.get(0).deadlineCode()).isEqualTo(DeadlineCode.INTEGRATION_PLAN_DUE);
        assertThat(signals.get(0).message()).contains("is verstreken");

        long v = queries.get(c, id, "test", nl.regie.audit.AccessLog.Channel.UI).version();
        v = recording.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.INTAKE_IN_PROGRESS, today.minusDays(3), null, null), null);
        recording.record(c, id, v, new DossierLifecycle.StepRequest(DossierState.PLAN_ESTABLISHED, today, null, null), null);
        assertThat(signalsOf(id)).extracting(Signal::kind).doesNotContain(Signal.Kind.DEADLINE_PASSED);
    }

    @Test
    void theSweepRaisesProgressMeetingSignalsFromTheScheduleAndAMeetingClearsThem() {
        RegieUser c = data.user(TestData.CONSULTANT_WASSENAAR);
        UUID id = dossierWithPlan(today.minusDays(300), today.minusDays(200), null);
        // Wassenaar's cadence (seed 003): the first year every 3 months. Meeting 1 was planned about 110 days ago
        // and has no outcome: more than 14 days over its date.
        sweep.sweep(today);
        assertThat(signalsOf(id)).extracting(Signal::kind).contains(Signal.Kind.PROGRESS_MEETING_OVERDUE);
        assertThat(signalsOf(id).stream().filter(s -> s.kind() == Signal.Kind.PROGRESS_MEETING_OVERDUE).findFirst().orElseThrow()
                .message()).contains("gepland op", "meer dan 14 dagen over datum");
        meetings.held(c, id, new nl.regie.progress.HeldMeeting(2, today.minusDays(1), List.of(new nl.regie.progress.DomainNote(
                nl.regie.progress.LifeDomain.LANGUAGE_AND_ROUTE, "Taal gaat goed.", "Werkervaringsplek zoeken.")), false, null));
        assertThat(signalsOf(id)).extracting(Signal::kind).doesNotContain(Signal.Kind.PROGRESS_MEETING_OVERDUE);
        sweep.sweep(today);
        assertThat(signalsOf(id)).extracting(Signal::kind).doesNotContain(Signal.Kind.PROGRESS_MEETING_OVERDUE);
    }

    @Test
    void financialReliefEndingIsSignalledAhead() {
        // Six months of ontzorgen from a benefit start 6 months minus 10 days ago end within the 14-day lead time.
        UUID id = dossierWithPlan(today.minusMonths(6).minusDays(20), null, today.minusMonths(6).plusDays(10));
        assertThat(signalsOf(id)).extracting(Signal::kind).contains(Signal.Kind.FINANCIAL_RELIEF_ENDING);
    }

    @Test
    void worklistPutsTheMostUrgentDossierFirst() throws Exception {
        // Registered three years ago and still no PIP: the earliest passed deadline of anything the tests create.
        UUID overdue = dossierWithPlan(today.minusYears(3), null, null);
        String html = mvc.perform(get("/werkvoorraad").param("consulent", TestData.CONSULTANT_WASSENAAR)
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher first = Pattern.compile("href=\"/dossiers/([0-9a-f-]{36})\"").matcher(html);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo(overdue.toString());
        assertThat(html).contains("PIP uiterlijk vastgesteld");
    }

    @Test
    void teamLeadSeesTheSignalOverview() throws Exception {
        dossierWithPlan(today.minusWeeks(12), null, null);
        String html = mvc.perform(get("/signalen").with(user(TestData.TEAM_LEAD_WASSENAAR).roles("TEAM_LEAD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Per consulent", "Test Consulent Wassenaar", "Termijn verstreken");
        mvc.perform(get("/signalen").with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isForbidden());
    }

    private List<Signal> signalsOf(UUID id) {
        return queries.law(data.user(TestData.CONSULTANT_WASSENAAR),
                queries.get(data.user(TestData.CONSULTANT_WASSENAAR), id, "test", nl.regie.audit.AccessLog.Channel.UI)).signals();
    }
}
