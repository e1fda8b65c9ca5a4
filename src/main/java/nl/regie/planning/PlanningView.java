package nl.regie.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regie.planning.PlanningForecast.Forecast;

/**
 * Everything the planning screen shows for one municipality: the input (taakstellingen, parameter versions,
 * budgets) and the forecast. Aggregates only.
 *
 * @param openDossiersShown   the open dossiers as they may be shown ("minder dan 5" for 1–4)
 * @param withoutParameters   half years in the horizon for which no parameter version is in force (not forecast)
 */
public record PlanningView(
        String municipalityCode,
        LocalDate today,
        HalfYear currentHalf,
        List<HousingQuota> quotas,
        List<PlanningParameters> parameterHistory,
        Optional<PlanningParameters> current,
        List<Budget> budgets,
        String openDossiersShown,
        Forecast forecast,
        List<HalfYear> withoutParameters) {
}
