package nl.regie.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Handhaving under the Wi 2021: what Regie proposes for a breach of a Wi obligation (brede intake, drawing up the
 * PIP, voortgangsgesprekken, PIP agreements), whether a person's decision stays within the law, when the power to
 * fine lapses, and whether an objection came in time. Pure: the municipality's fine policy and the facts in, an
 * answer with Dutch reasoning out. Never a decision: the EU Court (C-158/23) requires an individual assessment, so
 * Regie proposes and a person decides.
 */
public final class EnforcementRules {

    private EnforcementRules() {
    }

    /** The statutory maximum of a Wi fine (see {@link Articles#FINE_MAXIMUM}). */
    public static final BigDecimal STATUTORY_MAXIMUM = new BigDecimal("800.00");
    /** Awb art. 5:53 applies when a fine of more than this can be imposed; then the power lapses after five years. */
    public static final BigDecimal REPORT_THRESHOLD = new BigDecimal("340.00");
    /** Awb art. 6:7: the objection term. */
    public static final int OBJECTION_WEEKS = 6;

    /** The first line of every proposal's reasoning: it is never a decision. */
    public static final String PROPOSAL_NOTE = "Dit is een voorstel; een medewerker beslist na een individuele beoordeling ("
            + Articles.INDIVIDUAL_ASSESSMENT + ").";

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /**
     * One version of a municipality's fine policy (its verordening or beleidsregels).
     *
     * @param ladder             the fines in order: the first fine, the second, …; later fines take the last step
     * @param secondChanceMonths earlier sanctions for conduct longer ago than this no longer count ("tweede kans")
     * @param reductionPercent   how much each circumstance lowers the fine
     * @param maxReductionPercent the most all circumstances together lower it
     * @param pwAndWiBothAllowed whether one conduct may be sanctioned under both laws (safe default: never)
     */
    public record FinePolicy(LocalDate validFrom, boolean warningFirst, List<BigDecimal> ladder, int secondChanceMonths,
                             Map<Circumstance, Integer> reductionPercent, int maxReductionPercent, int pwMeasurePercent,
                             int pwMeasureMonths, boolean pwAndWiBothAllowed) {
        public FinePolicy {
            ladder = List.copyOf(ladder);
            reductionPercent = reductionPercent.isEmpty() ? Map.of() : new EnumMap<>(reductionPercent);
        }
    }

    /** An earlier breach of the same person that was sanctioned (a warning or a fine that still stands). */
    public record EarlierSanction(LocalDate conductOn, SanctionKind kind) {
    }

    /**
     * The facts of one breach as the consultant recorded them.
     *
     * @param validReason            the newcomer had a valid reason: the conduct is not culpable
     * @param pwMeasureOnSameConduct a Participatiewet measure was already imposed for the same conduct
     * @param decisionDate           the day the decision would be taken
     * @param suspendedDays          days the lapse period stood still while an objection or appeal ran
     */
    public record BreachFacts(LocalDate conductOn, boolean validReason, Set<Circumstance> circumstances,
                              List<EarlierSanction> earlier, boolean pwMeasureOnSameConduct, LocalDate decisionDate,
                              int suspendedDays) {
        public BreachFacts {
            circumstances = circumstances.isEmpty() ? Set.of() : EnumSet.copyOf(circumstances);
            earlier = List.copyOf(earlier);
        }
    }

    /**
     * Regie's proposal.
     *
     * @param amount          the proposed fine after reductions and the cap ({@code null} unless a fine)
     * @param ladderAmount    the ladder's step before reductions ({@code null} unless a fine)
     * @param countingEarlier earlier sanctions that still count on the ladder
     * @param fineLapsesOn    the day from which no fine may be imposed any more for this conduct
     * @param fineRefused     a fine is excluded (not culpable, a Pw measure for the same conduct, or lapsed)
     * @param reasoning       the reasoning in Dutch, in order, each line naming its basis
     */
    public record Proposal(SanctionKind kind, BigDecimal amount, BigDecimal ladderAmount, int reductionPercent,
                           int countingEarlier, LocalDate fineLapsesOn, boolean fineRefused, List<String> reasoning) {
        public Proposal {
            reasoning = List.copyOf(reasoning);
        }
    }

    /** Allowed, or refused with a Dutch reason; {@code article} is the basis either way. */
    public record Decision(boolean allowed, String reason, String article) {
        static Decision yes(String article) {
            return new Decision(true, null, article);
        }

        static Decision no(String reason, String article) {
            return new Decision(false, reason, article);
        }
    }

    /** Years after the conduct in which a fine may be imposed: five where art. 5:53 applies (above € 340), else three. */
    public static int lapseYears(BigDecimal maximum) {
        return maximum.compareTo(REPORT_THRESHOLD) > 0 ? 5 : 3;
    }

