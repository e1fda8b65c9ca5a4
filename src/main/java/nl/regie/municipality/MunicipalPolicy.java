package nl.regie.municipality;

import java.time.Instant;
import java.time.LocalDate;

import nl.regie.rules.MunicipalRules;

/**
 * Verordening / lokaal beleid: a municipality's own settings, valid from a date until the next version.
 * Policy is data, never an {@code if (gemeente == …)} (STYLE.md).
 *
 * @param pipDeadlineWeeks        the municipality's own PIP deadline when stricter than the statutory
 *                                ten weeks (seed 001: six weeks after housing); {@code null} = the law
 * @param pipDeadlineStart        the event the municipal deadline counts from; {@code null} when no own deadline
 * @param plannedProgressMeetings voortgangsgesprekken in the three-year term (seed 003: about eight), as the
 *                                {@code progressCadence} gives them
 * @param financialReliefMonths   months of financieel ontzorgen (Participatiewet art. 56a: six by default)
 * @param progressCadence         when the voortgangsgesprekken fall, denser at the start (seed 003)
 */
public record MunicipalPolicy(
        String municipalityCode,
        LocalDate validFrom,
        Integer pipDeadlineWeeks,
        PipDeadlineStart pipDeadlineStart,
        int plannedProgressMeetings,
        int financialReliefMonths,
        String reason,
        String recordedBy,
        Instant recordedAt,
        ProgressCadence progressCadence) {

    /** The part of this policy the rules module applies, named so the user sees where a date comes from. */
    public MunicipalRules asRules(String municipalityName) {
        return new MunicipalRules(pipDeadlineWeeks, pipDeadlineStart == PipDeadlineStart.HOUSING, financialReliefMonths,
                "gemeentelijk beleid " + municipalityName + " (geldig vanaf " + validFrom + ")");
    }
}
