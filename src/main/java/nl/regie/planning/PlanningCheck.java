package nl.regie.planning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pure checks of planning input, field name → Dutch message in form order. */
final class PlanningCheck {

    static final int FIRST_YEAR = 2021;
    /** The Rijk sets a taakstelling per half year; a few years ahead is the furthest anyone plans. */
    static final int YEARS_AHEAD = 5;
    static final int MAX_PERSONS = 5_000;
    static final long MAX_UNIT_COST_CENTS = 10_000_000_000L - 1;
    static final long MAX_BUDGET_CENTS = 1_000_000_000_000L - 1;

    private PlanningCheck() {
    }

    static Map<String, String> quota(Integer year, Integer half, Integer persons, String source, int currentYear) {
        Map<String, String> e = new LinkedHashMap<>();
        year(e, "year", year, currentYear);
        if (half == null || (half != 1 && half != 2)) {
            e.put("half", "Kies de eerste of de tweede helft van het jaar.");
        }
        if (persons == null) {
            e.put("persons", "Vul het aantal te huisvesten statushouders in.");
        } else if (persons < 0 || persons > MAX_PERSONS) {
            e.put("persons", "Vul een aantal in van 0 tot en met 5.000.");
        }
        text(e, "source", source, 300);
        return e;
    }

    static Map<String, String> parameters(NewPlanningParameters p) {
        Map<String, String> e = new LinkedHashMap<>();
        if (p.validFrom() == null) {
            e.put("validFrom", "Vul de datum in vanaf wanneer deze versie geldt.");
        }
        percent(e, "shareObligedPct", p.shareObligedPct(), 100, "het aandeel inburgeringsplichtig");
        percent(e, "shareMarginPct", p.shareMarginPct(), 50, "de marge");
        percent(e, "realisationLowPct", p.realisationLowPct(), 200, "de lage realisatie");
        percent(e, "realisationExpectedPct", p.realisationExpectedPct(), 200, "de verwachte realisatie");
        percent(e, "realisationHighPct", p.realisationHighPct(), 200, "de hoge realisatie");
        if (!e.containsKey("realisationLowPct") && !e.containsKey("realisationExpectedPct") && !e.containsKey("realisationHighPct")
                && (p.realisationLowPct().compareTo(p.realisationExpectedPct()) > 0
                || p.realisationExpectedPct().compareTo(p.realisationHighPct()) > 0)) {
            e.put("realisationExpectedPct", "De realisatie moet oplopen: laag ≤ verwacht ≤ hoog.");
        }
        RouteMix mix = p.localMix();
        if (mix == null) {
            e.put("mixB1", "Vul voor elke leerroute een percentage in.");
        } else if (mix.b1() < 0 || mix.education() < 0 || mix.selfReliance() < 0) {
            e.put("mixB1", "Een percentage van de routemix kan niet negatief zijn.");
        } else if (!mix.sumsTo100()) {
            e.put("mixB1", "De routemix moet samen 100% zijn; nu is het " + (mix.b1() + mix.education() + mix.selfReliance()) + "%.");
        }
        if (p.caseloadPerFte() == null || p.caseloadPerFte() < 1 || p.caseloadPerFte() > 500) {
            e.put("caseloadPerFte", "Vul een caseload in van 1 tot en met 500 dossiers per fte.");
        }
        if (p.dossierMonths() == null || p.dossierMonths() < 6 || p.dossierMonths() > 120) {
            e.put("dossierMonths", "Vul een looptijd in van 6 tot en met 120 maanden.");
        }
        for (BudgetLine line : BudgetLine.values()) {
            Long c = p.unitCostCents().get(line);
            if (c == null) {
                e.put("unitCost" + line.name(), "Vul de kostprijs voor " + line.dutch() + " in (0 als er geen kosten zijn).");
            } else if (c < 0 || c > MAX_UNIT_COST_CENTS) {
                e.put("unitCost" + line.name(), "De kostprijs voor " + line.dutch() + " moet tussen € 0 en € 99.999.999,99 liggen.");
            }
        }
        if (p.source() == null || p.source().isBlank()) {
            e.put("source", "Vermeld de bron van deze cijfers, en welke aannames zijn.");
        } else {
            text(e, "source", p.source(), 2000);
        }
        return e;
    }

    static Map<String, String> budget(Integer year, BudgetLine line, Long cents, String source, int currentYear) {
        Map<String, String> e = new LinkedHashMap<>();
        year(e, "year", year, currentYear);
        if (line == null) {
            e.put("line", "Kies een begrotingspost.");
        }
        if (cents == null) {
            e.put("amount", "Vul het begrote bedrag in.");
        } else if (cents < 0 || cents > MAX_BUDGET_CENTS) {
            e.put("amount", "Vul een bedrag in tussen € 0 en € 9.999.999.999,99.");
        }
        text(e, "source", source, 300);
        return e;
    }

    private static void year(Map<String, String> e, String field, Integer year, int currentYear) {
        int last = currentYear + YEARS_AHEAD;
        if (year == null) {
            e.put(field, "Vul het jaar in.");
        } else if (year < FIRST_YEAR || year > last) {
            e.put(field, "Vul een jaar in van " + FIRST_YEAR + " tot en met " + last + ".");
        }
    }

    private static void percent(Map<String, String> e, String field, BigDecimal v, int max, String what) {
        if (v == null) {
            e.put(field, "Vul " + what + " in, als percentage.");
        } else if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            e.put(field, "Vul voor " + what + " een percentage in van 0 tot en met " + max + ".");
        } else if (v.stripTrailingZeros().scale() > 2) {
            e.put(field, "Gebruik voor " + what + " hooguit twee cijfers achter de komma.");
        }
    }

    private static void text(Map<String, String> e, String field, String v, int max) {
        if (v != null && v.length() > max) {
            e.put(field, "Gebruik hooguit " + max + " tekens.");
        }
    }
}
