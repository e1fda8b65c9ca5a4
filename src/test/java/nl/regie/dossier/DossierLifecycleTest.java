package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: from a state, a requested step (with date offset from today), and what the lifecycle answers. */
class DossierLifecycleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate LAST_STEP = LocalDate.of(2026, 10, 1);

    @ParameterizedTest(name = "{0} → {1} ({5})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            LINKED             | WARM_HANDOVER_HELD | 2026-11-01 | -                         | -             | warm handover follows linking: allowed
            LINKED             | HOUSED             | 2026-11-01 | -                         | -             | housing without warm handover: allowed
            WARM_HANDOVER_HELD | HOUSED             | 2026-11-01 | -                         | -             | allowed
            HOUSED             | BRP_REGISTERED     | 2026-11-01 | -                         | -             | allowed
            BRP_REGISTERED     | INTAKE_IN_PROGRESS | 2026-11-01 | -                         | -             | allowed
            INTAKE_IN_PROGRESS | PLAN_ESTABLISHED   | 2026-11-01 | -                         | -             | allowed
            PLAN_ESTABLISHED   | IN_ROUTE           | 2026-11-01 | -                         | -             | allowed
            IN_ROUTE           | COMPLETED          | 2026-11-01 | EXAM                      | -             | allowed
            IN_ROUTE           | COMPLETED          | 2026-11-01 | LANGUAGE_SWITCH_PROGRAMME | -             | allowed
            IN_ROUTE           | COMPLETED          | 2026-11-01 | FINAL_INTERVIEW           | -             | allowed
            COMPLETED          | AFTERCARE          | 2026-11-01 | -                         | -             | allowed
            AFTERCARE          | CLOSED             | 2026-11-01 | -                         | COMPLETED     | allowed
            COMPLETED          | CLOSED             | 2026-11-01 | -                         | COMPLETED     | allowed
            LINKED             | CLOSED             | 2026-11-01 | -                         | MOVED         | allowed
            IN_ROUTE           | CLOSED             | 2026-11-01 | -                         | EXEMPTION_DUO | allowed
            HOUSED             | CLOSED             | 2026-11-01 | -                         | EMIGRATED     | allowed
            PLAN_ESTABLISHED   | CLOSED             | 2026-11-01 | -                         | DECEASED      | allowed
            IN_ROUTE           | COMPLETED          | 2026-11-23 | EXAM                      | -             | allowed
            LINKED             | PLAN_ESTABLISHED   | 2026-11-01 | -                         | -             | state: Van 'Gekoppeld' kan een dossier niet naar 'PIP vastgesteld'
            LINKED             | BRP_REGISTERED     | 2026-11-01 | -                         | -             | state: Van 'Gekoppeld' kan een dossier niet naar 'Ingeschreven in BRP'
            HOUSED             | IN_ROUTE           | 2026-11-01 | -                         | -             | state: Van 'Gehuisvest' kan een dossier niet naar 'In leerroute'
            IN_ROUTE           | INTAKE_IN_PROGRESS | 2026-11-01 | -                         | -             | state: Van 'In leerroute' kan een dossier niet naar 'Brede intake'
            AFTERCARE          | COMPLETED          | 2026-11-01 | EXAM                      | -             | state: Van 'Nazorg' kan een dossier niet naar 'Afgerond'
            CLOSED             | IN_ROUTE           | 2026-11-01 | -                         | -             | state: Dit dossier is gesloten
            IN_ROUTE           | IN_ROUTE           | 2026-11-01 | -                         | -             | state: Het dossier staat al op 'In leerroute'
            HOUSED             | BRP_REGISTERED     | 2026-11-24 | -                         | -             | date: De datum ligt in de toekomst
            HOUSED             | BRP_REGISTERED     | 2026-09-30 | -                         | -             | date: De datum ligt vóór de vorige stap
            HOUSED             | BRP_REGISTERED     | -          | -                         | -             | date: Datum is verplicht
            IN_ROUTE           | COMPLETED          | 2026-11-01 | -                         | -             | completionType: Kies hoe de inburgering is afgerond
            IN_ROUTE           | CLOSED             | 2026-11-01 | EXAM                      | MOVED         | completionType: Een manier van afronden hoort alleen bij de stap 'Afgerond'
            IN_ROUTE           | CLOSED             | 2026-11-01 | -                         | -             | closureReason: Kies een reden om het dossier te sluiten
            IN_ROUTE           | CLOSED             | 2026-11-01 | -                         | COMPLETED     | closureReason: Sluiten met reden 'Traject afgerond' kan pas als het dossier is afgerond
            HOUSED             | BRP_REGISTERED     | 2026-11-01 | -                         | MOVED         | closureReason: Een sluitingsreden hoort alleen bij de stap 'Gesloten'
            """)
    void decides(DossierState from, DossierState to, LocalDate date, CompletionType completion, ClosureReason closure,
                 String expected) {
        DossierLifecycle.Decision d = DossierLifecycle.decide(from,
                new DossierLifecycle.StepRequest(to, date, completion, closure), LAST_STEP, TODAY);
        if (expected.endsWith("allowed")) {
            assertThat(d.allowed()).as(d.reason()).isTrue();
        } else {
            String field = expected.substring(0, expected.indexOf(':'));
            String message = expected.substring(expected.indexOf(':') + 2);
            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo(field);
            assertThat(d.reason()).startsWith(message);
        }
    }

    @org.junit.jupiter.api.Test
    void everyOpenStateCanBeClosedAndClosedIsFinal() {
        for (DossierState s : DossierState.values()) {
            if (s == DossierState.CLOSED) {
                assertThat(DossierLifecycle.nextStates(s)).isEmpty();
            } else {
                assertThat(DossierLifecycle.nextStates(s)).contains(DossierState.CLOSED);
            }
        }
    }
}
