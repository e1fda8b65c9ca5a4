package nl.regie.completion;

import java.time.LocalDate;
import java.util.List;

import nl.regie.dossier.CompletionType;
import nl.regie.rules.LearningRoute;

/**
 * What the consultant entered on the completion screen. {@code learningRoute} counts only when Regie holds no
 * established PIP (the route then cannot be read from the plan); otherwise the PIP's route is used.
 */
public record CompletionInput(
        CompletionType outcome,
        LocalDate completedOn,
        LearningRoute learningRoute,
        List<ExamPartResult> examParts,
        LocalDate finalInterviewOn,
        String programmeProvider,
        LocalDate duoDecisionOn,
        String duoReference,
        String remarks) {

    public CompletionInput {
        examParts = examParts == null ? List.of() : List.copyOf(examParts);
        programmeProvider = trimToNull(programmeProvider);
        duoReference = trimToNull(duoReference);
        remarks = trimToNull(remarks);
    }

    /**
     * Only the fields that belong to the chosen outcome: the form shows every outcome's fields, and a field filled
     * in before the consultant changed the outcome must not end up in the record or the notice to DUO.
     */
    public CompletionInput relevant() {
        boolean exam = outcome == CompletionType.EXAM;
        boolean interview = outcome == CompletionType.FINAL_INTERVIEW;
        boolean programme = outcome == CompletionType.LANGUAGE_SWITCH_PROGRAMME;
        boolean duo = outcome == CompletionType.EXEMPTION || outcome == CompletionType.DISPENSATION;
        // Since 2023 Z-route newcomers may take KNM and A2 parts (Bi art. 3.14 lid 7): optional with the interview.
        return new CompletionInput(outcome, completedOn, learningRoute, exam || interview ? examParts : List.of(),
                interview ? finalInterviewOn : null, programme ? programmeProvider : null, duo ? duoDecisionOn : null,
                duo ? duoReference : null, remarks);
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
