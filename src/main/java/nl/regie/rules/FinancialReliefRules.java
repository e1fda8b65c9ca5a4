package nl.regie.rules;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Financieel ontzorgen (Participatiewet art. 56a): who gets it, how long it runs, extending and ending it early, the
 * checks on a vaste last (creditor IBAN, amount, due day) and what one month withholds from the benefit. Pure: no
 * clock, no database; amounts in euro cents.
 */
public final class FinancialReliefRules {

    private FinancialReliefRules() {
    }

    /** The law's period (art. 56a lid 1); the municipality's policy may give more ({@code financialReliefMonths}). */
    public static final int STATUTORY_MONTHS = 6;

    /** The latest monthly due day: every month has it, so a charge is due in every month (February included). */
    public static final int LATEST_DUE_DAY = 28;

    /** Whether something is allowed, with the Dutch reason when it is not, and the article it rests on. */
    public record Decision(boolean allowed, String reason, String article) {
        static Decision yes() {
            return new Decision(true, null, Articles.FINANCIAL_RELIEF);
        }

        static Decision no(String reason) {
            return new Decision(false, reason, Articles.FINANCIAL_RELIEF);
        }
    }

    /**
     * Art. 56a applies to inburgeringsplichtigen with an asylum permit (not family with a regular permit) who have a
     * right to bijstand; the arrangement starts when that right starts.
     *
     * @param benefitStart the start of the right to bijstand, {@code null} when none was recorded
     * @param incomeNow    the income situation recorded now, {@code null} when none; anything but bijstand refuses
     */
    public static Decision eligibility(TargetGroup group, LocalDate benefitStart, String incomeNow, boolean incomeIsBenefit) {
        if (group != TargetGroup.ASYLUM_PERMIT_HOLDER) {
            return Decision.no("Financieel ontzorgen geldt alleen voor asielstatushouders met een verblijfsvergunning asiel "
                    + "(Participatiewet art. 56a). Deze inburgeraar is " + group.dutch().toLowerCase(Locale.ROOT) + ".");
        }
        if (benefitStart == null) {
            return Decision.no("Er is geen recht op bijstand vastgelegd. Financieel ontzorgen begint als het recht op bijstand "
                    + "begint: leg eerst 'Recht op bijstand sinds' vast bij de feiten voor de wet op het dossieroverzicht.");
        }
        if (incomeNow != null && !incomeIsBenefit) {
            return Decision.no("Volgens het huishouden is de inkomenssituatie nu '" + incomeNow + "'. Financieel ontzorgen "
                    + "gebeurt vanuit de bijstandsuitkering en kan alleen bij bijstand.");
        }
        return Decision.yes();
    }

