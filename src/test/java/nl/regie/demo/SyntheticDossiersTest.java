package nl.regie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.regie.dossier.DossierBulkWriter.GeneratedDossier;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierState;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.Bsn;
import nl.regie.shared.ContactLanguage;
import nl.regie.shared.Nationality;

class SyntheticDossiersTest {

    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    private static List<GeneratedDossier> generate(long seed, int size) {
        return new SyntheticDossiers(seed, REFERENCE, DemoData.targets()).generate(size);
    }

    @Test
    void sameSeedGivesTheSameDossiers() {
        assertThat(generate(7, 300)).isEqualTo(generate(7, 300));
        assertThat(generate(7, 300)).isNotEqualTo(generate(8, 300));
    }

    @Test
    void everyStateOccursInEveryDemoMunicipality() {
        List<GeneratedDossier> all = generate(2021, 2000);
        for (String code : List.of("0629", "0626", "1916")) {
            Set<DossierState> states = EnumSet.noneOf(DossierState.class);
            all.stream().filter(d -> d.municipalityCode().equals(code)).forEach(d -> states.add(d.state()));
            assertThat(states).as(code).containsExactlyInAnyOrder(DossierState.values());
        }
        assertThat(all).extracting(GeneratedDossier::nationality).contains("SYR", "ERI", "AFG", "TUR", "UKR");
    }

    @Test
    void dossiersAreValidAndTheirHistoryFollowsTheLifecycle() {
        List<GeneratedDossier> all = generate(99, 3000);
        Set<String> bsns = new HashSet<>();
        Set<java.util.UUID> ids = new HashSet<>();
        for (GeneratedDossier d : all) {
            assertThat(Bsn.isValid(d.bsn())).isTrue();
            assertThat(bsns.add(d.bsn())).as("unique BSN").isTrue();
            assertThat(ids.add(d.id())).as("unique id").isTrue();
            assertThat(d.id().version()).isEqualTo(4);
            assertThat(Nationality.problemWith(d.nationality())).isNull();
            assertThat(ContactLanguage.problemWith(d.contactLanguage())).isNull();
            if (d.targetGroup() != TargetGroup.ASYLUM_PERMIT_HOLDER) {
                assertThat(d.stepDates()).doesNotContainKeys(DossierState.LINKED, DossierState.HOUSED);
                assertThat(d.coaProfile()).isNull();
            }
            // Replay the history through the lifecycle: every generated step must be one the lifecycle allows.
            DossierState state = null;
            LocalDate last = null;
            for (DossierState s : DossierState.values()) {
                LocalDate date = d.stepDates().get(s);
                if (date == null) {
                    continue;
                }
                assertThat(date).isBeforeOrEqualTo(REFERENCE);
                assertThat(date).isAfterOrEqualTo(d.birthDate());
                if (state != null) {
                    var step = new DossierLifecycle.StepRequest(s, date,
                            s == DossierState.COMPLETED ? d.completionType() : null,
                            s == DossierState.CLOSED ? d.closureReason() : null);
                    assertThat(DossierLifecycle.decide(state, step, last, REFERENCE).allowed())
                            .as(d.id() + " " + state + " → " + s).isTrue();
                }
                state = s;
                last = date;
            }
            assertThat(state).isEqualTo(d.state());
        }
    }
}
