/**
 * Handhaving (enforcement) under the Wet inburgering 2021: breaches of Wi obligations recorded with hoor en
 * wederhoor, Regie's proposal from the municipality's fine policy (pure rules in {@link nl.regie.rules.EnforcementRules}),
 * a person's decision (a fine needs a second person's approval: four eyes), the archived fine beschikking, objections
 * and their outcome, Participatiewet measures on the same conduct (never both), and DUO's own decisions as received
 * facts. Reads missed progress meetings through {@link nl.regie.progress.ProgressMeetings}.
 */
package nl.regie.enforcement;