    /** The last day of the arrangement: {@code months} from the start, the last day inside (see {@link Periods}). */
    public static LocalDate endDate(LocalDate start, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months < 1");
        }
        return Periods.lastDayOfMonths(start, months);
    }

    /** A longer period (Pw art. 57, seeds 002–004: "met mogelijkheid tot verlenging"): the new end lies after the current one. */
    public static String extensionProblem(LocalDate currentEnd, LocalDate newEnd, boolean endedEarly) {
        if (endedEarly) {
            return "Het ontzorgen is al beëindigd; een beëindigd arrangement kan niet meer worden verlengd.";
        }
        if (newEnd == null) {
            return "Vul de nieuwe einddatum in.";
        }
        if (!newEnd.isAfter(currentEnd)) {
            return "De nieuwe einddatum moet na de huidige einddatum (" + show(currentEnd) + ") liggen.";
        }
        return null;
    }

    /**
     * Ending early because the newcomer manages on their own (seed 003: ontzorgen ends once the way to financial
     * self-reliance is completed; rules.md notes that art. 56a was relaxed in 2023 so that it is no longer absolute —
     * the amended wording could not be confirmed here): the last day lies on or after the start and before the planned end.
     */
    public static String earlyEndProblem(LocalDate start, LocalDate end, LocalDate lastDay, boolean endedEarly) {
        if (endedEarly) {
            return "Het ontzorgen is al beëindigd.";
        }
        if (lastDay == null) {
            return "Vul de laatste dag van het ontzorgen in.";
        }
        if (lastDay.isBefore(start)) {
            return "De laatste dag ligt vóór de start van het ontzorgen (" + show(start) + ").";
        }
        if (!lastDay.isBefore(end)) {
            return "Eerder beëindigen betekent een laatste dag vóór de geplande einddatum (" + show(end) + ").";
        }
        return null;
    }

    /** An IBAN without spaces, in capitals (how it is stored and written into the payment file). */
    public static String normalizedIban(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** ISO 13616: country code, two check digits, the account; the whole number modulo 97 is 1. Dutch IBANs have 18 characters. */
    public static String ibanProblem(String raw) {
        String iban = normalizedIban(raw);
        if (iban.isEmpty()) {
            return "Vul het IBAN in.";
        }
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return "'" + raw.trim() + "' is geen IBAN: twee letters voor het land, twee controlecijfers en het rekeningnummer, "
                    + "bijvoorbeeld NL91 ABNA 0417 1643 00.";
        }
        if (iban.startsWith("NL") && iban.length() != 18) {
            return "Een Nederlands IBAN heeft 18 tekens; '" + raw.trim() + "' heeft er " + iban.length() + ".";
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            return "De controlecijfers van IBAN '" + raw.trim() + "' kloppen niet (ISO 13616). Controleer het nummer.";
        }
        return null;
    }

    /** One vaste last as the computation needs it. {@code until} is {@code null} while it runs. */
    public record Charge(long id, String label, String creditorName, String creditorIban, String reference, long amountCents,
                         int dueDay, YearMonth from, YearMonth until) {

        public boolean dueIn(YearMonth month) {
            return !month.isBefore(from) && (until == null || !month.isAfter(until));
        }
    }

    /** The checks on a new vaste last, field → Dutch message, in form order. */
    public static Map<String, String> chargeProblems(String creditorName, String creditorIban, String reference, Long amountCents,
                                                     Integer dueDay, YearMonth from, YearMonth until, LocalDate reliefStart,
                                                     LocalDate reliefEnd) {
        Map<String, String> p = new LinkedHashMap<>();
        if (creditorName == null || creditorName.isBlank()) {
            p.put("creditorName", "Vul de naam van de schuldeiser in, bijvoorbeeld de verhuurder.");
        } else if (creditorName.strip().length() > 70) {
            p.put("creditorName", "De naam van de schuldeiser is hoogstens 70 tekens (SEPA).");
        }
        String iban = ibanProblem(creditorIban);
        if (iban != null) {
            p.put("creditorIban", iban);
        }
        if (reference == null || reference.isBlank()) {
            p.put("paymentReference", "Vul het betalingskenmerk in (bijvoorbeeld het klant- of contractnummer).");
        } else if (reference.strip().length() > 100) {
            p.put("paymentReference", "Het betalingskenmerk is hoogstens 100 tekens.");
        }
        if (amountCents != null && amountCents <= 0) {
            p.put("monthlyAmount", "Het bedrag per maand moet groter zijn dan € 0,00.");
        } else if (amountCents != null && amountCents > 99_999_999L) {
            p.put("monthlyAmount", "Het bedrag per maand is te hoog.");
        }
        if (dueDay != null && (dueDay < 1 || dueDay > LATEST_DUE_DAY)) {
            p.put("dueDay", "De betaaldag ligt tussen 1 en " + LATEST_DUE_DAY + " (die dag bestaat in elke maand).");
        }
        if (from != null && reliefStart != null && (from.isBefore(YearMonth.from(reliefStart)) || from.isAfter(YearMonth.from(reliefEnd)))) {
            p.put("validFrom", "De eerste maand ligt binnen het ontzorgen (" + month(YearMonth.from(reliefStart)) + " tot en met "
                    + month(YearMonth.from(reliefEnd)) + ").");
        }
        if (from != null && until != null && until.isBefore(from)) {
            p.put("validUntil", "De laatste maand ligt niet vóór de eerste maand.");
        }
        return p;
    }

    /** Whether the arrangement pays anything in {@code month}: the month overlaps the period from start to end. */
    public static boolean activeIn(YearMonth month, LocalDate start, LocalDate end) {
        return !month.isBefore(YearMonth.from(start)) && !month.isAfter(YearMonth.from(end));
    }

    /** One transfer of a month: to a creditor for a vaste last, or the remainder to the newcomer ({@code chargeId} null). */
    public record Payment(Long chargeId, String label, String creditorName, String creditorIban, String reference,
                          long amountCents, LocalDate dueOn) {
    }

    /**
     * What one month does with the benefit: the vaste lasten due that month are withheld and paid to their creditors
     * (one transfer per vaste last, each with its own reference), the remainder goes to the newcomer.
     *
     * @param overdrawn the charges exceed the benefit: nothing can be paid as planned; {@code warning} says by how much
     */
    public record MonthComputation(YearMonth month, boolean active, long benefitCents, long withholdingCents, long remainderCents,
                                   List<Payment> payments, boolean overdrawn, String warning) {

        /** The transfers to creditors only. */
        public List<Payment> chargePayments() {
            return payments.stream().filter(p -> p.chargeId() != null).toList();
        }
    }

    public static MonthComputation month(YearMonth month, LocalDate start, LocalDate end, long benefitCents, List<Charge> charges,
                                         String newcomerName, String newcomerIban) {
        if (!activeIn(month, start, end)) {
            return new MonthComputation(month, false, benefitCents, 0, 0, List.of(), false, null);
        }
        List<Payment> out = new ArrayList<>();
        long withheld = 0;
        for (Charge c : charges.stream().sorted(Comparator.comparingInt(Charge::dueDay).thenComparingLong(Charge::id)).toList()) {
            if (c.dueIn(month)) {
                withheld += c.amountCents();
                out.add(new Payment(c.id(), c.label(), c.creditorName(), c.creditorIban(), c.reference(), c.amountCents(),
                        month.atDay(c.dueDay())));
            }
        }
        if (withheld > benefitCents) {
            return new MonthComputation(month, true, benefitCents, withheld, 0, out, true,
                    "De vaste lasten (" + euro(withheld) + ") zijn hoger dan de uitkering (" + euro(benefitCents) + "): een tekort van "
                            + euro(withheld - benefitCents) + ". Pas de vaste lasten of de uitkering aan; deze maand wordt niet "
                            + "betaald zolang het tekort bestaat.");
        }
        long remainder = benefitCents - withheld;
        if (remainder > 0) {
            out.add(new Payment(null, "Restant uitkering", newcomerName, newcomerIban, "Restant bijstand " + month(month), remainder,
                    month.atDay(1)));
        }
        return new MonthComputation(month, true, benefitCents, withheld, remainder, List.copyOf(out), false, null);
    }

    /** A bank does not execute in the past: the due date, or the day the run is produced when that is later. */
    public static LocalDate executionDate(LocalDate dueOn, LocalDate producedOn) {
        return dueOn.isBefore(producedOn) ? producedOn : dueOn;
    }

    /** "€ 1.234,56". */
    public static String euro(long cents) {
        long abs = Math.abs(cents);
        String whole = String.format(Locale.ROOT, "%,d", abs / 100).replace(',', '.');
        return (cents < 0 ? "-" : "") + "€ " + whole + "," + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};

    /** "maart 2026". */
    public static String month(YearMonth m) {
        return MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
    }

    private static String show(LocalDate d) {
        return String.format(Locale.ROOT, "%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
