package nl.regie.relief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import nl.regie.dossier.Dossier;
import nl.regie.dossier.SignalRules;
import nl.regie.plan.IntegrationPlan;
import nl.regie.rules.FinancialReliefRules;
import nl.regie.rules.FinancialReliefRules.MonthComputation;

/**
 * A dossier's financieel ontzorgen as the relief page (and the card on the progress page) shows it.
 *
 * @param relief        the arrangement, {@code null} when there is none yet
 * @param eligibility   whether one may be started (only read when {@code relief} is {@code null})
 * @param proposedStart the start of bijstand, where a new arrangement would start
 * @param proposedEnd   the end the policy in force on that day gives
 * @param months        every month of the arrangement with what it withholds and pays
 * @param paidIn        per month, the payment runs (message ids) that paid this dossier
 * @param planAgreement the latest established PIP that records agreements about ontzorgen, {@code null} when none does
 */
public record ReliefView(Dossier dossier, FinancialRelief relief, FinancialReliefRules.Decision eligibility, LocalDate proposedStart,
                         Integer policyMonths, LocalDate proposedEnd, List<FixedCharge> charges, List<ReliefChange> changes,
                         List<Checkpoint> checkpoints, List<MonthComputation> months, Map<YearMonth, List<String>> paidIn,
                         IntegrationPlan planAgreement, boolean canEdit, LocalDate today) {

    public boolean arranged() {
        return relief != null;
    }

    public boolean running() {
        return relief != null && relief.runsOn(today);
    }

    public long daysLeft() {
        return relief == null ? 0 : ChronoUnit.DAYS.between(today, relief.endsOn());
    }

    /** Ends within the signal's four weeks and has not ended early: time to discuss extending or handing over. */
    public boolean endingSoon() {
        return relief != null && !relief.endedEarly() && !today.isAfter(relief.endsOn())
                && daysLeft() <= SignalRules.RELIEF_ENDING_LEAD_DAYS;
    }

    public String status() {
        if (relief == null) {
            return "Geen ontzorgen";
        }
        if (relief.endedEarly()) {
            return "Eerder beëindigd op " + show(relief.endsOn());
        }
        if (today.isBefore(relief.startsOn())) {
            return "Begint op " + show(relief.startsOn());
        }
        if (today.isAfter(relief.endsOn())) {
            return "Afgelopen op " + show(relief.endsOn());
        }
        return "Loopt tot en met " + show(relief.endsOn()) + (relief.extended() ? " (verlengd)" : "") + ", nog " + daysLeft() + " dagen";
    }

    /** The month overview's rows that exceed the benefit from this month on. */
    public List<MonthComputation> shortfalls() {
        YearMonth now = YearMonth.from(today);
        return months.stream().filter(m -> m.overdrawn() && !m.month().isBefore(now)).toList();
    }

    public List<FixedCharge> runningCharges() {
        return charges.stream().filter(c -> !c.ended()).toList();
    }

    public long runningTotal() {
        return runningCharges().stream().mapToLong(FixedCharge::amountCents).sum();
    }

    public boolean has(CheckpointKind kind) {
        return checkpoints.stream().anyMatch(c -> c.kind() == kind);
    }

    public List<Checkpoint> latestCheckpoints() {
        return checkpoints.size() <= 3 ? checkpoints : checkpoints.subList(checkpoints.size() - 3, checkpoints.size());
    }

    public String budgetTraining() {
        if (has(CheckpointKind.BUDGET_TRAINING_COMPLETED)) {
            return "afgerond";
        }
        return has(CheckpointKind.BUDGET_TRAINING_STARTED) ? "gestart" : "nog niet gestart";
    }

    public long ownPayments() {
        return checkpoints.stream().filter(c -> c.kind() == CheckpointKind.OWN_PAYMENT_TAKEN_OVER).count();
    }

    public String monthDutch(MonthComputation m) {
        return FinancialReliefRules.month(m.month());
    }

    public String euro(long cents) {
        return FinancialReliefRules.euro(cents);
    }

    public String paidText(MonthComputation m) {
        List<String> runs = paidIn.get(m.month());
        if (runs != null && !runs.isEmpty()) {
            return "Betaald (" + String.join(", ", runs) + ")";
        }
        if (m.overdrawn()) {
            return "Tekort: niet te betalen";
        }
        return m.month().isBefore(YearMonth.from(today)) ? "Niet betaald" : "Nog te betalen";
    }

    private static String show(LocalDate d) {
        return nl.regie.shared.DutchDates.show(d);
    }
}
