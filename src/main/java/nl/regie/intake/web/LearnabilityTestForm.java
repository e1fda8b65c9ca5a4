package nl.regie.intake.web;

import java.time.LocalDate;
import java.util.Map;

import nl.regie.intake.NewLearnabilityTest;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;

/** The leerbaarheidstoets form exactly as typed. */
public class LearnabilityTestForm {

    private String takenOn;
    private String provider;
    private String advisedRoute;
    private String score;
    private String remarks;

    NewLearnabilityTest toNew(Map<String, String> errors) {
        LocalDate date = DutchDates.parse(takenOn, "takenOn", errors);
        LearningRoute route = null;
        if (advisedRoute != null && !advisedRoute.isBlank()) {
            try {
                route = LearningRoute.valueOf(advisedRoute);
            } catch (IllegalArgumentException e) {
                errors.put("advisedRoute", "Kies de leerroute die de toets adviseert.");
            }
        }
        return new NewLearnabilityTest(date, provider, route, score, remarks);
    }

    public String getTakenOn() { return takenOn; }
    public void setTakenOn(String v) { takenOn = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getAdvisedRoute() { return advisedRoute; }
    public void setAdvisedRoute(String v) { advisedRoute = v; }
    public String getScore() { return score; }
    public void setScore(String v) { score = v; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String v) { remarks = v; }
}
