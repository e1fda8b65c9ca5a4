/**
 * Voortgangsgesprekken: planned per the municipality's cadence from the dagtekening of the first PIP over the
 * term, moved to an agreed date, recorded as held (per life domain, with agreements and whether the PIP needs
 * revising) or as missed (with the reason; "niet verschenen zonder geldige reden" is flagged as a possible
 * breach for a later enforcement decision). Owns {@code progress_meeting}, {@code progress_meeting_domain} and
 * {@code progress_appointment}; tells the dossier module where a dossier stands through
 * {@link nl.regie.dossier.ProgressMeetingFacts}.
 */
package nl.regie.progress;
