package nl.regie.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.regie.dossier.CompletionType;
import nl.regie.rules.LearningRoute;

/**
 * The notice to DUO that a newcomer's integration trajectory in this municipality has been completed (seed 001:
 * "Bij het succesvol afronden van de leerroute informeert de gemeente de Dienst Uitvoering Onderwijs (DUO)").
 * One model, rendered as JSON and as XML (schema {@code duo/duo-notice.xsd}); every field is described in
 * {@code docs/duo-notice.md}. The names of the JSON properties and the XML elements are the same.
 * It carries the BSN because that is how DUO identifies the inburgeringsplichtige; nothing else about the person.
 */
@JsonPropertyOrder({"schemaVersion", "noticeId", "createdAt", "sender", "newcomer", "municipalReference",
        "learningRoute", "firstPlanDatedOn", "completion"})
public record DuoNotice(
        String schemaVersion,
        UUID noticeId,
        Instant createdAt,
        Sender sender,
        Newcomer newcomer,
        UUID municipalReference,
        LearningRoute learningRoute,
        LocalDate firstPlanDatedOn,
        Result completion) {

    public static final String SCHEMA_VERSION = "1.0";
    public static final String XML_NAMESPACE = "https://regie.nl/schema/duo-melding/v1";

    /** The college of the municipality (CBS gemeentecode) and the consultant DUO can contact. */
    @JsonPropertyOrder({"municipalityCode", "municipalityName", "contactPerson"})
    public record Sender(String municipalityCode, String municipalityName, String contactPerson) {
    }

    /** The inburgeringsplichtige, identified by BSN only (data minimisation: DUO holds the rest). */
    public record Newcomer(String bsn) {
    }

    /** How the duty ended, with the fields that belong to that outcome (the others are absent). */
    @JsonPropertyOrder({"outcome", "completedOn", "examParts", "finalInterviewOn", "programmeProvider", "duoDecision"})
    public record Result(CompletionType outcome, LocalDate completedOn, List<ExamPartResult> examParts,
                         LocalDate finalInterviewOn, String programmeProvider, DuoDecision duoDecision) {
        public Result {
            examParts = examParts == null || examParts.isEmpty() ? null : List.copyOf(examParts);
        }
    }

    /** DUO's own decision (vrijstelling or ontheffing) that the municipality registered. */
    @JsonPropertyOrder({"decidedOn", "reference"})
    public record DuoDecision(LocalDate decidedOn, String reference) {
    }
}
