package nl.regie.dossier;

import java.time.LocalDate;

import nl.regie.rules.DeadlineCode;

/** A deadline as stored for a dossier: date, legal or policy basis, and the plain-Dutch "waarom deze datum?". */
public record DossierDeadline(DeadlineCode code, LocalDate date, String basis, String explanation) {
}
