package nl.regie.municipality;

import java.util.ArrayList;
import java.util.List;

/**
 * How often a municipality holds voortgangsgesprekken, as policy data: periods counted in whole months from the
 * dagtekening of the first PIP, each with its own interval, e.g. "the first 6 months every month, then every
 * 3 months". Seed 003 plans about eight over the term, more often at the start so the trajectory starts well; it
 * is municipal policy, not statute (rules.md "voortgangsgesprekken"). The last period has no end: it runs to the
 * end of the term, also when DUO extends it (Wi art. 12). Pure: no dates, no clock.
 *
 * <p>Each period continues from the previous meeting: with "until month 6 every 4 months, then every 3 months"
 * the meetings fall in months 4, 7, 10, …
 *
 * @param phases the periods in order; all but the last have an {@code untilMonth}
 */
public record ProgressCadence(List<Phase> phases) {

    /** The statutory term in months (Wi art. 11: three years). */
    public static final int TERM_MONTHS = 36;
    public static final int MAX_INTERVAL_MONTHS = 12;
    public static final int MAX_PHASES = 3;

    /**
     * One period.
     *
     * @param untilMonth  the last month (after the dagtekening) of this period, inclusive; {@code null} for the
     *                    last period, which runs to the end of the term
     * @param everyMonths the interval between two meetings in this period
     */
    public record Phase(Integer untilMonth, int everyMonths) {
    }

    /** A refusal of one part of a cadence: the period's index, which part ("until" or "every"), a Dutch message. */
    public record Problem(int phase, String part, String message) {
    }

    public ProgressCadence {
        phases = List.copyOf(phases);
    }

    public static ProgressCadence of(Phase... phases) {
        return new ProgressCadence(List.of(phases));
    }

    /**
     * The cadence a policy version recorded before cadences existed was applied with: the term divided evenly by
     * its number of meetings, in whole months.
     */
    public static ProgressCadence uniform(int meetingsInTerm) {
        int every = (int) Math.round((double) TERM_MONTHS / Math.max(1, meetingsInTerm));
        return of(new Phase(null, Math.max(1, Math.min(MAX_INTERVAL_MONTHS, every))));
    }

    /**
     * The months after the dagtekening in which a meeting is planned, ascending, up to and including
     * {@code lastMonth}. Month 0 (the dagtekening itself) never holds one: the PIP conversation was that day.
     */
    public List<Integer> monthOffsets(int lastMonth) {
        List<Integer> out = new ArrayList<>();
        int at = 0;
        for (Phase p : phases) {
            if (p.everyMonths() < 1) {
                break;
            }
            int end = p.untilMonth() == null ? lastMonth : Math.min(p.untilMonth(), lastMonth);
            while (at + p.everyMonths() <= end) {
                at += p.everyMonths();
                out.add(at);
            }
            if (p.untilMonth() == null || p.untilMonth() >= lastMonth) {
                break;
            }
        }
        return out;
    }

    /** How many meetings fall in the statutory three-year term. */
    public int meetingsInTerm() {
        return monthOffsets(TERM_MONTHS).size();
    }

    /** In Dutch, as the administrator and the consultant read it, e.g. "eerste 6 maanden elke maand, daarna elke 3 maanden". */
    public String dutch() {
        StringBuilder s = new StringBuilder();
        Integer previous = null;
        for (Phase p : phases) {
            if (s.length() > 0) {
                s.append(", ");
            }
            if (p.untilMonth() == null) {
                s.append(previous == null ? "" : "daarna ").append(every(p.everyMonths()));
            } else if (previous == null) {
                s.append("eerste ").append(p.untilMonth()).append(p.untilMonth() == 1 ? " maand " : " maanden ")
                        .append(every(p.everyMonths()));
            } else {
                s.append("tot en met maand ").append(p.untilMonth()).append(' ').append(every(p.everyMonths()));
            }
            previous = p.untilMonth();
        }
        return s.toString();
    }

    /** The end of the period before period {@code i} (0 for the first). */
    private int previousFinal(int i) {
        return i == 0 || phases.get(i - 1).untilMonth() == null ? 0 : phases.get(i - 1).untilMonth();
    }

    private static String every(int months) {
        return months == 1 ? "elke maand" : "elke " + months + " maanden";
    }

    /** What is wrong with this cadence, in Dutch; empty when it can be recorded. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (phases.isEmpty()) {
            out.add(new Problem(0, "every", "Vul in om de hoeveel maanden de voortgangsgesprekken plaatsvinden."));
            return out;
        }
        if (phases.size() > MAX_PHASES) {
            out.add(new Problem(MAX_PHASES, "until", "Een ritme heeft hoogstens " + MAX_PHASES + " perioden."));
        }
        int previousUntil = 0;
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            boolean last = i == phases.size() - 1;
            if (p.everyMonths() < 1 || p.everyMonths() > MAX_INTERVAL_MONTHS) {
                out.add(new Problem(i, "every", "Kies een interval van 1 tot en met " + MAX_INTERVAL_MONTHS + " maanden."));
            }
            if (last) {
                if (p.untilMonth() != null) {
                    out.add(new Problem(i, "until", "De laatste periode loopt door tot het einde van de termijn en heeft geen einde."));
                }
                continue;
            }
            Integer until = p.untilMonth();
            int start = previousFinal(i);
            if (until == null) {
                out.add(new Problem(i, "until", "Vul in tot en met welke maand deze periode loopt."));
            } else if (until < 1 || until > TERM_MONTHS) {
                out.add(new Problem(i, "until", "Een periode eindigt tussen maand 1 en maand " + TERM_MONTHS
                        + " (de termijn duurt drie jaar)."));
            } else if (until <= previousUntil) {
                out.add(new Problem(i, "until", "Deze periode moet na de vorige eindigen (na maand " + previousUntil + ")."));
            } else if (p.everyMonths() >= 1 && p.everyMonths() <= MAX_INTERVAL_MONTHS
                    && new ProgressCadence(phases.subList(0, i + 1)).monthOffsets(until).stream().noneMatch(m -> m > start)) {
                out.add(new Problem(i, "every", "In deze periode valt geen gesprek: het interval is langer dan de periode."));
            }
            if (until != null) {
                previousUntil = Math.max(previousUntil, until);
            }
        }
        return out;
    }
}
