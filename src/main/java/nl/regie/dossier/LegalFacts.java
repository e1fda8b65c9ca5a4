package nl.regie.dossier;

import java.time.LocalDate;

/**
 * Facts about a newcomer that only matter for the law's questions (Wi 2021 art. 3 exemptions, ontzorgen,
 * a DUO extension of the term). Kept with the dossier so its deadlines can be recomputed at any time.
 */
public record LegalFacts(boolean temporaryPurpose, int yearsInNetherlandsDuringCompulsorySchoolAge,
                         boolean hasQualifyingDutchDiploma, LocalDate benefitStartedOn, LocalDate termExtendedUntil) {

    public static LegalFacts none() {
        return new LegalFacts(false, 0, false, null, null);
    }
}
