package nl.regie.plan.web;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import nl.regie.plan.IntegrationPlan;
import nl.regie.plan.PlanContent;
import nl.regie.rules.LearningRoute;

/** The PIP form exactly as typed, so a refused form comes back with everything entered. */
public class PlanForm {

    private String learningRoute;
    private String routeReasons;
    private String provider;
    private String knm;
    private String labourMarketModule;
    private String participationStatement;
    private String participation;
    private String financialRelief;
    private String childcare;
    private String otherAgreements;
    private String plannedMeetings;
    private boolean summaryEn;
    private boolean summaryAr;
    private String revisionReason;
    private Long version;

    static PlanForm of(IntegrationPlan p, boolean asNewRevision) {
        PlanForm f = new PlanForm();
        PlanContent c = p.content();
        f.learningRoute = c.learningRoute().name();
        f.routeReasons = c.routeReasons();
        f.provider = c.provider();
        f.knm = c.knm();
        f.labourMarketModule = c.labourMarketModule();
        f.participationStatement = c.participationStatement();
        f.participation = c.participation();
        f.financialRelief = c.financialRelief();
        f.childcare = c.childcare();
        f.otherAgreements = c.otherAgreements();
        f.plannedMeetings = String.valueOf(c.plannedMeetings());
        f.summaryEn = c.summaryLanguages().contains("en");
        f.summaryAr = c.summaryLanguages().contains("ar");
        if (!asNewRevision) {
            f.revisionReason = p.revisionReason();
            f.version = p.version();
        }
        return f;
    }

    PlanContent toContent(Map<String, String> errors) {
        LearningRoute route = null;
        if (learningRoute != null && !learningRoute.isBlank()) {
            try {
                route = LearningRoute.valueOf(learningRoute);
            } catch (IllegalArgumentException e) {
                errors.put("learningRoute", "Kies de leerroute.");
            }
        }
        Integer meetings = null;
        if (plannedMeetings != null && !plannedMeetings.isBlank()) {
            try {
                meetings = Integer.valueOf(plannedMeetings.trim());
            } catch (NumberFormatException e) {
                errors.put("plannedMeetings", "'" + plannedMeetings.trim() + "' is geen heel getal.");
            }
        }
        Set<String> languages = new LinkedHashSet<>();
        if (summaryEn) {
            languages.add("en");
        }
        if (summaryAr) {
            languages.add("ar");
        }
        return new PlanContent(route, t(routeReasons), t(provider), t(knm), t(labourMarketModule), t(participationStatement),
                t(participation), t(financialRelief), t(childcare), t(otherAgreements), meetings, languages);
    }

    private static String t(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getLearningRoute() { return learningRoute; }
    public void setLearningRoute(String v) { learningRoute = v; }
    public String getRouteReasons() { return routeReasons; }
    public void setRouteReasons(String v) { routeReasons = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getKnm() { return knm; }
    public void setKnm(String v) { knm = v; }
    public String getLabourMarketModule() { return labourMarketModule; }
    public void setLabourMarketModule(String v) { labourMarketModule = v; }
    public String getParticipationStatement() { return participationStatement; }
    public void setParticipationStatement(String v) { participationStatement = v; }
    public String getParticipation() { return participation; }
    public void setParticipation(String v) { participation = v; }
    public String getFinancialRelief() { return financialRelief; }
    public void setFinancialRelief(String v) { financialRelief = v; }
    public String getChildcare() { return childcare; }
    public void setChildcare(String v) { childcare = v; }
    public String getOtherAgreements() { return otherAgreements; }
    public void setOtherAgreements(String v) { otherAgreements = v; }
    public String getPlannedMeetings() { return plannedMeetings; }
    public void setPlannedMeetings(String v) { plannedMeetings = v; }
    public boolean isSummaryEn() { return summaryEn; }
    public void setSummaryEn(boolean v) { summaryEn = v; }
    public boolean isSummaryAr() { return summaryAr; }
    public void setSummaryAr(boolean v) { summaryAr = v; }
    public String getRevisionReason() { return revisionReason; }
    public void setRevisionReason(String v) { revisionReason = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
