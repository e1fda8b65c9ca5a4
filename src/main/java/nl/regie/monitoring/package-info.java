/**
 * Monitoring (issue 6): KPIs per cohort computed from what the dossiers record, with small-number suppression,
 * each municipality's targets (data with a valid-from date), the dashboard for policy officers and team leads,
 * CSV/XLSX exports, the pseudonymised research dataset and the yearly accountability overview. Never shows a person:
 * everything here is an aggregate of at least {@link nl.regie.dossier.DossierCounts#SUPPRESS_BELOW} dossiers, or
 * a pseudonymised row without name, BSN or exact dates.
 */
package nl.regie.monitoring;
