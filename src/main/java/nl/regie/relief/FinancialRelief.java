package nl.regie.relief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.regie.rules.FinancialReliefRules;

/**
 * The ontzorgen arrangement of one dossier, as read.
 *
 * @param policyMonths    the months of the municipality's policy in force on the start date
 * @param endsOn          the last day as agreed now: the policy's end, a later one after an extension, or an earlier
 *                        one when it was ended early
 * @param benefitCents    the monthly bijstand (netto) the vaste lasten are withheld from, in cents
 * @param newcomerIban    where the remainder of the benefit goes
 */
public record FinancialRelief(long id, UUID dossierId, String municipalityCode, LocalDate startsOn, int policyMonths,
                              LocalDate policyValidFrom, LocalDate endsOn, boolean endedEarly, long benefitCents,
                              String newcomerIban, String createdBy, Instant createdAt, long version) {

    /** The end the policy gives (start plus the policy's months, the last day inside). */
    public LocalDate plannedEnd() {
        return FinancialReliefRules.endDate(startsOn, policyMonths);
    }

    public boolean extended() {
        return !endedEarly && endsOn.isAfter(plannedEnd());
    }

    /** Runs on {@code day}: between start and end. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public String benefit() {
        return FinancialReliefRules.euro(benefitCents);
    }
}
