package nl.regie.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a municipality's planning parameters, in force from {@code validFrom} until the next version.
 * Percentages are of persons; unit costs are in euro cents per {@link BudgetLine#unit()}.
 *
 * @param shareObligedPct       share of the taakstelling that is inburgeringsplichtig (seed 003: about 2/3; seed 001: 65%)
 * @param shareMarginPct        percentage points either side of that share for the low and high scenario
 * @param realisationLowPct     share of the taakstelling actually housed in the half year, low scenario
 * @param realisationExpectedPct … expected scenario
 * @param realisationHighPct    … high scenario (above 100 when the municipality houses more, seed 002)
 * @param localMix              the municipality's own route-mix estimate (seed 003: 55/20/25)
 * @param caseloadPerFte        dossiers one full-time consultant carries
 * @param dossierMonths         months a dossier stays open on average (three-year term plus six months nazorg)
 * @param sourceLines           where each figure comes from; lines starting with "Aanname" are assumptions
 */
public record PlanningParameters(
        long id,
        LocalDate validFrom,
        BigDecimal shareObligedPct,
        BigDecimal shareMarginPct,
        BigDecimal realisationLowPct,
        BigDecimal realisationExpectedPct,
        BigDecimal realisationHighPct,
        RouteMix localMix,
        int caseloadPerFte,
        int dossierMonths,
        Map<BudgetLine, Long> unitCostCents,
        List<String> sourceLines,
        String recordedBy) {

    public PlanningParameters {
        unitCostCents = Collections.unmodifiableMap(new EnumMap<>(unitCostCents));
        sourceLines = List.copyOf(sourceLines);
    }

    /** A source line that states an assumption rather than a figure with a source (it starts with "Aanname"). */
    public static boolean isAssumption(String sourceLine) {
        return sourceLine.strip().toLowerCase(java.util.Locale.ROOT).startsWith("aanname");
    }

    public boolean hasAssumptions() {
        return sourceLines.stream().anyMatch(PlanningParameters::isAssumption);
    }

    public long unitCost(BudgetLine line) {
        return unitCostCents.getOrDefault(line, 0L);
    }
}
