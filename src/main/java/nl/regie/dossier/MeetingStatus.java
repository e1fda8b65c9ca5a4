package nl.regie.dossier;

import java.time.LocalDate;

/**
 * Where a dossier stands with its voortgangsgesprekken, as the progress module sees it: what the signals and the
 * dossier overview need, nothing about the content of the meetings.
 *
 * @param nextPlannedOn     the planned date of the next meeting that has no outcome yet (the first one after the
 *                          last held or missed meeting); {@code null} when none is left in the term
 * @param lastHeldOn        the date of the last meeting held; {@code null} when none
 * @param missed            how many meetings were recorded as missed
 * @param unexcusedNoShowOn the last "niet verschenen zonder geldige reden" with no meeting held after it;
 *                          {@code null} when there is none
 */
public record MeetingStatus(LocalDate nextPlannedOn, LocalDate lastHeldOn, int missed, LocalDate unexcusedNoShowOn) {
}
