package nl.regie.route;

import java.time.LocalDate;

/** The taalschakeltraject of the onderwijsroute completed (Wi art. 8): when, at which institution. */
public record BridgingProgrammeCompletion(LocalDate completedOn, String institution, String note, String recordedBy) {
}