    /** From this day the power to fine has lapsed (Awb art. 5:45), moved on by the days an objection or appeal ran. */
    public static LocalDate fineLapsesOn(LocalDate conductOn, int suspendedDays) {
        return conductOn.plusYears(lapseYears(STATUTORY_MAXIMUM)).plusDays(suspendedDays);
    }

    /** A period in which an objection or appeal ran; {@code until} is {@code null} while it still runs. */
    public record Suspension(LocalDate from, LocalDate until) {
    }

    /** Days the lapse period stood still on {@code today}: the days of each objection or appeal, a running one up to today. */
    public static int suspendedDays(List<Suspension> suspensions, LocalDate today) {
        long days = 0;
        for (Suspension s : suspensions) {
            LocalDate end = s.until() == null || s.until().isAfter(today) ? today : s.until();
            if (end.isAfter(s.from())) {
                days += ChronoUnit.DAYS.between(s.from(), end);
            }
        }
        return (int) days;
    }

    /** Proposes a sanction for one breach. Never final: a person decides after an individual assessment. */
    public static Proposal propose(FinePolicy policy, BreachFacts facts) {
        List<String> lines = new ArrayList<>();
        lines.add(PROPOSAL_NOTE);
        LocalDate lapses = fineLapsesOn(facts.conductOn(), facts.suspendedDays());
        if (facts.validReason()) {
            lines.add("Er was een geldige reden: de gedraging is niet verwijtbaar, dus geen waarschuwing en geen boete ("
                    + Articles.NOT_CULPABLE + ").");
            return new Proposal(SanctionKind.NONE, null, null, 0, 0, lapses, true, lines);
        }
        if (facts.pwMeasureOnSameConduct() && !policy.pwAndWiBothAllowed()) {
            lines.add("Voor dezelfde gedraging is al een maatregel op grond van de Participatiewet opgelegd; de gemeente "
                    + "sanctioneert één gedraging niet twee keer, dus geen boete op grond van de Wet inburgering ("
                    + Articles.NO_DOUBLE_SANCTION + ").");
            return new Proposal(SanctionKind.NONE, null, null, 0, 0, lapses, true, lines);
        }
        LocalDate windowStart = facts.conductOn().minusMonths(policy.secondChanceMonths());
        int counting = 0;
        int expired = 0;
        for (EarlierSanction e : facts.earlier()) {
            if (e.kind() == SanctionKind.NONE || e.conductOn().isAfter(facts.conductOn())) {
                continue;
            }
            if (e.conductOn().isBefore(windowStart)) {
                expired++;
            } else {
                counting++;
            }
        }
        lines.add(counting == 0 ? "Geen eerdere gesanctioneerde overtreding in de " + policy.secondChanceMonths() + " maanden voor deze gedraging."
                : counting + " eerdere gesanctioneerde overtreding" + (counting == 1 ? "" : "en") + " in de "
                + policy.secondChanceMonths() + " maanden voor deze gedraging " + (counting == 1 ? "telt" : "tellen") + " mee.");
        if (expired > 0) {
            lines.add(expired + " oudere overtreding" + (expired == 1 ? " telt" : "en tellen") + " niet meer mee: tweede kans ("
                    + Articles.SECOND_CHANCE + ").");
        }
        if (policy.warningFirst() && counting == 0) {
            lines.add("Eerste overtreding: eerst een schriftelijke waarschuwing (" + Articles.WARNING_FIRST + ", beleid geldig vanaf "
                    + DUTCH.format(policy.validFrom()) + ").");
            return new Proposal(SanctionKind.WARNING, null, null, 0, counting, lapses, false, lines);
        }
        if (!facts.decisionDate().isBefore(lapses)) {
            lines.add("De bevoegdheid om een boete op te leggen is vervallen op " + DUTCH.format(lapses) + " ("
                    + Articles.FINE_LAPSE + ").");
            return new Proposal(SanctionKind.NONE, null, null, 0, counting, lapses, true, lines);
        }
        int step = Math.min(policy.warningFirst() ? counting - 1 : counting, policy.ladder().size() - 1);
        BigDecimal ladderAmount = policy.ladder().get(step).setScale(2, RoundingMode.HALF_UP);
        lines.add("Boete volgens trede " + (step + 1) + " van de boeteladder: " + euro(ladderAmount) + " (beleid geldig vanaf "
                + DUTCH.format(policy.validFrom()) + ").");
        int reduction = 0;
        for (Circumstance c : facts.circumstances()) {
            int pct = policy.reductionPercent().getOrDefault(c, 0);
            if (pct > 0) {
                lines.add("Matiging " + pct + "% wegens: " + c.dutch().toLowerCase() + ".");
                reduction += pct;
            }
        }
        if (reduction > policy.maxReductionPercent()) {
            lines.add("De matigingen samen zijn begrensd op " + policy.maxReductionPercent() + "%.");
            reduction = policy.maxReductionPercent();
        }
        BigDecimal amount = ladderAmount.multiply(BigDecimal.valueOf(100 - reduction))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        if (amount.compareTo(STATUTORY_MAXIMUM) > 0) {
            lines.add("Begrensd op het wettelijk maximum van " + euro(STATUTORY_MAXIMUM) + " (" + Articles.FINE_MAXIMUM + ").");
            amount = STATUTORY_MAXIMUM;
        }
        lines.add("Voorgestelde boete: " + euro(amount) + " (" + Articles.FINE_MAXIMUM + "; " + Articles.INDIVIDUAL_ASSESSMENT
                + "). De bevoegdheid vervalt op " + DUTCH.format(lapses) + ".");
        return new Proposal(SanctionKind.FINE, amount, ladderAmount, reduction, counting, lapses, false, lines);
    }

