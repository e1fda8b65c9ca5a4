package nl.regie.completion;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.regie.dossier.CompletionType;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;

/**
 * Checks a completion as entered, per outcome, with Dutch messages keyed by form field in form order. Pure: the
 * dossier's dates and today are passed in.
 *
 * <p>How the duty ends per route (rules.md; Wi 2021 art. 6 sets out what the duty holds, art. 7 the B1-route):
 * the B1-route with the inburgeringsexamen (all parts, language parts at B1 or A2 after afschalen), the
 * onderwijsroute with the taalschakeltraject, the Z-route with the final interview held by the municipality.
 * Vrijstelling (Wi art. 4) and ontheffing (Wi art. 5) are decided by DUO; the municipality registers that decision.
 */
final class CompletionCheck {

    static final int MAX_REMARKS = 1000;
    static final int MAX_PROVIDER = 200;
    /** DUO's kenmerk as the XSD accepts it. */
    static final Pattern DUO_REFERENCE = Pattern.compile("[A-Za-z0-9./\\-]{3,40}");

    private CompletionCheck() {
    }

    /**
     * @param today            today's date
     * @param firstPlanDatedOn the dagtekening of the first PIP (the dossier's "PIP vastgesteld" date)
     * @param lastStepDate     the date of the dossier's latest step
     * @param planRoute        the route of the latest established PIP, {@code null} when Regie holds none
     */
    record Context(LocalDate today, LocalDate firstPlanDatedOn, LocalDate lastStepDate, LearningRoute planRoute) {
    }

    static Map<String, String> problems(CompletionInput in, Context c) {
        Map<String, String> p = new LinkedHashMap<>();
        CompletionType outcome = in.outcome();
        LearningRoute route = c.planRoute() != null ? c.planRoute() : in.learningRoute();
        if (outcome == null) {
            p.put("outcome", "Kies hoe de inburgering is afgerond.");
        } else if (route != null) {
            String mismatch = routeMismatch(outcome, route, c.planRoute() != null);
            if (mismatch != null) {
                p.put("outcome", mismatch);
            }
        }
        if (c.planRoute() == null && in.learningRoute() == null) {
            p.put("learningRoute", "Kies de leerroute: er is in Regie geen vastgesteld PIP waaruit die volgt.");
        }
        LocalDate done = in.completedOn();
        if (done == null) {
            p.put("completedOn", "Vul de datum van afronding in.");
        } else if (done.isAfter(c.today())) {
            p.put("completedOn", "De datum van afronding ligt in de toekomst; leg de afronding vast als die heeft plaatsgevonden.");
        } else if (c.firstPlanDatedOn() != null && done.isBefore(c.firstPlanDatedOn())) {
            p.put("completedOn", "De datum van afronding ligt vóór de dagtekening van het eerste PIP ("
                    + DutchDates.show(c.firstPlanDatedOn()) + "); de inburgering kan pas daarna zijn afgerond.");
        } else if (c.lastStepDate() != null && done.isBefore(c.lastStepDate())) {
            p.put("completedOn", "De datum van afronding ligt vóór de laatste stap in het dossier ("
                    + DutchDates.show(c.lastStepDate()) + ").");
        }
        if (outcome == CompletionType.EXAM) {
            Set<ExamPart> passed = in.examParts().stream().map(ExamPartResult::part).collect(Collectors.toSet());
            Set<ExamPart> missing = EnumSet.allOf(ExamPart.class);
            missing.removeAll(passed);
            if (!missing.isEmpty()) {
                p.put("examParts", "Een behaald inburgeringsexamen bestaat uit alle onderdelen; niet behaald of niet ingevuld: "
                        + missing.stream().map(ExamPart::dutch).collect(Collectors.joining(", ")) + ".");
            }
        }
        if (outcome == CompletionType.LANGUAGE_SWITCH_PROGRAMME) {
            if (in.programmeProvider() == null) {
                p.put("programmeProvider", "Vul in bij welke onderwijsinstelling het taalschakeltraject is afgerond.");
            } else if (in.programmeProvider().length() > MAX_PROVIDER) {
                p.put("programmeProvider", "De naam van de onderwijsinstelling is maximaal " + MAX_PROVIDER + " tekens.");
            }
        }
        if (outcome == CompletionType.FINAL_INTERVIEW) {
            LocalDate held = in.finalInterviewOn();
            if (held == null) {
                p.put("finalInterviewOn", "Vul de datum van het eindgesprek in.");
            } else if (held.isAfter(c.today())) {
                p.put("finalInterviewOn", "De datum van het eindgesprek ligt in de toekomst.");
            } else if (c.firstPlanDatedOn() != null && held.isBefore(c.firstPlanDatedOn())) {
                p.put("finalInterviewOn", "Het eindgesprek ligt vóór de dagtekening van het eerste PIP ("
                        + DutchDates.show(c.firstPlanDatedOn()) + ").");
            } else if (done != null && held.isAfter(done)) {
                p.put("finalInterviewOn", "Het eindgesprek ligt na de datum van afronding; de Z-route is afgerond op of na het eindgesprek.");
            }
        }
        if (outcome == CompletionType.EXEMPTION || outcome == CompletionType.DISPENSATION) {
            LocalDate decided = in.duoDecisionOn();
            if (decided == null) {
                p.put("duoDecisionOn", "Vul de datum van het besluit van DUO in.");
            } else if (decided.isAfter(c.today())) {
                p.put("duoDecisionOn", "De datum van het besluit van DUO ligt in de toekomst.");
            } else if (done != null && done.isBefore(decided)) {
                p.put("duoDecisionOn", "Het besluit van DUO (" + DutchDates.show(decided) + ") ligt na de datum van afronding; "
                        + "de plicht eindigt op of na de datum van het besluit.");
            }
            if (in.duoReference() == null) {
                p.put("duoReference", "Vul het kenmerk van het besluit van DUO in.");
            } else if (!DUO_REFERENCE.matcher(in.duoReference()).matches()) {
                p.put("duoReference", "Het kenmerk van DUO bestaat uit 3 tot 40 letters, cijfers, punten, streepjes of schuine strepen.");
            }
        }
        if (in.remarks() != null && in.remarks().length() > MAX_REMARKS) {
            p.put("remarks", "De toelichting is maximaal " + MAX_REMARKS + " tekens.");
        }
        return p;
    }

    /** Which outcome ends which route; {@code null} when they fit. */
    static String routeMismatch(CompletionType outcome, LearningRoute route, boolean fromPlan) {
        String source = fromPlan ? "volgens het PIP volgt deze inburgeraar de " + route.dutch()
                + ". Herzie eerst het PIP als de leerroute is gewijzigd." : "de gekozen leerroute is de " + route.dutch() + ".";
        return switch (outcome) {
            case EXAM -> route == LearningRoute.B1 ? null
                    : "Het inburgeringsexamen rondt de B1-route af; " + source;
            case FINAL_INTERVIEW -> route == LearningRoute.SELF_RELIANCE ? null
                    : "Een eindgesprek rondt de Z-route af; " + source;
            case LANGUAGE_SWITCH_PROGRAMME -> route == LearningRoute.EDUCATION ? null
                    : "Een taalschakeltraject rondt de onderwijsroute af; " + source;
            case EXEMPTION, DISPENSATION -> null;
        };
    }
}
