package nl.regie.intake;

import java.time.LocalDate;

import nl.regie.rules.LearningRoute;

/**
 * The result of a leerbaarheidstoets as the provider reported it (Wi 2021 art. 14: part of the brede intake, taken by
 * an independent party; seed 004 note 3 and 12). The test advises a leerroute; the score is kept as the report states
 * it, because providers use different scales. Entered by the consultant on the provider's behalf: chain partners do
 * not work in dossiers yet.
 */
public record NewLearnabilityTest(LocalDate takenOn, String provider, LearningRoute advisedRoute, String score,
                                  String remarks) {
}
