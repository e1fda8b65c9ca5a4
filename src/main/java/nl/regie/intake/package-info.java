/**
 * Brede intake (Wi 2021 art. 14; seed 004 bijlage 3–4): a series of conversations, the findings per leefgebied
 * (each saved on its own and kept as versions), the leerbaarheidstoets result, and the nulmeting/eindmeting
 * (ZRM scores and participatieladder step).
 *
 * <p>Physical health, mental health and the ZRM scores for lichamelijke gezondheid, geestelijke gezondheid and
 * verslaving are special categories of personal data (AVG art. 9): only the dossier's own consultant and the team
 * leads of its municipality read or write them ({@link nl.regie.intake.SpecialCategoryAccess}), every read is logged
 * as {@code VIEW_SPECIAL_CATEGORY}, and the read models for other modules ({@link nl.regie.intake.IntakeSummary},
 * {@link nl.regie.intake.Measurements}) never contain them.
 */
package nl.regie.intake;
