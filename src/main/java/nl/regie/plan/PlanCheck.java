package nl.regie.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.regie.rules.LearningRoute;

/** What a PIP must contain before it can be saved, each problem with a Dutch message naming the field. Pure. */
final class PlanCheck {

    private PlanCheck() {
    }

    static Map<String, String> problems(PlanContent c) {
        Map<String, String> p = new LinkedHashMap<>();
        if (c.learningRoute() == null) {
            p.put("learningRoute", "Kies de leerroute.");
        }
        required(p, "routeReasons", c.routeReasons(), "Onderbouw de keuze voor de leerroute (leerbaarheidstoets, brede intake, eigen voorkeur).", 2000);
        required(p, "provider", c.provider(), "Vul de aanbieder in.", 200);
        required(p, "knm", c.knm(), "Leg de afspraken over KNM vast: KNM hoort bij elke leerroute.", 1000);
        required(p, "participationStatement", c.participationStatement(), "Leg de afspraken over het participatieverklaringstraject vast.", 1000);
        // The MAP is part of the B1-route and the Z-route, not of the onderwijsroute (Wi art. 8).
        if (c.learningRoute() != LearningRoute.EDUCATION) {
            required(p, "labourMarketModule", c.labourMarketModule(), "Leg de afspraken over de MAP vast (hoort bij de B1-route en de Z-route).", 1000);
        } else {
            max(p, "labourMarketModule", c.labourMarketModule(), 1000);
        }
        max(p, "participation", c.participation(), 2000);
        max(p, "financialRelief", c.financialRelief(), 1000);
        max(p, "childcare", c.childcare(), 1000);
        max(p, "otherAgreements", c.otherAgreements(), 2000);
        if (c.plannedMeetings() == null) {
            p.put("plannedMeetings", "Vul het aantal geplande voortgangsgesprekken in.");
        } else if (c.plannedMeetings() < 1 || c.plannedMeetings() > 36) {
            p.put("plannedMeetings", "Plan tussen 1 en 36 voortgangsgesprekken in de termijn.");
        }
        for (String lang : c.summaryLanguages()) {
            if (!PlanContent.SUMMARY_LANGUAGES.contains(lang)) {
                p.put("summaryLanguages", "Een samenvatting in '" + lang + "' is (nog) niet beschikbaar.");
            }
        }
        return p;
    }

    private static void required(Map<String, String> p, String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            p.put(field, message);
        } else {
            max(p, field, value, max);
        }
    }

    private static void max(Map<String, String> p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.put(field, "Maximaal " + max + " tekens (nu " + value.length() + ").");
        }
    }
}
