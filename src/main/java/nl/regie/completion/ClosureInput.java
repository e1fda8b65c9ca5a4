package nl.regie.completion;

import java.time.LocalDate;

import nl.regie.dossier.ClosureReason;

/** Closing a completed dossier: the reason, the date and an optional explanation for the timeline. */
public record ClosureInput(ClosureReason reason, LocalDate closedOn, String explanation) {

    public ClosureInput {
        explanation = CompletionInput.trimToNull(explanation);
    }
}
