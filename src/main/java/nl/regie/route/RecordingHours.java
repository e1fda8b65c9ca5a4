package nl.regie.route;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.LearningRouteRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/** Records planned and attended hours with attendance for one component over one period (uren en aanwezigheid). */
@Service
public class RecordingHours {

    /**
     * Plausibility, not law: more than this many hours a day over a period is a typing error. Language, participation
     * and practical hours together rarely exceed a working day.
     */
    static final int MAX_HOURS_PER_DAY = 12;
    /** A period is at most a year, so that hours stay attributable to a time (month reports are the norm). */
    static final int MAX_PERIOD_DAYS = 366;

    private final RouteContext context;
    private final RouteStore store;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingHours(RouteContext context, RouteStore store, DossierTimeline timeline, Clock clock) {
        this.context = context;
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** @return the new record's id */
    @Transactional
    public long record(RegieUser user, UUID dossierId, NewHours h) {
        RouteContext.Context c = context.change(user, dossierId, "Uren en aanwezigheid vastleggen");
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();
        if (h.component() == null) {
            problems.put("component", "Kies het onderdeel.");
        } else {
            var allowed = LearningRouteRules.componentAllowed(c.route(), h.component());
            if (!allowed.allowed()) {
                problems.put("component", allowed.reason() + " (" + allowed.article() + ")");
            }
        }
        checkPeriod(h.periodFrom(), h.periodTo(), today, problems);
        long days = h.periodFrom() != null && h.periodTo() != null && !h.periodTo().isBefore(h.periodFrom())
                ? ChronoUnit.DAYS.between(h.periodFrom(), h.periodTo()) + 1 : 0;
        checkHours("plannedHours", "geplande uren", h.plannedHours(), days, false, problems);
        checkHours("attendedHours", "aanwezige uren", h.attendedHours(), days, true, problems);
        checkSessions(h, problems);
        checkLength("provider", h.provider(), 200, problems);
        checkLength("note", h.note(), 1000, problems);
        if (h.component() != null && h.periodFrom() != null && h.periodTo() != null && !problems.containsKey("periodFrom")
                && !problems.containsKey("periodTo")) {
            store.hours(dossierId).stream().filter(r -> r.component() == h.component() && r.overlaps(h.periodFrom(), h.periodTo()))
                    .findFirst().ifPresent(r -> problems.put("periodFrom", "Voor " + r.component().dutch()
                            + " zijn al uren vastgelegd over " + DutchDates.show(r.periodFrom()) + " t/m " + DutchDates.show(r.periodTo())
                            + "; die periode overlapt met deze. Leg elke periode één keer vast."));
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        NewHours clean = new NewHours(h.component(), h.periodFrom(), h.periodTo(), h.plannedHours(), h.attendedHours(),
                h.qualityMarked(), blankToNull(h.provider()), h.sessionsPlanned(), h.sessionsAttended(), zero(h.absentSick()),
                zero(h.absentExcused()), zero(h.absentUnexcused()), blankToNull(h.note()));
        long id = store.insertHours(dossierId, clean, user.username(), clock.instant());
        timeline.append(user, dossierId, TimelineEvent.EventType.HOURS_RECORDED, h.periodTo(), summary(clean), clean.note());
        return id;
    }

    private static String summary(NewHours h) {
        StringBuilder s = new StringBuilder(h.component().dutch()).append(' ').append(DutchDates.show(h.periodFrom()))
                .append(" t/m ").append(DutchDates.show(h.periodTo())).append(": ")
                .append(LearningRouteRules.dutchHours(h.attendedHours()));
        if (h.plannedHours() != null) {
            s.append(" van ").append(LearningRouteRules.dutchHours(h.plannedHours()));
        }
        s.append(" uur aanwezig");
        if (h.sessionsPlanned() != null && h.sessionsAttended() != null) {
            s.append(", ").append(h.sessionsAttended()).append(" van ").append(h.sessionsPlanned()).append(" bijeenkomsten");
        }
        if (h.absentSick() > 0) {
            s.append("; ").append(h.absentSick()).append("× ziek");
        }
        if (h.absentExcused() > 0) {
            s.append("; ").append(h.absentExcused()).append("× geoorloofd afwezig");
        }
        if (h.absentUnexcused() > 0) {
            s.append("; ").append(h.absentUnexcused()).append("× ongeoorloofd afwezig");
        }
        return s.toString();
    }

    static void checkPeriod(LocalDate from, LocalDate to, LocalDate today, Map<String, String> problems) {
        if (from == null) {
            problems.putIfAbsent("periodFrom", "Vul het begin van de periode in, of een maand.");
        }
        if (to == null) {
            problems.putIfAbsent("periodTo", "Vul het eind van de periode in, of een maand.");
        }
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            problems.put("periodTo", "Het eind van de periode ligt vóór het begin.");
        } else if (from.isAfter(today)) {
            problems.put("periodFrom", "De periode begint in de toekomst; leg uren vast over een periode die voorbij is.");
        } else if (to.isAfter(today)) {
            problems.put("periodTo", "De periode loopt tot na vandaag; leg uren vast over een periode die voorbij is "
                    + "(voor de lopende maand: tot en met vandaag).");
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
            problems.put("periodTo", "Een periode is hoogstens een jaar; leg de uren per maand of per kortere periode vast.");
        }
    }

    private static void checkHours(String field, String what, BigDecimal hours, long days, boolean required,
                                   Map<String, String> problems) {
        if (problems.containsKey(field)) {
            return;
        }
        if (hours == null) {
            if (required) {
                problems.put(field, "Vul de " + what + " in (0 als er geen uren waren).");
            }
            return;
        }
        if (hours.signum() < 0) {
            problems.put(field, "Het aantal " + what + " kan niet negatief zijn.");
        } else if (hours.stripTrailingZeros().scale() > 2) {
            problems.put(field, "Gebruik hoogstens twee decimalen, bijvoorbeeld 12,5 of 12,25.");
        } else if (days > 0 && hours.compareTo(BigDecimal.valueOf(days * MAX_HOURS_PER_DAY)) > 0) {
            problems.put(field, LearningRouteRules.dutchHours(hours) + " " + what + " in " + days + (days == 1 ? " dag" : " dagen")
                    + " is meer dan " + MAX_HOURS_PER_DAY + " uur per dag; controleer de invoer.");
        }
    }

    private static void checkSessions(NewHours h, Map<String, String> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sessionsPlanned", h.sessionsPlanned());
        counts.put("sessionsAttended", h.sessionsAttended());
        counts.put("absentSick", h.absentSick());
        counts.put("absentExcused", h.absentExcused());
        counts.put("absentUnexcused", h.absentUnexcused());
        boolean negative = false;
        for (var e : counts.entrySet()) {
            if (e.getValue() != null && e.getValue() < 0) {
                problems.putIfAbsent(e.getKey(), "Een aantal bijeenkomsten kan niet negatief zijn.");
                negative = true;
            } else if (e.getValue() != null && e.getValue() > 1000) {
                problems.putIfAbsent(e.getKey(), "Meer dan 1000 bijeenkomsten in één periode is niet aannemelijk; controleer de invoer.");
                negative = true;
            }
        }
        if (negative || h.sessionsPlanned() == null) {
            return;
        }
        int attended = zero(h.sessionsAttended());
        int absent = zero(h.absentSick()) + zero(h.absentExcused()) + zero(h.absentUnexcused());
        if (attended > h.sessionsPlanned()) {
            problems.put("sessionsAttended", "Er zijn meer bijeenkomsten bijgewoond (" + attended + ") dan gepland ("
                    + h.sessionsPlanned() + ").");
        } else if (attended + absent > h.sessionsPlanned()) {
            problems.put("absentUnexcused", "Bijgewoond plus afwezig (" + (attended + absent) + ") is meer dan het aantal "
                    + "geplande bijeenkomsten (" + h.sessionsPlanned() + ").");
        }
    }

    static void checkLength(String field, String value, int max, Map<String, String> problems) {
        if (value != null && value.length() > max) {
            problems.put(field, "Maximaal " + max + " tekens (nu " + value.length() + ").");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static int zero(Integer i) {
        return i == null ? 0 : i;
    }
}
