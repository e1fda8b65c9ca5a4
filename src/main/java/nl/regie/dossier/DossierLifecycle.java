package nl.regie.dossier;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves between {@link DossierState}s, as a table, with a Dutch reason for every refusal.
 * Pure: no clock, no database; today's date and the dossier's facts are passed in.
 * The order follows the chain of the domain brief; closing is possible from every open state
 * because a newcomer can move, emigrate, die or be exempted by DUO at any point.
 */
public final class DossierLifecycle {

    private static final Map<DossierState, Set<DossierState>> NEXT = new EnumMap<>(DossierState.class);

    static {
        // A warm handover is the norm but cannot always be held (e.g. an urgent placement): housing may follow directly.
        NEXT.put(DossierState.LINKED, EnumSet.of(DossierState.WARM_HANDOVER_HELD, DossierState.HOUSED));
        NEXT.put(DossierState.WARM_HANDOVER_HELD, EnumSet.of(DossierState.HOUSED));
        NEXT.put(DossierState.HOUSED, EnumSet.of(DossierState.BRP_REGISTERED));
        NEXT.put(DossierState.BRP_REGISTERED, EnumSet.of(DossierState.INTAKE_IN_PROGRESS));
        NEXT.put(DossierState.INTAKE_IN_PROGRESS, EnumSet.of(DossierState.PLAN_ESTABLISHED));
        NEXT.put(DossierState.PLAN_ESTABLISHED, EnumSet.of(DossierState.IN_ROUTE));
        NEXT.put(DossierState.IN_ROUTE, EnumSet.of(DossierState.COMPLETED));
        NEXT.put(DossierState.COMPLETED, EnumSet.of(DossierState.AFTERCARE));
        NEXT.put(DossierState.AFTERCARE, EnumSet.noneOf(DossierState.class));
        NEXT.put(DossierState.CLOSED, EnumSet.noneOf(DossierState.class));
        for (DossierState s : DossierState.values()) {
            if (s != DossierState.CLOSED) {
                NEXT.get(s).add(DossierState.CLOSED);
            }
        }
    }

    private DossierLifecycle() {
    }

    /** The states a dossier in {@code from} may move to next. */
    /**
     * Steps that record more than a date and therefore have their own screen: the first PIP is a decision with a
     * letter (Wi 2021 art. 16), completion produces the notice to DUO, aftercare starts with the aftercare contact.
     * @return where to record the step, in Dutch, or {@code null} when the generic step form records it
     */
    public static String ownScreen(DossierState target) {
        if (target == null) {
            return null;
        }
        return switch (target) {
            case PLAN_ESTABLISHED -> "Een PIP wordt vastgesteld als beschikking op de pagina 'PIP' van het dossier; daar wordt ook de brief gemaakt.";
            case COMPLETED -> "De afronding wordt vastgelegd op de pagina 'Afronding en nazorg'; daar wordt ook de melding aan DUO gemaakt.";
            case AFTERCARE -> "De nazorg begint met het nazorgcontact op de pagina 'Afronding en nazorg'.";
            default -> null;
        };
    }

    /** The next steps the generic step form offers: those without a screen of their own. */
    public static List<DossierState> genericNextStates(DossierState from) {
        return nextStates(from).stream().filter(s -> ownScreen(s) == null).toList();
    }

    public static List<DossierState> nextStates(DossierState from) {
        return List.copyOf(NEXT.get(from));
    }

    /**
     * Decides whether a step may be recorded.
     *
     * @param from           the dossier's current state
     * @param step           the requested step
     * @param lastStepDate   the date of the most recent step so far (a new step cannot precede it)
     * @param today          today's date (steps are facts: they cannot lie in the future)
     */
    public static Decision decide(DossierState from, StepRequest step, LocalDate lastStepDate, LocalDate today) {
        DossierState to = step.target();
        if (from == DossierState.CLOSED) {
            return Decision.refused("state", "Dit dossier is gesloten; er kunnen geen stappen meer worden vastgelegd.");
        }
        if (to == from) {
            return Decision.refused("state", "Het dossier staat al op '" + from.dutch() + "'.");
        }
        if (!NEXT.get(from).contains(to)) {
            return Decision.refused("state", "Van '" + from.dutch() + "' kan een dossier niet naar '" + to.dutch()
                    + "'. Mogelijk is: " + describe(NEXT.get(from)) + ".");
        }
        if (step.date() == null) {
            return Decision.refused("date", "Datum is verplicht.");
        }
        if (step.date().isAfter(today)) {
            return Decision.refused("date", "De datum ligt in de toekomst; leg een stap vast als die is gebeurd.");
        }
        if (lastStepDate != null && step.date().isBefore(lastStepDate)) {
            return Decision.refused("date", "De datum ligt vóór de vorige stap (" + Dates.dutch(lastStepDate)
                    + "); stappen volgen elkaar op in de tijd.");
        }
        if (to == DossierState.COMPLETED && step.completionType() == null) {
            return Decision.refused("completionType", "Kies hoe de inburgering is afgerond: examen, taalschakeltraject, eindgesprek, vrijstelling of ontheffing.");
        }
        if (to != DossierState.COMPLETED && step.completionType() != null) {
            return Decision.refused("completionType", "Een manier van afronden hoort alleen bij de stap 'Afgerond'.");
        }
        if (to == DossierState.CLOSED) {
            if (step.closureReason() == null) {
                return Decision.refused("closureReason", "Kies een reden om het dossier te sluiten.");
            }
            if (step.closureReason() == ClosureReason.COMPLETED
                    && from != DossierState.COMPLETED && from != DossierState.AFTERCARE) {
                return Decision.refused("closureReason", "Sluiten met reden 'Traject afgerond' kan pas als het dossier is afgerond.");
            }
        } else if (step.closureReason() != null) {
            return Decision.refused("closureReason", "Een sluitingsreden hoort alleen bij de stap 'Gesloten'.");
        }
        return Decision.ALLOWED;
    }

    private static String describe(Set<DossierState> states) {
        return String.join(" of ", states.stream().map(s -> "'" + s.dutch() + "'").toList());
    }

    /** A step as asked for. */
    public record StepRequest(DossierState target, LocalDate date, CompletionType completionType,
                              ClosureReason closureReason) {
    }

    /** Allowed, or refused with the field it is about and a Dutch reason. */
    public record Decision(boolean allowed, String field, String reason) {
        static final Decision ALLOWED = new Decision(true, null, null);

        static Decision refused(String field, String reason) {
            return new Decision(false, field, reason);
        }
    }
}
