/**
 * Planning from the taakstelling (seed 003 bijlage 1, "Financiën"): a municipality's half-yearly housing quota,
 * its planning parameters (share inburgeringsplichtig, route mix, caseload norm, unit costs; versions with a
 * valid-from date) and its budget per budget line and year, turned by the pure {@link nl.regie.planning.PlanningForecast}
 * into ranges of newcomers, routes, consultant capacity and costs against the budget. Aggregates only: it reads
 * the number of open dossiers through {@link nl.regie.dossier.DossierCounts} and never a person. Owns
 * {@code housing_quota}, {@code planning_parameters}, {@code planning_unit_cost} and {@code planning_budget} (V16).
 */
package nl.regie.planning;
