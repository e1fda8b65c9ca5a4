package nl.regie.completion;

import java.time.LocalDate;

/** The aftercare contact as entered: when it took place, how the newcomer participates, remarks. */
public record AftercareInput(LocalDate contactedOn, ParticipationOutcome outcome, String remarks) {

    public AftercareInput {
        remarks = CompletionInput.trimToNull(remarks);
    }
}
