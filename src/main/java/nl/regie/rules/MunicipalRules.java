package nl.regie.rules;

/**
 * The parts of a municipality's policy version (verordening) that the rules apply, passed in as data.
 *
 * @param pipDeadlineWeeks       own PIP deadline when stricter than the law, or {@code null}
 * @param pipDeadlineFromHousing whether the own deadline counts from housing (seed 001) rather than BRP registration
 * @param financialReliefMonths  months of ontzorgen (Participatiewet art. 56a: at least six)
 * @param description            how the basis is named to the user, e.g. "Beleidsregels Zevenaar (geldig vanaf 2022-01-01)"
 */
public record MunicipalRules(Integer pipDeadlineWeeks, boolean pipDeadlineFromHousing, int financialReliefMonths,
                             String description) {

    /** No own policy: only the law applies, with the statutory six months of ontzorgen. */
    public static MunicipalRules lawOnly() {
        return new MunicipalRules(null, false, 6, "wettelijke standaard");
    }
}