    /**
     * Checks a person's decision on a proposal: they may deviate with a reason, but never impose a sanction on
     * conduct that is not culpable, never fine above the maximum, after the power lapsed, or on top of a
     * Participatiewet measure for the same conduct.
     */
    public static Decision checkDecision(FinePolicy policy, BreachFacts facts, Proposal proposal, SanctionKind decided,
                                         BigDecimal amount, String deviationReason) {
        boolean reasoned = deviationReason != null && !deviationReason.isBlank();
        if (decided != SanctionKind.NONE && facts.validReason()) {
            return Decision.no("Er was een geldige reden: de gedraging is niet verwijtbaar, dus geen " + decided.dutch().toLowerCase() + ".",
                    Articles.NOT_CULPABLE);
        }
        if (decided != proposal.kind() && !reasoned) {
            return Decision.no("U wijkt af van het voorstel (" + proposal.kind().dutch().toLowerCase() + "): geef de reden.",
                    Articles.INDIVIDUAL_ASSESSMENT);
        }
        if (decided != SanctionKind.FINE) {
            return Decision.yes(Articles.INDIVIDUAL_ASSESSMENT);
        }
        if (facts.pwMeasureOnSameConduct() && !policy.pwAndWiBothAllowed()) {
            return Decision.no("Voor dezelfde gedraging is al een maatregel op grond van de Participatiewet opgelegd; een boete "
                    + "op grond van de Wet inburgering daarnaast is niet toegestaan.", Articles.NO_DOUBLE_SANCTION);
        }
        LocalDate lapses = fineLapsesOn(facts.conductOn(), facts.suspendedDays());
        if (!facts.decisionDate().isBefore(lapses)) {
            return Decision.no("De bevoegdheid om voor deze gedraging een boete op te leggen is vervallen op " + DUTCH.format(lapses)
                    + " (vijf jaar na de gedraging).", Articles.FINE_LAPSE);
        }
        if (amount == null || amount.signum() <= 0) {
            return Decision.no("Vul het bedrag van de boete in.", Articles.FINE_MAXIMUM);
        }
        if (amount.compareTo(STATUTORY_MAXIMUM) > 0) {
            return Decision.no("De boete is ten hoogste " + euro(STATUTORY_MAXIMUM) + ".", Articles.FINE_MAXIMUM);
        }
        if (proposal.amount() != null && amount.compareTo(proposal.amount()) != 0 && !reasoned) {
            return Decision.no("U wijkt af van het voorgestelde bedrag (" + euro(proposal.amount()) + "): geef de reden.",
                    Articles.INDIVIDUAL_ASSESSMENT);
        }
        return Decision.yes(Articles.FINE_MAXIMUM);
    }

    /** A Participatiewet measure for conduct that already has a Wi fine is refused unless the policy allows both. */
    public static Decision checkPwMeasure(FinePolicy policy, boolean wiFineOnSameConduct) {
        if (wiFineOnSameConduct && !policy.pwAndWiBothAllowed()) {
            return Decision.no("Voor dezelfde gedraging is al een boete op grond van de Wet inburgering opgelegd of voorgesteld; "
                    + "een maatregel op grond van de Participatiewet daarnaast is niet toegestaan.", Articles.NO_DOUBLE_SANCTION);
        }
        return Decision.yes(Articles.PW_MEASURE);
    }

    /** The last day of the objection term: six weeks from the day after the dagtekening (Awb art. 6:7, 6:8). */
    public static LocalDate objectionDeadline(LocalDate datedOn) {
        return datedOn.plusWeeks(OBJECTION_WEEKS);
    }

