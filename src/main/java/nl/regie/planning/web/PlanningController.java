package nl.regie.planning.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.identity.RegieUser;
import nl.regie.planning.BudgetLine;
import nl.regie.planning.EditingPlanning;
import nl.regie.planning.HalfYear;
import nl.regie.planning.NewPlanningParameters;
import nl.regie.planning.PlanningFigures;
import nl.regie.planning.PlanningOverview;
import nl.regie.planning.PlanningParameters;
import nl.regie.planning.PlanningView;
import nl.regie.planning.RouteMix;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Planning ({@code /planning}) for the policy officer and the team lead of one municipality: the forecast with its
 * ranges and the taakstelling form; the parameters ({@code /planning/parameters}) and the budget
 * ({@code /planning/begroting}) on their own pages; the forecast as CSV.
 */
@Controller
class PlanningController {

    private final PlanningOverview overview;
    private final EditingPlanning editing;
    private final Clock clock;

    PlanningController(PlanningOverview overview, EditingPlanning editing, Clock clock) {
        this.overview = overview;
        this.editing = editing;
        this.clock = clock;
    }

    @GetMapping("/planning")
    String show(RegieUser user, @RequestParam(name = "wijzig", required = false) String edit, Model model) {
        PlanningView v = overview.view(user);
        if (edit != null) {
            v.quotas().stream().filter(q -> q.half().key().equals(edit)).findFirst()
                    .ifPresent(q -> model.addAttribute("quotaForm", PlanningForms.QuotaForm.of(q)));
        }
        return forecastPage(v, model);
    }

    @PostMapping("/planning/taakstelling")
    String recordQuota(RegieUser user, @ModelAttribute("quotaForm") PlanningForms.QuotaForm form, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = PlanningForms.whole(form.getYear(), "year", errors);
        Integer half = PlanningForms.whole(form.getHalf(), "half", errors);
        Integer persons = PlanningForms.whole(form.getPersons(), "persons", errors);
        Long version = PlanningForms.version(form.getVersion(), errors);
        String done = submit(errors, model, response,
                () -> editing.recordQuota(user, year, half, persons, form.getSource(), version), () -> {
                    redirect.addFlashAttribute("flash", "Taakstelling voor de " + new HalfYear(year, half).dutch()
                            + " vastgelegd: " + persons + " personen. De prognose hieronder is bijgewerkt.");
                    return "redirect:/planning";
                });
        if (done != null) {
            return done;
        }
        return forecastPage(overview.view(user), model);
    }

