package nl.regie.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A new version of the planning parameters as typed; checked by {@link EditingPlanning#addParameters}. */
public record NewPlanningParameters(
        LocalDate validFrom,
        BigDecimal shareObligedPct,
        BigDecimal shareMarginPct,
        BigDecimal realisationLowPct,
        BigDecimal realisationExpectedPct,
        BigDecimal realisationHighPct,
        RouteMix localMix,
        Integer caseloadPerFte,
        Integer dossierMonths,
        Map<BudgetLine, Long> unitCostCents,
        String source) {
}
