package nl.regie.monitoring.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.regie.audit.AccessLog;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.monitoring.Accountability;
import nl.regie.monitoring.Dashboard;
import nl.regie.monitoring.Figures;
import nl.regie.monitoring.Kpi;
import nl.regie.monitoring.Monitoring;
import nl.regie.monitoring.MonitoringFilter;
import nl.regie.monitoring.NewPartnerSurvey;
import nl.regie.monitoring.NewTarget;
import nl.regie.monitoring.PartnerSurveys;
import nl.regie.monitoring.Period;
import nl.regie.monitoring.ResearchDataset;
import nl.regie.monitoring.Scope;
import nl.regie.monitoring.TableExports;
import nl.regie.monitoring.Targets;
import nl.regie.rules.IntegrationRules;
import nl.regie.rules.LearningRoute;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.DutchDates;
import nl.regie.shared.FormInput;
import nl.regie.shared.FormSubmission;
import nl.regie.shared.RegieProblem;

/**
 * Cijfers: the monitoring dashboard (htmx filters), its exports, the research dataset, the yearly accountability
 * overview, the municipality's targets and its chain partners' satisfaction surveys. For policy officers and team leads (URL rule in SecurityConfig); no page
 * here shows or links to a dossier.
 */
@Controller
@RequestMapping("/cijfers")
class MonitoringController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Monitoring monitoring;
    private final Accountability accountability;
    private final TableExports exports;
    private final ResearchDataset research;
    private final Targets targets;
    private final PartnerSurveys surveys;

    MonitoringController(Monitoring monitoring, Accountability accountability, TableExports exports, ResearchDataset research,
                         Targets targets, PartnerSurveys surveys) {
        this.monitoring = monitoring;
        this.accountability = accountability;
        this.exports = exports;
        this.research = research;
        this.targets = targets;
        this.surveys = surveys;
    }

    /** The filter as typed; every field a string so a mistyped peildatum comes back as it was. */
    public static class FilterForm {
        private String periode;
        private String peildatum;
        private String bereik;
        private String doelgroep;
        private String route;

        public String getPeriode() { return periode; }
        public void setPeriode(String v) { periode = v; }
        public String getPeildatum() { return peildatum; }
        public void setPeildatum(String v) { peildatum = v; }
        public String getBereik() { return bereik; }
        public void setBereik(String v) { bereik = v; }
        public String getDoelgroep() { return doelgroep; }
        public void setDoelgroep(String v) { doelgroep = v; }
        public String getRoute() { return route; }
        public void setRoute(String v) { route = v; }
    }

    private MonitoringFilter parse(FilterForm form, Map<String, String> errors) {
        MonitoringFilter d = monitoring.defaultFilter();
        LocalDate peil = d.peildatum();
        if (form.getPeildatum() != null && !form.getPeildatum().isBlank()) {
            LocalDate typed = DutchDates.parse(form.getPeildatum(), "peildatum", errors);
            if (typed != null && typed.isAfter(monitoring.today())) {
                errors.put("peildatum", "De peildatum kan niet in de toekomst liggen.");
            } else if (typed != null) {
                peil = typed;
            }
        }
        Period period = d.period();
        if (form.getPeriode() != null && !form.getPeriode().isBlank()) {
            var p = Period.parse(form.getPeriode());
            if (p.isEmpty()) {
                errors.put("periode", "Kies een periode uit de lijst.");
            } else {
                period = p.get();
            }
        } else if (!peil.equals(d.peildatum())) {
            period = Period.halfYearOf(peil).previousHalfYear();
        }
        Scope scope = "installatie".equals(form.getBereik()) ? Scope.INSTALLATION : Scope.OWN_MUNICIPALITY;
        TargetGroup group = null;
        if (form.getDoelgroep() != null && !form.getDoelgroep().isBlank()) {
            try {
                group = TargetGroup.valueOf(form.getDoelgroep());
            } catch (IllegalArgumentException e) {
                errors.put("doelgroep", "Kies een doelgroep uit de lijst.");
            }
        }
        LearningRoute route = null;
        if (form.getRoute() != null && !form.getRoute().isBlank()) {
            try {
                route = LearningRoute.valueOf(form.getRoute());
            } catch (IllegalArgumentException e) {
                errors.put("route", "Kies een leerroute uit de lijst.");
            }
        }
        return new MonitoringFilter(period, peil, scope, group, route);
    }

    private static String query(MonitoringFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("periode", f.period().key())
                .queryParam("peildatum", f.peildatum().toString())
                .queryParam("bereik", f.scope() == Scope.INSTALLATION ? "installatie" : "eigen");
        if (f.targetGroup() != null) {
            b.queryParam("doelgroep", f.targetGroup().name());
        }
        if (f.route() != null) {
            b.queryParam("route", f.route().name());
        }
        return b.build().toUriString();
    }

    @GetMapping
    String dashboard(RegieUser user, @ModelAttribute("filter") FilterForm form, Model model, HttpServletResponse response)
            throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        MonitoringFilter f = parse(form, errors);
        Dashboard dashboard = monitoring.dashboard(user, f);
        if (!errors.isEmpty()) {
            response.setStatus(400);
        }
        if (form.getPeildatum() == null || form.getPeildatum().isBlank() || errors.containsKey("peildatum")) {
            form.setPeildatum(errors.containsKey("peildatum") ? form.getPeildatum() : DutchDates.show(f.peildatum()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("f", f);
        model.addAttribute("periods", Period.choices(f.peildatum()));
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("routes", LearningRoute.values());
        model.addAttribute("query", query(f));
        model.addAttribute("peildatumShown", DutchDates.show(f.peildatum()));
        model.addAttribute("kpis", Kpi.values());
        Map<String, String> charts = new LinkedHashMap<>();
        for (Figures.Table t : dashboard.tables()) {
            charts.put(t.id(), JSON.writeValueAsString(t.chartData()));
        }
        for (Figures.Table t : dashboard.trends()) {
            charts.put(t.id(), JSON.writeValueAsString(t.chartData()));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("mayDownloadResearch", user.is(Role.POLICY_OFFICER) && f.scope() == Scope.OWN_MUNICIPALITY);
        return "monitoring/dashboard";
    }

    @GetMapping("/export/{table}.{format}")
    void export(RegieUser user, @PathVariable String table, @PathVariable String format, @ModelAttribute FilterForm form,
                HttpServletResponse response) throws IOException {
        MonitoringFilter f = parse(form, new LinkedHashMap<>());
        Dashboard d = monitoring.dashboard(user, f);
        List<Figures.Table> tables = "alle".equals(table)
                ? java.util.stream.Stream.concat(d.tables().stream(), d.trends().stream()).toList() : List.of(d.table(table));
        String context = d.scopeName() + ", " + f.describe();
        write(user, tables, context, "cijfers-" + table + "-" + f.period().key() + "-peildatum-" + f.peildatum(), format,
                AccessLog.AccessAction.EXPORT_FIGURES, response);
    }

    private void write(RegieUser user, List<Figures.Table> tables, String context, String name, String format,
                       AccessLog.AccessAction action, HttpServletResponse response) throws IOException {
        switch (format) {
            case "csv" -> {
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
                exports.csv(user, tables, context, action, response.getOutputStream());
            }
            case "xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"");
                exports.xlsx(user, tables, context, action, response.getOutputStream());
            }
            default -> throw new RegieProblem.NotFound("Exporteren kan als CSV of XLSX.");
        }
    }

    @GetMapping("/onderzoeksbestand.csv")
    void researchDataset(RegieUser user, @ModelAttribute FilterForm form, HttpServletResponse response) throws IOException {
        MonitoringFilter f = parse(form, new LinkedHashMap<>());
        if (f.scope() != Scope.OWN_MUNICIPALITY) {
            throw new RegieProblem.Forbidden("Het onderzoeksbestand bevat alleen dossiers van de eigen gemeente.");
        }
        if (!user.is(Role.POLICY_OFFICER)) {
            throw new RegieProblem.Forbidden("Het onderzoeksbestand is er alleen voor de beleidsmedewerker van de gemeente.");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"onderzoeksbestand-" + f.period().key() + "-peildatum-" + f.peildatum() + ".csv\"");
        research.write(user, f, response.getOutputStream());
    }

    private int year(String jaar, Map<String, String> errors) {
        int current = monitoring.today().getYear();
        if (jaar == null || jaar.isBlank()) {
            return current - 1;
        }
        try {
            int y = Integer.parseInt(jaar.trim());
            if (y >= IntegrationRules.LAW_IN_FORCE.getYear() && y <= current) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("jaar", "Kies een jaar vanaf 2022 (de Wet inburgering 2021 geldt sinds 1 januari 2022) tot en met dit jaar.");
        return current - 1;
    }

    @GetMapping("/verantwoording")
    String accountability(RegieUser user, @RequestParam(required = false) String jaar, @RequestParam(required = false) String bereik,
                          Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        int year = year(jaar, errors);
        Scope scope = "installatie".equals(bereik) ? Scope.INSTALLATION : Scope.OWN_MUNICIPALITY;
        if (!errors.isEmpty()) {
            response.setStatus(400);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("tables", accountability.overview(user, scope, year));
        model.addAttribute("year", year);
        model.addAttribute("scope", scope);
        model.addAttribute("scopeName", monitoring.scopeName(user, scope));
        int current = monitoring.today().getYear();
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(IntegrationRules.LAW_IN_FORCE.getYear(), current).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("query", "?jaar=" + year + "&bereik=" + (scope == Scope.INSTALLATION ? "installatie" : "eigen"));
        return "monitoring/accountability";
    }

    @GetMapping("/verantwoording.{format}")
    void accountabilityExport(RegieUser user, @PathVariable String format, @RequestParam(required = false) String jaar,
                              @RequestParam(required = false) String bereik, HttpServletResponse response) throws IOException {
        int year = year(jaar, new LinkedHashMap<>());
        Scope scope = "installatie".equals(bereik) ? Scope.INSTALLATION : Scope.OWN_MUNICIPALITY;
        write(user, accountability.overview(user, scope, year), monitoring.scopeName(user, scope) + ", jaarverantwoording " + year,
                "jaarverantwoording-" + year, format, AccessLog.AccessAction.EXPORT_ACCOUNTABILITY, response);
    }

    /** The target form as typed. */
    public static class TargetForm {
        private String kpi;
        private String percent;
        private String validFrom;
        private String wording;

        public String getKpi() { return kpi; }
        public void setKpi(String v) { kpi = v; }
        public String getPercent() { return percent; }
        public void setPercent(String v) { percent = v; }
        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { validFrom = v; }
        public String getWording() { return wording; }
        public void setWording(String v) { wording = v; }
    }

    @GetMapping("/doelen")
    String targets(RegieUser user, Model model) {
        return targetsPage(user, model, new TargetForm(), Map.of());
    }

    private String targetsPage(RegieUser user, Model model, TargetForm form, Map<String, String> errors) {
        model.addAttribute("history", targets.history(user));
        model.addAttribute("kpis", Kpi.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayEdit", user.is(Role.POLICY_OFFICER));
        model.addAttribute("dates", new nl.regie.shared.DateView());
        return "monitoring/targets";
    }

    @PostMapping("/doelen")
    String addTarget(RegieUser user, @ModelAttribute("form") TargetForm form, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Kpi kpi = null;
        if (form.getKpi() != null && !form.getKpi().isBlank()) {
            try {
                kpi = Kpi.valueOf(form.getKpi());
            } catch (IllegalArgumentException e) {
                errors.put("kpi", "Kies een indicator uit de lijst.");
            }
        }
        BigDecimal percent = null;
        if (form.getPercent() != null && !form.getPercent().isBlank()) {
            try {
                percent = new BigDecimal(form.getPercent().trim().replace("%", "").trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.put("percent", "Vul een getal in, bijvoorbeeld 90 of 87,5.");
            }
        }
        LocalDate validFrom = form.getValidFrom() == null || form.getValidFrom().isBlank() ? null
                : DutchDates.parse(form.getValidFrom(), "validFrom", errors);
        NewTarget target = new NewTarget(kpi, percent, validFrom, form.getWording());
        try {
            if (!errors.isEmpty()) {
                // Typing errors first; the service's checks of the fields that could be read come after them.
                targets.check(user, target).forEach(errors::putIfAbsent);
                throw new RegieProblem.InvalidInput(errors);
            }
            targets.set(user, target);
        } catch (RegieProblem.InvalidInput e) {
            Map<String, String> all = new LinkedHashMap<>(errors);
            e.problems().forEach(all::putIfAbsent);
            response.setStatus(400);
            return targetsPage(user, model, form, all);
        }
        redirect.addFlashAttribute("flash", "Streefwaarde vastgelegd.");
        return "redirect:/cijfers/doelen";
    }

    /** The chain-partner survey form as typed. */
    public static class SurveyForm {
        private String heldOn;
        private String respondents;
        private String averageScore;
        private String description;

        public String getHeldOn() { return heldOn; }
        public void setHeldOn(String v) { heldOn = v; }
        public String getRespondents() { return respondents; }
        public void setRespondents(String v) { respondents = v; }
        public String getAverageScore() { return averageScore; }
        public void setAverageScore(String v) { averageScore = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    @GetMapping("/tevredenheid")
    String surveys(RegieUser user, Model model) {
        return surveysPage(user, model, new SurveyForm(), Map.of());
    }

    private String surveysPage(RegieUser user, Model model, SurveyForm form, Map<String, String> errors) {
        model.addAttribute("surveys", surveys.history(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayEdit", user.is(Role.POLICY_OFFICER));
        model.addAttribute("dates", new nl.regie.shared.DateView());
        return "monitoring/surveys";
    }

    @PostMapping("/tevredenheid")
    String addSurvey(RegieUser user, @ModelAttribute("form") SurveyForm form, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate heldOn = DutchDates.parse(form.getHeldOn(), "heldOn", errors);
        Integer respondents = FormInput.wholeNumber(form.getRespondents(), "respondents", errors);
        BigDecimal average = null;
        if (form.getAverageScore() != null && !form.getAverageScore().isBlank()) {
            try {
                average = new BigDecimal(form.getAverageScore().trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.put("averageScore", "Vul een cijfer in, bijvoorbeeld 7,4.");
            }
        }
        NewPartnerSurvey survey = new NewPartnerSurvey(heldOn, respondents, average, form.getDescription());
        // Typing errors first; the service's checks of the fields that could be read come after them (and a role
        // that may not record is refused before any of that).
        surveys.check(user, survey).forEach(errors::putIfAbsent);
        if (!FormSubmission.succeeded(errors, model, response, () -> surveys.record(user, survey))) {
            return surveysPage(user, model, form, errors);
        }
        redirect.addFlashAttribute("flash", "Tevredenheidsonderzoek onder ketenpartners vastgelegd.");
        return "redirect:/cijfers/tevredenheid";
    }
}
