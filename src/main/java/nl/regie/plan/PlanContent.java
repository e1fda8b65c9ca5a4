package nl.regie.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.regie.rules.LearningRoute;

/**
 * What a PIP agrees (Wi 2021 art. 15 lid 3; seed 004 tabel 1.0): the learning route with its reasons (leerbaarheidstoets,
 * brede intake, the newcomer's own preference), the provider, KNM, MAP (not in the onderwijsroute, Wi art. 8),
 * PVT, participation, financial relief, childcare, other life-domain agreements and the number of planned
 * progress meetings. {@code summaryLanguages} are the extra languages of the plain-language summary (Dutch always).
 */
public record PlanContent(
        LearningRoute learningRoute,
        String routeReasons,
        String provider,
        String knm,
        String labourMarketModule,
        String participationStatement,
        String participation,
        String financialRelief,
        String childcare,
        String otherAgreements,
        Integer plannedMeetings,
        Set<String> summaryLanguages) {

    /** Extra summary languages available as resource files (letters/plan-summary_xx.properties). */
    public static final Set<String> SUMMARY_LANGUAGES = Set.of("en", "ar");

    /** The fields as labelled in the letter and in the diff between versions, in letter order. */
    public Map<String, String> labelled() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Leerroute", learningRoute == null ? "" : learningRoute.dutch());
        m.put("Onderbouwing van de leerroute", nz(routeReasons));
        m.put("Aanbieder", nz(provider));
        m.put("Kennis van de Nederlandse Maatschappij (KNM)", nz(knm));
        m.put("Module Arbeidsmarkt en Participatie (MAP)", nz(labourMarketModule));
        m.put("Participatieverklaringstraject (PVT)", nz(participationStatement));
        m.put("Participatie (werk, vrijwilligerswerk, studie)", nz(participation));
        m.put("Financieel ontzorgen", nz(financialRelief));
        m.put("Kinderopvang", nz(childcare));
        m.put("Overige afspraken per leefgebied", nz(otherAgreements));
        m.put("Geplande voortgangsgesprekken", plannedMeetings == null ? "" : String.valueOf(plannedMeetings));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
