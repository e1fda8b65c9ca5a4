package nl.regie.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the law says while the newcomer follows the learning route: which parts a route has, which exam parts it
 * requires at which level, the hour norms progress is measured against, and when the municipality may lower the
 * level of exam parts (afschalen). Pure: the caller passes the hours and results it has recorded.
 */
public final class LearningRouteRules {

    private LearningRouteRules() {
    }

    /** Allowed, or refused with a Dutch reason the consultant can act on; {@code article} is the basis either way. */
    public record Decision(boolean allowed, String reason, String article) {
        static Decision yes(String article) {
            return new Decision(true, null, article);
        }

        static Decision no(String reason, String article) {
            return new Decision(false, reason, article);
        }
    }

    /** An exam part a route requires; {@code level} is {@code null} for KNM, which has no language level. */
    public record RequiredPart(ExamPart part, LanguageLevel level) {
    }

    /**
     * A norm attended hours are measured against: the components whose hours count, and whether only hours at a
     * provider with a keurmerk count (the afschalen threshold).
     */
    public record HourTarget(String label, int hours, String article, Set<ProgrammeComponent> counted,
                             boolean qualityMarkedOnly, String note) {
    }

    /** The MAP is part of the B1-route and the Z-route, not of the onderwijsroute (Wi art. 8); everything else is in every route. */
    public static Decision componentAllowed(LearningRoute route, ProgrammeComponent component) {
        if (component.isLabourMarketModule() && route == LearningRoute.EDUCATION) {
            return Decision.no("De MAP hoort niet bij de onderwijsroute; dit dossier volgt de onderwijsroute.",
                    Articles.LABOUR_MARKET_MODULE_ROUTES);
        }
        return Decision.yes(Articles.ROUTES);
    }

    /**
     * The exam parts a route requires. The B1-route: the four language parts at B1, or at A2 where the municipality
     * lowered the level (afschalen), and KNM. The onderwijsroute ends with the taalschakeltraject and the Z-route with
     * an eindgesprek: neither requires exam parts (in the Z-route KNM and A2 parts are optional).
     */
    public static List<RequiredPart> requiredExamParts(LearningRoute route, Set<ExamPart> downgraded) {
        if (route != LearningRoute.B1) {
            return List.of();
        }
        List<RequiredPart> parts = new ArrayList<>();
        for (ExamPart p : ExamPart.values()) {
            parts.add(new RequiredPart(p, !p.isLanguage() ? null
                    : downgraded.contains(p) ? LanguageLevel.A2 : LanguageLevel.B1));
        }
        return List.copyOf(parts);
    }

    /** Whether a passed result at {@code taken} meets the requirement: at least the required level (any for KNM). */
    public static boolean meets(RequiredPart required, LanguageLevel taken) {
        return required.level() == null || (taken != null && taken.atLeast(required.level()));
    }

    /**
     * Afschalen (Wi art. 17 lid 3, Bi art. 5.5): in the B1-route the municipality may let one or more language exam
     * parts be taken at A2 after considerable effort, of which at least 600 hours of language education at a
     * cursusinstelling with a keurmerk are the measurable part. KNM has no level and cannot be lowered.
     *
     * @param qualifyingLanguageHours attended language hours at providers with a keurmerk
     */
    public static Decision levelDowngrade(LearningRoute route, BigDecimal qualifyingLanguageHours, Set<ExamPart> requested,
                                          Set<ExamPart> alreadyDowngraded) {
        String article = Articles.LEVEL_DOWNGRADE;
        if (route != LearningRoute.B1) {
            return Decision.no("Afschalen kan alleen in de B1-route; dit dossier volgt de " + route.dutch() + ".", article);
        }
        if (requested == null || requested.isEmpty()) {
            return Decision.no("Kies ten minste één examenonderdeel om af te schalen.", article);
        }
        if (requested.contains(ExamPart.KNM)) {
            return Decision.no("Alleen de taalexamenonderdelen (lezen, luisteren, schrijven, spreken) kunnen naar A2; KNM heeft geen taalniveau.", article);
        }
        Set<ExamPart> again = EnumSet.noneOf(ExamPart.class);
        again.addAll(requested);
        again.retainAll(alreadyDowngraded);
        if (!again.isEmpty()) {
            return Decision.no(names(again) + (again.size() == 1 ? " is" : " zijn") + " al afgeschaald naar A2.", article);
        }
        int threshold = HourNorms.LEVEL_DOWNGRADE_THRESHOLD.hours();
        BigDecimal hours = qualifyingLanguageHours == null ? BigDecimal.ZERO : qualifyingLanguageHours;
        if (hours.compareTo(BigDecimal.valueOf(threshold)) < 0) {
            return Decision.no("Afschalen kan pas na ten minste " + threshold + " uur taalonderwijs bij een aanbieder met keurmerk "
                    + "(Bi art. 5.5). Vastgelegd: " + dutchHours(hours) + " uur; er ontbreken nog "
                    + dutchHours(BigDecimal.valueOf(threshold).subtract(hours)) + " uur.", article);
        }
        return Decision.yes(article);
    }

