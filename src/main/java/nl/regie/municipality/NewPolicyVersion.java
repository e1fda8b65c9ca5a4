package nl.regie.municipality;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a functional administrator enters to add a policy version. The number of voortgangsgesprekken in the term
 * is not entered: it follows from the cadence ({@link ProgressCadence#meetingsInTerm()}).
 */
public record NewPolicyVersion(
        @NotBlank(message = "Kies een gemeente.") String municipalityCode,
        @NotNull(message = "Ingangsdatum is verplicht.") LocalDate validFrom,
        @Min(value = 1, message = "Een eigen PIP-termijn is minstens 1 week.")
        @Max(value = 9, message = "Een eigen PIP-termijn moet strenger zijn dan de wettelijke 10 weken (maximaal 9).")
        Integer pipDeadlineWeeks,
        PipDeadlineStart pipDeadlineStart,
        @NotNull(message = "Het ritme van de voortgangsgesprekken is verplicht.")
        ProgressCadence progressCadence,
        @NotNull(message = "Aantal maanden ontzorgen is verplicht.")
        @Min(value = 6, message = "Ontzorgen duurt minstens 6 maanden (Participatiewet art. 56a).")
        @Max(value = 36, message = "Ontzorgen langer dan 36 maanden past niet binnen de inburgeringstermijn.")
        Integer financialReliefMonths,
        @Size(max = 500, message = "Toelichting is maximaal 500 tekens.") String reason) {

    @AssertTrue(message = "Het ritme van de voortgangsgesprekken klopt niet.")
    public boolean isProgressCadenceValid() {
        return progressCadence == null || progressCadence.problems().isEmpty();
    }

    @AssertTrue(message = "Kies vanaf welke gebeurtenis de eigen PIP-termijn telt.")
    public boolean isPipDeadlineStartGivenWhenWeeksGiven() {
        return pipDeadlineWeeks == null || pipDeadlineStart != null;
    }
}
