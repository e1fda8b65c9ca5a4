package nl.regie.rules;

import java.time.LocalDate;

/**
 * What the rules need to know about one person. Dates that are not known yet are {@code null}; a deadline whose
 * start event is unknown is then left out, never guessed.
 *
 * @param referenceDate    the day the question is asked ("peildatum")
 * @param yearsInNetherlandsDuringCompulsorySchoolAge years of residence in NL while of compulsory-school age
 * @param housingDate      huisvesting in the municipality (for a municipal PIP deadline counted from housing)
 * @param termExtendedUntil the new end of the integration term when DUO granted an extension (Wi art. 12)
 * @param dutyNotificationDate DUO's kennisgeving of the duty; the PIP deadline counts from it or, when later,
 *                          from the BRP registration (Bi art. 5.3)
 */
public record PersonFacts(
        LocalDate referenceDate,
        LocalDate birthDate,
        String nationality,
        ResidencePermitType residencePermitType,
        boolean temporaryPurpose,
        LocalDate permitGrantedOn,
        int yearsInNetherlandsDuringCompulsorySchoolAge,
        boolean hasQualifyingDutchDiploma,
        LocalDate brpRegistrationDate,
        LocalDate housingDate,
        LocalDate firstIntegrationPlanDate,
        LocalDate benefitStartDate,
        LocalDate examPassedDate,
        LocalDate termExtendedUntil,
        LocalDate dutyNotificationDate) {
}
