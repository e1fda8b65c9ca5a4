/**
 * Progress on the learning route and the modules once the PIP is established: hours and attendance per period and
 * component, exam results with attempts, afschalen (Bi art. 5.5), PVT and MAP milestones, the Z-route eindgesprek and
 * the completed taalschakeltraject. {@link nl.regie.route.RouteProgress} is the read API for other modules.
 */
package nl.regie.route;