    @GetMapping(value = "/planning/prognose.csv")
    ResponseEntity<byte[]> csv(RegieUser user) {
        PlanningView v = overview.view(user);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("prognose-" + v.municipalityCode() + "-" + v.today() + ".csv").build().toString())
                .body(overview.csv(user));
    }

    @GetMapping("/planning/parameters")
    String parameters(RegieUser user, Model model) {
        return parametersPage(overview.view(user), model);
    }

    @PostMapping("/planning/parameters")
    String addParameters(RegieUser user, @ModelAttribute("parametersForm") PlanningForms.ParametersForm form, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate validFrom = DutchDates.parse(form.getValidFrom(), "validFrom", errors);
        BigDecimal share = PlanningForms.percent(form.getShareObligedPct(), "shareObligedPct", errors);
        BigDecimal margin = PlanningForms.percent(form.getShareMarginPct(), "shareMarginPct", errors);
        BigDecimal low = PlanningForms.percent(form.getRealisationLowPct(), "realisationLowPct", errors);
        BigDecimal expected = PlanningForms.percent(form.getRealisationExpectedPct(), "realisationExpectedPct", errors);
        BigDecimal high = PlanningForms.percent(form.getRealisationHighPct(), "realisationHighPct", errors);
        Integer b1 = PlanningForms.whole(form.getMixB1(), "mixB1", errors);
        Integer education = PlanningForms.whole(form.getMixEducation(), "mixEducation", errors);
        Integer z = PlanningForms.whole(form.getMixSelfReliance(), "mixSelfReliance", errors);
        Integer caseload = PlanningForms.whole(form.getCaseloadPerFte(), "caseloadPerFte", errors);
        Integer months = PlanningForms.whole(form.getDossierMonths(), "dossierMonths", errors);
        var costs = form.unitCostCents(errors);
        RouteMix mix = b1 == null || education == null || z == null ? null : new RouteMix(b1, education, z);
        var p = new NewPlanningParameters(validFrom, share, margin, low, expected, high, mix, caseload, months, costs, form.getSource());
        String done = submit(errors, model, response, () -> editing.addParameters(user, p), () -> {
            redirect.addFlashAttribute("flash", "Nieuwe versie van de parameters vastgelegd, geldig vanaf " + DutchDates.show(validFrom) + ".");
            return "redirect:/planning/parameters";
        });
        if (done != null) {
            return done;
        }
        return parametersPage(overview.view(user), model);
    }

    @GetMapping("/planning/begroting")
    String budgets(RegieUser user, @RequestParam(name = "jaar", required = false) Integer year,
                   @RequestParam(name = "post", required = false) String line, Model model) {
        PlanningView v = overview.view(user);
        if (year != null && line != null) {
            v.budgets().stream().filter(b -> b.year() == year && b.line().name().equals(line)).findFirst()
                    .ifPresent(b -> model.addAttribute("budgetForm", PlanningForms.BudgetForm.of(b)));
        }
        return budgetPage(v, model);
    }

    @PostMapping("/planning/begroting")
    String recordBudget(RegieUser user, @ModelAttribute("budgetForm") PlanningForms.BudgetForm form, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = PlanningForms.whole(form.getYear(), "year", errors);
        BudgetLine line = form.line(errors);
        Long cents = PlanningForms.cents(form.getAmount(), "amount", errors);
        Long version = PlanningForms.version(form.getVersion(), errors);
        String done = submit(errors, model, response,
                () -> editing.recordBudget(user, year, line, cents, form.getSource(), version), () -> {
                    redirect.addFlashAttribute("flash", "Begroting " + year + " voor " + line.dutch() + " vastgelegd.");
                    return "redirect:/planning/begroting";
                });
        if (done != null) {
            return done;
        }
        return budgetPage(overview.view(user), model);
    }

    /** Runs a change when the form had no typing errors; on a refusal records the messages (400) or conflict (409). */
    private static String submit(Map<String, String> errors, Model model, HttpServletResponse response, Runnable change,
                                 Supplier<String> onSuccess) {
        if (errors.isEmpty()) {
            try {
                change.run();
                return onSuccess.get();
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        return null;
    }

    private String forecastPage(PlanningView v, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("table", ForecastTable.of(v.forecast()));
        model.addAttribute("explanation", v.current().map(ForecastTable::explanation).orElse(java.util.List.of()));
        if (!model.containsAttribute("quotaForm")) {
            PlanningForms.QuotaForm f = new PlanningForms.QuotaForm();
            HalfYear next = v.currentHalf().next();
            f.setYear(String.valueOf(next.year()));
            f.setHalf(String.valueOf(next.half()));
            model.addAttribute("quotaForm", f);
        }
        model.addAttribute("firstYear", 2021);
        model.addAttribute("openDossiers", v.openDossiersShown());
        errors(model);
        return "planning/forecast";
    }

    private String parametersPage(PlanningView v, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("lines", BudgetLine.values());
        model.addAttribute("national", RouteMix.NATIONAL);
        v.current().ifPresent(p -> {
            model.addAttribute("currentTitle", "Geldend nu (vanaf " + DutchDates.show(p.validFrom()) + ")");
            model.addAttribute("currentRows", currentRows(p));
            model.addAttribute("sources", p.sourceLines().stream()
                    .map(PlanningController::sourceLine).toList());
        });
        model.addAttribute("historyRows", v.parameterHistory().stream().map(p -> new String[] {
                DutchDates.show(p.validFrom()),
                pct(p.shareObligedPct()) + " ± " + PlanningFigures.plain(p.shareMarginPct().doubleValue()),
                PlanningFigures.plain(p.realisationLowPct().doubleValue()) + " / " + PlanningFigures.plain(p.realisationExpectedPct().doubleValue())
                        + " / " + pct(p.realisationHighPct()),
                p.localMix().dutch(), String.valueOf(p.caseloadPerFte()), p.recordedBy()}).toList());
        if (!model.containsAttribute("parametersForm")) {
            model.addAttribute("parametersForm", v.current()
                    .map(p -> PlanningForms.ParametersForm.of(p, DutchDates.show(LocalDate.now(clock))))
                    .orElseGet(PlanningForms.ParametersForm::new));
        }
        errors(model);
        return "planning/parameters";
    }

    /** A line of "Bron en aannames"; an assumption is marked as such on the screen. */
    record SourceLine(String text, boolean assumption) {
    }

    /** A budget as the table shows it. */
    record BudgetRow(int year, String line, String lineKey, String amount, String source) {
    }

    /** "Aanname: een fte kost …" becomes the badge "Aanname" and "Een fte kost …". */
    private static SourceLine sourceLine(String line) {
        if (!PlanningParameters.isAssumption(line)) {
            return new SourceLine(line, false);
        }
        String rest = line.strip().replaceFirst("(?i)^aanname:?\\s*", "");
        return new SourceLine(rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1), true);
    }

    private static Map<String, String> currentRows(PlanningParameters p) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Aandeel inburgeringsplichtig", pct(p.shareObligedPct()) + " (marge ± "
                + PlanningFigures.plain(p.shareMarginPct().doubleValue()) + " procentpunt)");
        rows.put("Realisatie van de taakstelling", "laag " + pct(p.realisationLowPct()) + ", verwacht "
                + pct(p.realisationExpectedPct()) + ", hoog " + pct(p.realisationHighPct()));
        rows.put("Eigen routemix B1 / onderwijs / Z", p.localMix().dutch() + " (landelijk " + RouteMix.NATIONAL.dutch() + ")");
        rows.put("Caseload", p.caseloadPerFte() + " dossiers per fte");
        rows.put("Gemiddelde looptijd dossier", p.dossierMonths() + " maanden");
        for (BudgetLine l : BudgetLine.values()) {
            rows.put("Kostprijs " + l.dutch(), PlanningFigures.centsAsEuros(p.unitCost(l)) + " " + l.unit());
        }
        return rows;
    }

    private static String pct(BigDecimal v) {
        return PlanningFigures.plain(v.doubleValue()) + "%";
    }

    private String budgetPage(PlanningView v, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("budgetRows", v.budgets().stream().sorted(java.util.Comparator.comparing(nl.regie.planning.Budget::year).reversed()
                        .thenComparing(b -> b.line().ordinal()))
                .map(b -> new BudgetRow(b.year(), b.line().dutch(), b.line().name(), PlanningFigures.centsAsEuros(b.amountCents()),
                        b.source() == null ? "—" : b.source())).toList());
        model.addAttribute("lines", BudgetLine.values());
        if (!model.containsAttribute("budgetForm")) {
            PlanningForms.BudgetForm f = new PlanningForms.BudgetForm();
            f.setYear(String.valueOf(v.today().getYear() + 1));
            model.addAttribute("budgetForm", f);
        }
        errors(model);
        return "planning/budget";
    }

    private static void errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }
}
