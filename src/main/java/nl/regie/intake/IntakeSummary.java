package nl.regie.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules may know of a brede intake, e.g. to draft the PIP: the leerbaarheidstoets advice, language levels,
 * education and work highlights, wishes, childcare need. Built only from leefgebieden that are not special
 * categories: it holds nothing about physical or mental health, addiction or their ZRM scores (AVG art. 9), so it is
 * safe to show, print or export wherever the dossier itself may be shown. Fields are {@code null} when not recorded.
 *
 * @param latestLearnabilityTest the most recent leerbaarheidstoets result, or {@code null}
 * @param domainsRecorded        the leefgebieden (not special categories) with at least one saved version
 */
public record IntakeSummary(
        UUID dossierId,
        int conversationCount,
        LocalDate lastConversationOn,
        LearnabilityTest latestLearnabilityTest,
        LanguageLevels languageLevels,
        String educationLevel,
        Integer yearsOfSchooling,
        String diplomas,
        String diplomaValuation,
        String workExperience,
        Integer yearsOfWorkExperience,
        String desiredOccupations,
        String digitalSkills,
        ChildcareNeed childcareNeed,
        Integer childrenNeedingCare,
        String childcareWhen,
        MeasurementComparison measurements,
        List<LifeDomain> domainsRecorded) {

    /** Taalniveau per skill; {@link CefrLevel#UNKNOWN} when not recorded. */
    public record LanguageLevels(CefrLevel reading, CefrLevel listening, CefrLevel writing, CefrLevel speaking) {
    }
}
