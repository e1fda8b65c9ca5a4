package nl.regie.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.identity.RegieUser;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Entering the planning input of the own municipality: the taakstelling per half year, a new version of the
 * planning parameters, the budget per line and year. One use case per method, one transaction each; every change
 * is written to the access log with its own action (who, when, what). There is no dossier, so no timeline event.
 */
@Service
public class EditingPlanning {

    private final PlanningStore store;
    private final AccessLog accessLog;
    private final Clock clock;

    EditingPlanning(PlanningStore store, AccessLog accessLog, Clock clock) {
        this.store = store;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Records the taakstelling of a half year. A new half year needs no version; changing an existing one needs the
     * version it was read at (optimistic locking), so two people cannot overwrite each other unseen.
     */
    @Transactional
    public void recordQuota(RegieUser user, Integer year, Integer half, Integer persons, String source, Long basedOnVersion) {
        String municipality = PlanningAccess.municipalityOf(user);
        Map<String, String> problems = PlanningCheck.quota(year, half, persons, source, LocalDate.now(clock).getYear());
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        HalfYear h = new HalfYear(year, half);
        var existing = store.quota(municipality, h);
        String src = blankToNull(source);
        if (existing.isEmpty()) {
            try {
                store.insertQuota(municipality, h, persons, src, user.username());
            } catch (DuplicateKeyException e) {
                throw changedMeanwhile("De taakstelling voor de " + h.dutch() + " is zojuist door iemand anders vastgelegd.");
            }
        } else if (basedOnVersion == null) {
            throw new RegieProblem.InvalidInput("half", "Voor de " + h.dutch() + " is al een taakstelling vastgelegd ("
                    + existing.get().persons() + " personen). Kies ‘Wijzigen’ bij die regel om haar aan te passen.");
        } else if (store.updateQuota(municipality, h, persons, src, user.username(), basedOnVersion) == 0) {
            throw changedMeanwhile("De taakstelling voor de " + h.dutch() + " is intussen door iemand anders gewijzigd.");
        }
        accessLog.record(user, null, AccessAction.RECORD_HOUSING_QUOTA,
                "Taakstelling " + h.dutch() + ": " + persons + " personen"
                        + existing.map(q -> " (was " + q.persons() + ")").orElse(""), Channel.UI);
    }

    /** Adds a version of the planning parameters; versions are never changed, a later one replaces an earlier one. */
    @Transactional
    public void addParameters(RegieUser user, NewPlanningParameters p) {
        String municipality = PlanningAccess.municipalityOf(user);
        Map<String, String> problems = PlanningCheck.parameters(p);
        if (problems.isEmpty() && store.parametersExist(municipality, p.validFrom())) {
            problems.put("validFrom", "Er is al een versie die geldt vanaf " + DutchDates.show(p.validFrom())
                    + ". Een versie wordt niet overschreven: kies een andere ingangsdatum.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        try {
            store.insertParameters(municipality, p, user.username());
        } catch (DuplicateKeyException e) {
            throw changedMeanwhile("Er is zojuist een andere versie met deze ingangsdatum vastgelegd.");
        }
        accessLog.record(user, null, AccessAction.RECORD_PLANNING_PARAMETERS,
                "Planningsparameters geldig vanaf " + DutchDates.show(p.validFrom()), Channel.UI);
    }

    /** Records the budget of one line in one year; changing an existing budget needs the version it was read at. */
    @Transactional
    public void recordBudget(RegieUser user, Integer year, BudgetLine line, Long amountCents, String source, Long basedOnVersion) {
        String municipality = PlanningAccess.municipalityOf(user);
        Map<String, String> problems = PlanningCheck.budget(year, line, amountCents, source, LocalDate.now(clock).getYear());
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        var existing = store.budget(municipality, year, line);
        String src = blankToNull(source);
        if (existing.isEmpty()) {
            try {
                store.insertBudget(municipality, year, line, amountCents, src, user.username());
            } catch (DuplicateKeyException e) {
                throw changedMeanwhile("De begroting voor " + line.dutch() + " in " + year + " is zojuist door iemand anders vastgelegd.");
            }
        } else if (basedOnVersion == null) {
            throw new RegieProblem.InvalidInput("line", "Voor " + line.dutch() + " in " + year
                    + " is al een bedrag begroot. Kies ‘Wijzigen’ bij die regel om het aan te passen.");
        } else if (store.updateBudget(municipality, year, line, amountCents, src, user.username(), basedOnVersion) == 0) {
            throw changedMeanwhile("De begroting voor " + line.dutch() + " in " + year + " is intussen door iemand anders gewijzigd.");
        }
        accessLog.record(user, null, AccessAction.RECORD_PLANNING_BUDGET,
                "Begroting " + year + ", " + line.dutch() + ": " + PlanningFigures.euros(amountCents / 100.0), Channel.UI);
    }

    private static RegieProblem.Conflict changedMeanwhile(String message) {
        return new RegieProblem.Conflict("Intussen gewijzigd", message + " Laad de pagina opnieuw en bekijk de nieuwe waarde.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
