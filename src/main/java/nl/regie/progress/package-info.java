/**
 * Voortgangsgesprekken: planned per the municipality's cadence from the dagtekening of the first PIP over the
 * term, moved to an agreed date, recorded as held (per life domain, with agreements and whether the PIP needs
 * revising) or as missed (with the reason; "niet verschenen zonder geldige reden" is flagged as a possible
 * breach for a later enforcement decision). Also the newcomer's answers in the satisfaction survey (seeds 003, 004),
 * asked at these meetings. Owns {@code progress_meeting}, {@code progress_meeting_domain},
 * {@code progress_appointment} and {@code satisfaction_answer}; tells the dossier module where a dossier stands through
 * {@link nl.regie.dossier.ProgressMeetingFacts}.
 */
package nl.regie.progress;
