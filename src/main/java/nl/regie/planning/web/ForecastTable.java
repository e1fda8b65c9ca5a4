package nl.regie.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

import nl.regie.planning.BudgetLine;
import nl.regie.planning.BudgetStatus;
import nl.regie.planning.PlanningFigures;
import nl.regie.planning.PlanningForecast.Forecast;
import nl.regie.planning.PlanningForecast.HalfYearForecast;
import nl.regie.planning.PlanningForecast.LineVsBudget;
import nl.regie.planning.PlanningForecast.Range;
import nl.regie.planning.PlanningForecast.YearForecast;
import nl.regie.planning.PlanningParameters;
import nl.regie.rules.LearningRoute;

/** The forecast as ready-made rows and cells for the template (no arithmetic or formatting in Thymeleaf). */
public record ForecastTable(List<String> columns, List<Row> rows, List<YearTable> years) {

    /** A cell: either a range (low, expected, high) or a single text. */
    public record Cell(String low, String expected, String high, String text) {
        public boolean isRange() {
            return text == null;
        }
    }

    public record Row(String label, String unit, boolean group, List<Cell> cells) {
    }

    public record BudgetRow(String line, String unit, Cell cost, String budget, String compared, BudgetStatus status, boolean total) {
    }

    public record YearTable(int year, String caption, boolean wholeYear, List<BudgetRow> rows) {
    }

    static ForecastTable of(Forecast f) {
        List<HalfYearForecast> hs = f.halves();
        List<String> columns = hs.stream().map(h -> h.half().dutch()).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Taakstelling", "personen", false, hs.stream()
                .map(h -> new Cell(null, null, null, h.quotaKnown() ? String.valueOf(h.quota()) : "nog niet bekend (0 gerekend)")).toList()));
        rows.add(range("Gehuisvest", "personen", hs, HalfYearForecast::housed, PlanningFigures::persons));
        rows.add(range("Inburgeringsplichtig", "personen", hs, HalfYearForecast::obliged, PlanningFigures::persons));
        for (LearningRoute r : LearningRoute.values()) {
            rows.add(range(r.dutch(), "personen", hs, h -> h.routes().get(r), PlanningFigures::persons));
        }
        rows.add(range("Dossiers in behandeling (eind halfjaar)", "dossiers", hs, HalfYearForecast::openDossiers, PlanningFigures::persons));
        rows.add(range("Benodigde consulenten", "fte", hs, HalfYearForecast::fte, PlanningFigures::fte));
        for (BudgetLine l : BudgetLine.values()) {
            rows.add(range("Kosten " + l.dutch(), "euro", hs, h -> h.costCents().get(l), PlanningFigures::centsAsEuros));
        }
        rows.add(range("Kosten totaal", "euro", hs, HalfYearForecast::totalCostCents, PlanningFigures::centsAsEuros));

        List<YearTable> years = new ArrayList<>();
        for (YearForecast y : f.years()) {
            List<BudgetRow> br = new ArrayList<>();
            for (LineVsBudget l : y.lines()) {
                br.add(budgetRow(l.line().dutch(), l.line().unit(), l, y.wholeYear(), false));
            }
            br.add(budgetRow("Totaal", "", y.total(), y.wholeYear(), true));
            String caption = y.wholeYear()
                    ? "Kosten " + y.year() + " tegen de begroting (beide halfjaren)"
                    : "Kosten " + y.year() + " tegen de begroting (alleen de " + y.halves().get(0).dutch()
                    + ": vergeleken met de helft van de jaarbegroting)";
            years.add(new YearTable(y.year(), caption, y.wholeYear(), br));
        }
        return new ForecastTable(columns, rows, years);
    }

    private static BudgetRow budgetRow(String label, String unit, LineVsBudget l, boolean whole, boolean total) {
        String budget = l.yearBudgetCents() == null ? (total ? "niet alle posten begroot" : "—")
                : PlanningFigures.centsAsEuros(l.yearBudgetCents());
        String compared = l.comparedBudgetCents() == null || whole ? null
                : "helft: " + PlanningFigures.centsAsEuros(l.comparedBudgetCents());
        return new BudgetRow(label, unit, cell(l.costCents(), PlanningFigures::centsAsEuros), budget, compared, l.status(), total);
    }

    private static Row range(String label, String unit, List<HalfYearForecast> hs, Function<HalfYearForecast, Range> of,
                             DoubleFunction<String> f) {
        return new Row(label, unit, false, hs.stream().map(h -> cell(of.apply(h), f)).toList());
    }

    private static Cell cell(Range r, DoubleFunction<String> f) {
        return new Cell(f.apply(r.low()), f.apply(r.expected()), f.apply(r.high()), null);
    }

    /** How each range is made, with the figures of the version in force, in plain Dutch. */
    static List<String> explanation(PlanningParameters p) {
        String share = PlanningFigures.plain(p.shareObligedPct().doubleValue());
        String margin = PlanningFigures.plain(p.shareMarginPct().doubleValue());
        return List.of(
                "Gehuisvest = taakstelling × realisatie: laag " + pct(p.realisationLowPct().doubleValue())
                        + ", verwacht " + pct(p.realisationExpectedPct().doubleValue()) + ", hoog "
                        + pct(p.realisationHighPct().doubleValue()) + ". Niet elke taakstelling wordt in het halfjaar volledig gehaald.",
                "Inburgeringsplichtig = gehuisvest × aandeel inburgeringsplichtig (" + share + "%), laag met " + margin
                        + " procentpunt minder, hoog met " + margin + " procentpunt meer. Minderjarigen en AOW-gerechtigden vallen wel onder de taakstelling, niet onder de inburgeringsplicht.",
                "Leerroutes: verwacht met de eigen routemix (" + p.localMix().dutch() + "); laag en hoog nemen per route het lagere en hogere van de eigen en de landelijke mix (65 / 20 / 15, SZW).",
                "Dossiers in behandeling: de open dossiers van nu; elk halfjaar stroomt 6/" + p.dossierMonths()
                        + " deel uit (gemiddelde looptijd " + p.dossierMonths() + " maanden) en komen de inburgeringsplichtigen van dat halfjaar erbij. "
                        + "Gezinsmigranten en overige migranten zitten niet in de taakstelling en komen daar nog bij.",
                "Consulenten = dossiers in behandeling ÷ caseload van " + p.caseloadPerFte() + " dossiers per fte.",
                "Kosten = personen × kostprijs per begrotingspost; MAP geldt voor de B1- en Z-route, niet voor de onderwijsroute. "
                        + "Het totaal rekent laag en hoog met één routemix tegelijk. Kosten tellen in het halfjaar van instroom (verplichting), niet gespreid over de jaren van het traject.",
                "Oordeel: binnen begroting als zelfs het hoge scenario past; risico als alleen het hoge scenario erboven komt; "
                        + "verwacht erboven als het verwachte bedrag erboven komt; erboven als ook het lage scenario erboven komt.");
    }

    private static String pct(double v) {
        return PlanningFigures.plain(v) + "%";
    }
}