    /** Whether an objection is admissible: in time, or late with an excusable reason (Awb art. 6:11). */
    public static Decision objectionAdmissible(LocalDate datedOn, LocalDate receivedOn, boolean lateExcusable) {
        if (receivedOn.isBefore(datedOn)) {
            return Decision.no("Het bezwaar kan niet eerder ontvangen zijn dan de dagtekening van het besluit.", Articles.OBJECTION_TERM);
        }
        if (!receivedOn.isAfter(objectionDeadline(datedOn))) {
            return Decision.yes(Articles.OBJECTION_TERM);
        }
        if (lateExcusable) {
            return Decision.yes(Articles.LATE_OBJECTION);
        }
        return Decision.no("Het bezwaar is na de termijn ontvangen (uiterlijk " + DUTCH.format(objectionDeadline(datedOn))
                + ") en de overschrijding is niet verschoonbaar: niet-ontvankelijk.", Articles.OBJECTION_TERM);
    }

    /** The form field a fine policy's reduction for {@code c} is entered in: a key of {@link #policyProblems}. */
    public static String reductionField(Circumstance c) {
        return switch (c) {
            case REDUCED_CULPABILITY -> "reductionCulpability";
            case LIMITED_MEANS -> "reductionMeans";
            case CONDUCT_RESTORED -> "reductionRestored";
        };
    }

    /** Most months a second-chance period or a Participatiewet measure may run in a policy Regie accepts. */
    public static final int POLICY_MAX_SECOND_CHANCE_MONTHS = 60;
    public static final int POLICY_MAX_PW_MEASURE_MONTHS = 12;

    /**
     * What is wrong with a version of a municipality's fine policy, per field ({@code ladder1}…, {@code secondChanceMonths},
     * the {@link #reductionField reduction fields}, {@code maxReductionPercent}, {@code pwMeasurePercent},
     * {@code pwMeasureMonths}), in Dutch; empty when it can be used. The law sets the maximum of each fine (Wi art. 22);
     * the rest keeps the policy coherent: a ladder that never goes down at a repeat (seed 003 ch. 5: "trapsgewijs"),
     * percentages from 0 to 100, a second-chance period of 1 to 60 months (the power to fine lapses after five years
     * anyway, Awb art. 5:45), and a Participatiewet measure of 1 to 100 percent for 1 to 12 months.
     */
    public static Map<String, String> policyProblems(FinePolicy p) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < p.ladder().size(); i++) {
            BigDecimal step = p.ladder().get(i);
            String field = "ladder" + (i + 1);
            if (step.signum() <= 0) {
                out.put(field, "Een boete is meer dan € 0,00.");
            } else if (step.compareTo(STATUTORY_MAXIMUM) > 0) {
                out.put(field, "Een boete is ten hoogste " + euro(STATUTORY_MAXIMUM) + " (" + Articles.FINE_MAXIMUM + ").");
            } else if (i > 0 && step.compareTo(p.ladder().get(i - 1)) < 0) {
                out.put(field, "Trede " + (i + 1) + " is niet lager dan trede " + i + ": bij herhaling wordt de boete niet lager.");
            }
        }
        if (p.secondChanceMonths() < 1 || p.secondChanceMonths() > POLICY_MAX_SECOND_CHANCE_MONTHS) {
            out.put("secondChanceMonths", "Kies een tweede-kansperiode van 1 tot en met " + POLICY_MAX_SECOND_CHANCE_MONTHS
                    + " maanden: na vijf jaar vervalt de bevoegdheid om te beboeten toch (Awb art. 5:45).");
        }
        for (Circumstance c : Circumstance.values()) {
            int pct = p.reductionPercent().getOrDefault(c, 0);
            if (pct < 0 || pct > 100) {
                out.put(reductionField(c), "Kies een percentage van 0 tot en met 100.");
            }
        }
        if (p.maxReductionPercent() < 0 || p.maxReductionPercent() > 100) {
            out.put("maxReductionPercent", "Kies een percentage van 0 tot en met 100.");
        }
        if (p.pwMeasurePercent() < 1 || p.pwMeasurePercent() > 100) {
            out.put("pwMeasurePercent", "Kies een verlaging van 1 tot en met 100 procent.");
        }
        if (p.pwMeasureMonths() < 1 || p.pwMeasureMonths() > POLICY_MAX_PW_MEASURE_MONTHS) {
            out.put("pwMeasureMonths", "Kies 1 tot en met " + POLICY_MAX_PW_MEASURE_MONTHS + " maanden.");
        }
        return out;
    }

    public static String euro(BigDecimal amount) {
        String s = amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        return "€ " + s;
    }
}
