package nl.regie.dossier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.regie.rules.DeadlineCode;

/**
 * Which signals a dossier raises today. Pure: state, deadlines and dates in, signals out. A signal exists only
 * while its cause does: recording the step that meets a deadline makes its signal disappear.
 */
public final class SignalRules {

    private SignalRules() {
    }

    /**
     * What the sweep needs to know of one dossier.
     *
     * @param meetings its voortgangsgesprekken as planned and recorded; {@code null} when it has no schedule (no PIP)
     */
    public record Input(DossierState state, Map<DeadlineCode, LocalDate> deadlines, LocalDate planEstablishedOn,
                        MeetingStatus meetings) {
    }

    /**
     * Days a planned voortgangsgesprek may pass without an outcome (held or missed) before it is signalled: room to
     * reschedule within a fortnight without raising an alarm.
     */
    public static final int MEETING_OVERDUE_DAYS = 14;

    /**
     * Days before the end of financieel ontzorgen that it is signalled: four weeks leave room for a voortgangsgesprek
     * about extending it or handing the payments over (seed 003: "na de eerste zes maanden ... beoordelen of er verdere
     * ondersteuning nodig is").
     */
    public static final int RELIEF_ENDING_LEAD_DAYS = 28;

    public static List<Signal> signals(Input in, LocalDate today, int leadDays) {
        List<Signal> out = new ArrayList<>();
        if (in.state() == DossierState.CLOSED) {
            return out;
        }
        boolean planMissing = in.state().ordinal() < DossierState.PLAN_ESTABLISHED.ordinal();
        boolean notCompleted = in.state().ordinal() < DossierState.COMPLETED.ordinal();
        for (DeadlineCode code : new DeadlineCode[] {DeadlineCode.INTEGRATION_PLAN_DUE, DeadlineCode.INTEGRATION_PLAN_DUE_MUNICIPAL}) {
            if (planMissing) {
                deadline(out, code, in.deadlines().get(code), today, leadDays, "Het PIP is nog niet vastgesteld");
            }
        }
        if (notCompleted) {
            deadline(out, DeadlineCode.TERM_END, in.deadlines().get(DeadlineCode.TERM_END), today, leadDays,
                    "De inburgering is nog niet afgerond");
        }
        LocalDate switchUntil = in.deadlines().get(DeadlineCode.ROUTE_SWITCH_UNTIL);
        if (notCompleted && switchUntil != null && !today.isAfter(switchUntil) && daysUntil(today, switchUntil) <= leadDays) {
            out.add(new Signal("ROUTE_SWITCH_WINDOW_CLOSING", Signal.Kind.ROUTE_SWITCH_WINDOW_CLOSING,
                    DeadlineCode.ROUTE_SWITCH_UNTIL, switchUntil, 1,
                    "Schakelen van leerroute kan nog tot en met " + Dates.dutch(switchUntil) + "."));
        }
        LocalDate reliefUntil = in.deadlines().get(DeadlineCode.FINANCIAL_RELIEF_UNTIL);
        if (reliefUntil != null && !today.isAfter(reliefUntil) && daysUntil(today, reliefUntil) <= Math.max(leadDays, RELIEF_ENDING_LEAD_DAYS)) {
            out.add(new Signal("FINANCIAL_RELIEF_ENDING", Signal.Kind.FINANCIAL_RELIEF_ENDING,
                    DeadlineCode.FINANCIAL_RELIEF_UNTIL, reliefUntil, 2,
                    "Financieel ontzorgen eindigt op " + Dates.dutch(reliefUntil) + "; bespreek verlenging of afbouw."));
        }
        LocalDate aftercare = in.deadlines().get(DeadlineCode.AFTERCARE_CONTACT);
        if (in.state() == DossierState.COMPLETED && aftercare != null && daysUntil(today, aftercare) <= leadDays) {
            out.add(new Signal("AFTERCARE_CONTACT_DUE", Signal.Kind.AFTERCARE_CONTACT_DUE, DeadlineCode.AFTERCARE_CONTACT,
                    aftercare, today.isAfter(aftercare) ? 3 : 2,
                    "Nazorgcontact " + (today.isAfter(aftercare) ? "was gepland op " : "gepland op ") + Dates.dutch(aftercare) + "."));
        }
        if ((in.state() == DossierState.PLAN_ESTABLISHED || in.state() == DossierState.IN_ROUTE) && in.meetings() != null) {
            // The municipality's cadence plans the meetings (seed 003); each planned one needs an outcome.
            LocalDate next = in.meetings().nextPlannedOn();
            if (next != null && daysUntil(next, today) > MEETING_OVERDUE_DAYS) {
                out.add(new Signal("PROGRESS_MEETING_OVERDUE", Signal.Kind.PROGRESS_MEETING_OVERDUE, null, next, 2,
                        "Het voortgangsgesprek gepland op " + Dates.dutch(next) + " is meer dan " + MEETING_OVERDUE_DAYS
                                + " dagen over datum en niet vastgelegd als gevoerd of gemist."));
            }
            LocalDate noShow = in.meetings().unexcusedNoShowOn();
            if (noShow != null) {
                // A possible breach of the PIP obligations: a person weighs it, never an automatic sanction
                // (rules.md "Enforcement": warning first, individual assessment).
                out.add(new Signal("PROGRESS_MEETING_NO_SHOW", Signal.Kind.PROGRESS_MEETING_NO_SHOW, null, noShow, 2,
                        "Niet verschenen zonder geldige reden op " + Dates.dutch(noShow)
                                + ": mogelijke schending van de PIP-afspraken. Beoordeel de situatie; er volgt geen automatische sanctie."));
            }
        }
        out.sort(URGENCY);
        return out;
    }

    /** Most urgent first: higher severity, then the earlier date. */
    public static final Comparator<Signal> URGENCY = Comparator.comparingInt(Signal::severity).reversed()
            .thenComparing(Signal::dueDate);

    private static void deadline(List<Signal> out, DeadlineCode code, LocalDate date, LocalDate today, int leadDays, String why) {
        if (date == null) {
            return;
        }
        if (today.isAfter(date)) {
            out.add(new Signal("DEADLINE_PASSED:" + code, Signal.Kind.DEADLINE_PASSED, code, date, 3,
                    code.dutch() + ": " + Dates.dutch(date) + " is verstreken. " + why + "."));
        } else if (daysUntil(today, date) <= leadDays) {
            out.add(new Signal("DEADLINE_APPROACHING:" + code, Signal.Kind.DEADLINE_APPROACHING, code, date, 2,
                    code.dutch() + ": " + Dates.dutch(date) + " (nog " + daysUntil(today, date) + " dagen). " + why + "."));
        }
    }

    private static long daysUntil(LocalDate today, LocalDate date) {
        return ChronoUnit.DAYS.between(today, date);
    }
}
