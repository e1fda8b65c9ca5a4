package nl.regie.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.dossier.CompletionType;
import nl.regie.rules.LearningRoute;

/** A dossier's registered completion, as stored. Never changed after it is written. */
public record Completion(
        long id,
        UUID dossierId,
        CompletionType outcome,
        LocalDate completedOn,
        LearningRoute learningRoute,
        List<ExamPartResult> examParts,
        LocalDate finalInterviewOn,
        String programmeProvider,
        LocalDate duoDecisionOn,
        String duoReference,
        String remarks,
        String recordedBy,
        Instant recordedAt) {

    public Completion {
        examParts = List.copyOf(examParts);
    }

    /** "Lezen B1, Luisteren B1, …, Kennis van de Nederlandse Maatschappij (KNM)", empty when no parts. */
    public String examSummary() {
        return examParts.stream().map(ExamPartResult::dutch).collect(Collectors.joining(", "));
    }
}
