package nl.regie.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.linking.WarmHandover.Participant;
import nl.regie.shared.RegieProblem;

class WarmHandoverTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now();
    static final Set<Participant> USUAL = EnumSet.of(Participant.NEWCOMER, Participant.COA, Participant.CONSULTANT, Participant.INTERPRETER);

    @Autowired
    WarmHandovers handovers;

    @Autowired
    DossierQueries dossiers;

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    private long rows(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM warm_handover WHERE dossier_id = ?").param(id).query(Long.class).single();
    }

    private static WarmHandovers.Report report(LocalDate heldOn) {
        return new WarmHandovers.Report(heldOn, USUAL, "Fatima (COA), Ali (tolk)", "ar", "ar",
                "Kennismaking in het AZC; wil graag snel aan het werk in de zorg.", "Brede intake in de eerste week na huisvesting.");
    }

    @Test
    void aPlannedHandoverIsRecordedAsHeldAndMovesTheDossierOn() {
        UUID id = data.wassenaarDossierLinkedOn(TODAY.minusDays(20));
        handovers.plan(consultant(), id, new WarmHandovers.Plan(TODAY.plusDays(3), "AZC Katwijk", USUAL, null, "ar"), Map.of(), null);
        WarmHandover planned = handovers.view(consultant(), id).handover();
        assertThat(planned.plannedOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(planned.held()).isFalse();

        // Replanning with the version read works; with a stale version it is a conflict and writes nothing.
        handovers.plan(consultant(), id, new WarmHandovers.Plan(TODAY.minusDays(1), "AZC Katwijk, zaal 2", USUAL, null, "ar"), Map.of(), planned.version());
        assertThatThrownBy(() -> handovers.plan(consultant(), id,
                new WarmHandovers.Plan(TODAY, "Elders", USUAL, null, "ar"), Map.of(), planned.version()))
                .isInstanceOf(RegieProblem.Conflict.class);

        handovers.record(consultant(), id, report(TODAY.minusDays(1)), Map.of(), planned.version() + 1);

        var view = handovers.view(consultant(), id);
        assertThat(view.dossier().state()).isEqualTo(DossierState.WARM_HANDOVER_HELD);
        assertThat(view.dossier().dateOf(DossierState.WARM_HANDOVER_HELD)).isEqualTo(TODAY.minusDays(1));
        assertThat(view.handover().plannedLocation()).isEqualTo("AZC Katwijk, zaal 2");
        assertThat(view.handover().participants()).isEqualTo(USUAL);
        assertThat(view.handover().interpreterLanguageDutch()).isEqualTo("Arabisch");
        assertThat(dossiers.timeline(consultant(), id, "test", Channel.UI))
                .extracting(TimelineEvent::type)
                .contains(TimelineEvent.EventType.HANDOVER_PLANNED, TimelineEvent.EventType.HANDOVER_HELD, TimelineEvent.EventType.STEP_RECORDED);

        assertThatThrownBy(() -> handovers.record(consultant(), id, report(TODAY), Map.of(), null))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("al vastgelegd");
        assertThatThrownBy(() -> handovers.plan(consultant(), id, new WarmHandovers.Plan(TODAY, "AZC", USUAL, null, "ar"), Map.of(), null))
                .isInstanceOf(RegieProblem.Conflict.class);
    }

    static Stream<Arguments> badReports() {
        WarmHandovers.Report good = report(TODAY);
        return Stream.of(
                Arguments.of(new WarmHandovers.Report(null, USUAL, null, "ar", "ar", "x", null), "heldOn", "Vul de datum in"),
                Arguments.of(new WarmHandovers.Report(TODAY.plusDays(1), USUAL, null, "ar", "ar", "x", null), "heldOn", "in de toekomst"),
                Arguments.of(new WarmHandovers.Report(TODAY.minusDays(40), USUAL, null, "ar", "ar", "x", null), "heldOn", "na de koppeling"),
                Arguments.of(new WarmHandovers.Report(TODAY, EnumSet.of(Participant.COA, Participant.INTERPRETER), null, "ar", "ar", "x", null),
                        "participants", "De statushouder zelf"),
                Arguments.of(new WarmHandovers.Report(TODAY, EnumSet.of(Participant.NEWCOMER, Participant.COA), null, null, "ar", "x", null),
                        "participants", "heeft de statushouder een tolk nodig"),
                Arguments.of(new WarmHandovers.Report(TODAY, USUAL, null, null, "ar", "x", null), "interpreterLanguage", "Vul de taal van de tolk in"),
                Arguments.of(new WarmHandovers.Report(TODAY, USUAL, null, "arabisch", "ar", "x", null), "interpreterLanguage", "Onbekende taalcode"),
                Arguments.of(new WarmHandovers.Report(TODAY, USUAL, null, "ar", " ", "x", null), "conversationLanguage", "Vul de taal van het gesprek in"),
                Arguments.of(new WarmHandovers.Report(TODAY, USUAL, null, "ar", "ar", "  ", null), "summary", "Vat het gesprek samen"),
                Arguments.of(new WarmHandovers.Report(TODAY, USUAL, null, "ar", "ar", "x".repeat(4001), null), "summary", "Hoogstens 4000 tekens"),
                Arguments.of(new WarmHandovers.Report(TODAY, USUAL, null, "ar", "ar", "x", "y".repeat(2001)), "agreements", "Hoogstens 2000 tekens"),
                Arguments.of(new WarmHandovers.Report(good.heldOn(), USUAL, "z".repeat(501), "ar", "ar", "x", null), "otherParticipants", "Hoogstens 500"));
    }

    @ParameterizedTest
    @MethodSource("badReports")
    void aBadReportIsRefusedWithADutchMessageOnItsFieldAndWritesNothing(WarmHandovers.Report bad, String field, String message) {
        UUID id = data.wassenaarDossierLinkedOn(TODAY.minusDays(20));
        assertThatThrownBy(() -> handovers.record(consultant(), id, bad, Map.of(), null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> assertThat(e.problems().get(field)).contains(message));
        assertThat(rows(id)).isZero();
        assertThat(handovers.view(consultant(), id).dossier().state()).isEqualTo(DossierState.LINKED);
    }

    @Test
    void aPlanNeedsDateAndPlaceAndTypingErrorsAreKept() {
        UUID id = data.wassenaarDossierLinkedOn(TODAY.minusDays(20));
        Map<String, String> typing = new HashMap<>(Map.of("plannedOn", "'32-13-2026' is geen geldige datum; schrijf bijvoorbeeld 03-03-2026."));
        assertThatThrownBy(() -> handovers.plan(consultant(), id, new WarmHandovers.Plan(null, " ", USUAL, null, "ar"), typing, null))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class, e -> {
                    assertThat(e.problems().get("plannedOn")).contains("32-13-2026");
                    assertThat(e.problems().get("location")).contains("Vul de plaats in");
                });
        assertThat(rows(id)).isZero();
    }

    @Test
    void onlyCaseworkersOfTheMunicipalityPlanOrRead() {
        UUID id = data.wassenaarDossierLinkedOn(TODAY.minusDays(20));
        var plan = new WarmHandovers.Plan(TODAY, "AZC", USUAL, null, "ar");
        assertThatThrownBy(() -> handovers.plan(data.user(TestData.CONSULTANT_VOORSCHOTEN), id, plan, Map.of(), null))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> handovers.view(data.user(TestData.CONSULTANT_VOORSCHOTEN), id))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> handovers.view(data.user(TestData.POLICY_OFFICER_WASSENAAR), id))
                .isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> handovers.plan(data.user(TestData.POLICY_OFFICER_WASSENAAR), id, plan, Map.of(), null))
                .isInstanceOf(RegieProblem.Forbidden.class);
        assertThat(rows(id)).isZero();
        long logged = jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND purpose = 'Warme overdracht inzien'")
                .param(id).query(Long.class).single();
        handovers.view(data.user(TestData.TEAM_LEAD_WASSENAAR), id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND purpose = 'Warme overdracht inzien'")
                .param(id).query(Long.class).single()).isEqualTo(logged + 1);
    }
}