    /**
     * The norms to show progress against. The Z-route: 800 hours of language including KNM for everyone and 800 hours
     * of participation for asylum permit holders (Bi art. 3.14). The B1-route has no statutory minimum; its language
     * hours are shown against the afschalen threshold. The onderwijsroute has no statutory hour norm. Every route has
     * the PVT (at least 12 hours, Bi art. 3.1); the B1- and Z-route the MAP's practical part (40 hours, Bi art. 3.2).
     */
    public static List<HourTarget> hourTargets(LearningRoute route, TargetGroup group) {
        List<HourTarget> targets = new ArrayList<>();
        switch (route) {
            case B1 -> targets.add(new HourTarget("Taal bij een aanbieder met keurmerk (drempel voor afschalen)",
                    HourNorms.LEVEL_DOWNGRADE_THRESHOLD.hours(), HourNorms.LEVEL_DOWNGRADE_THRESHOLD.article(),
                    EnumSet.of(ProgrammeComponent.LANGUAGE), true,
                    "De B1-route kent geen wettelijk minimum aan uren; na deze uren kan de gemeente afschalen naar A2."));
            case SELF_RELIANCE -> {
                targets.add(new HourTarget("Taal inclusief KNM", HourNorms.SELF_RELIANCE_LANGUAGE.hours(),
                        HourNorms.SELF_RELIANCE_LANGUAGE.article(), EnumSet.of(ProgrammeComponent.LANGUAGE, ProgrammeComponent.KNM),
                        false, null));
                if (group == TargetGroup.ASYLUM_PERMIT_HOLDER) {
                    targets.add(new HourTarget("Participatie", HourNorms.SELF_RELIANCE_PARTICIPATION.hours(),
                            HourNorms.SELF_RELIANCE_PARTICIPATION.article(), EnumSet.of(ProgrammeComponent.PARTICIPATION), false,
                            "Alleen asielstatushouders hebben in de Z-route 800 uur participatie."));
                }
            }
            case EDUCATION -> { }
        }
        targets.add(new HourTarget("Participatieverklaringstraject (PVT)", HourNorms.PARTICIPATION_STATEMENT_PROGRAMME.hours(),
                HourNorms.PARTICIPATION_STATEMENT_PROGRAMME.article(),
                EnumSet.of(ProgrammeComponent.PARTICIPATION_STATEMENT_PROGRAMME), false, "Ten minste 12 uur."));
        if (route != LearningRoute.EDUCATION) {
            targets.add(new HourTarget("MAP: praktijkdeel", HourNorms.LABOUR_MARKET_MODULE_PRACTICAL.hours(),
                    HourNorms.LABOUR_MARKET_MODULE_PRACTICAL.article(),
                    EnumSet.of(ProgrammeComponent.LABOUR_MARKET_MODULE_PRACTICAL), false, "Ten minste 40 praktijkuren."));
        }
        return List.copyOf(targets);
    }

    /** The Z-route ends with an eindgesprek with the municipality (Bi art. 3.14); other routes have none. */
    public static Decision finalInterview(LearningRoute route) {
        return route == LearningRoute.SELF_RELIANCE ? Decision.yes(Articles.SELF_RELIANCE_FINAL_INTERVIEW)
                : Decision.no("Een eindgesprek hoort alleen bij de Z-route; dit dossier volgt de " + route.dutch() + ".",
                Articles.SELF_RELIANCE_FINAL_INTERVIEW);
    }

    /** The onderwijsroute ends with completing the taalschakeltraject; other routes have none. */
    public static Decision bridgingProgramme(LearningRoute route) {
        return route == LearningRoute.EDUCATION ? Decision.yes(Articles.EDUCATION_ROUTE_COMPLETION)
                : Decision.no("Het taalschakeltraject hoort alleen bij de onderwijsroute; dit dossier volgt de " + route.dutch() + ".",
                Articles.EDUCATION_ROUTE_COMPLETION);
    }

    /** PVT: at least 12 hours before the participatieverklaring is signed (Bi art. 3.1). */
    public static Decision participationStatementSigning(BigDecimal attendedHours) {
        int norm = HourNorms.PARTICIPATION_STATEMENT_PROGRAMME.hours();
        BigDecimal hours = attendedHours == null ? BigDecimal.ZERO : attendedHours;
        if (hours.compareTo(BigDecimal.valueOf(norm)) < 0) {
            return Decision.no("De participatieverklaring wordt ondertekend aan het eind van het PVT van ten minste " + norm
                    + " uur (Bi art. 3.1); vastgelegd zijn " + dutchHours(hours) + " PVT-uren. Leg eerst de uren vast.",
                    Articles.PVT_HOURS);
        }
        return Decision.yes(Articles.PVT_HOURS);
    }

    /**
     * Whether the municipality pays this attempt: for asylum permit holders the first two attempts of each exam part,
     * not at a level below the one the PIP requires.
     */
    public static boolean paidByMunicipality(TargetGroup group, int attemptNo, LanguageLevel taken, LanguageLevel required) {
        return group == TargetGroup.ASYLUM_PERMIT_HOLDER && attemptNo <= 2
                && (required == null || taken == null || taken.atLeast(required));
    }

    /** Hours as Dutch write them: 412,5 and 600 (no trailing zeros). */
    public static String dutchHours(BigDecimal hours) {
        BigDecimal h = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (h.scale() < 0 ? h.setScale(0) : h).toPlainString().replace('.', ',');
    }

    private static String names(Set<ExamPart> parts) {
        String s = parts.stream().map(ExamPart::dutch).collect(Collectors.joining(", "));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
