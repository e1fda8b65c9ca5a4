package nl.regie.planning.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import nl.regie.planning.BudgetLine;
import nl.regie.planning.Budget;
import nl.regie.planning.HousingQuota;
import nl.regie.planning.PlanningFigures;
import nl.regie.planning.PlanningParameters;

/**
 * The planning forms as typed (all {@code String}s, so a refused form comes back exactly as typed) and the turning
 * of Dutch numbers into values: "66,67" and "66.67" as a percentage, "€ 97.029" and "97029,50" as an amount.
 */
final class PlanningForms {

    private PlanningForms() {
    }

    /** Dutch thousands groups without decimals: "97.029", "1.250.000". */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    static Integer whole(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Vul een heel getal in, zonder punten of letters (bijvoorbeeld 21).");
            return null;
        }
    }

    static BigDecimal percent(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replace("%", "").strip().replace(',', '.');
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            errors.put(field, "Vul een percentage in als getal, bijvoorbeeld 66,67.");
            return null;
        }
    }

    /** An amount in euros as cents; "€", spaces and Dutch thousands points are allowed. */
    static Long cents(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.replace("€", "").replace("\u00a0", "").replace(" ", "").strip();
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        try {
            BigDecimal euros = new BigDecimal(s);
            if (euros.stripTrailingZeros().scale() > 2) {
                errors.put(field, "Een bedrag heeft hooguit twee cijfers achter de komma.");
                return null;
            }
            return euros.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put(field, "Vul een bedrag in euro’s in, bijvoorbeeld 97.029 of 2370,50.");
            return null;
        }
    }

    static String euros(long cents) {
        BigDecimal e = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
        return e.scale() <= 0 ? e.toPlainString() : e.setScale(2).toPlainString().replace('.', ',');
    }

    /** Taakstelling of one half year. */
    static class QuotaForm {
        private String year;
        private String half;
        private String persons;
        private String source;
        private String version;

        static QuotaForm of(HousingQuota q) {
            QuotaForm f = new QuotaForm();
            f.year = String.valueOf(q.half().year());
            f.half = String.valueOf(q.half().half());
            f.persons = String.valueOf(q.persons());
            f.source = q.source();
            f.version = String.valueOf(q.version());
            return f;
        }

        public boolean isEditing() {
            return version != null && !version.isBlank();
        }

        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getHalf() { return half; }
        public void setHalf(String half) { this.half = half; }
        public String getPersons() { return persons; }
        public void setPersons(String persons) { this.persons = persons; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getVersion() { return version; }
        public void setVersion(String version) { this.version = version; }
    }

    /** A new version of the planning parameters; filled with the version in force so that one changes what differs. */
    static class ParametersForm {
        private String validFrom;
        private String shareObligedPct;
        private String shareMarginPct;
        private String realisationLowPct;
        private String realisationExpectedPct;
        private String realisationHighPct;
        private String mixB1;
        private String mixEducation;
        private String mixSelfReliance;
        private String caseloadPerFte;
        private String dossierMonths;
        private Map<String, String> unitCost = new LinkedHashMap<>();
        private String source;

        static ParametersForm of(PlanningParameters p, String validFrom) {
            ParametersForm f = new ParametersForm();
            f.validFrom = validFrom;
            f.shareObligedPct = PlanningFigures.plain(p.shareObligedPct().doubleValue());
            f.shareMarginPct = PlanningFigures.plain(p.shareMarginPct().doubleValue());
            f.realisationLowPct = PlanningFigures.plain(p.realisationLowPct().doubleValue());
            f.realisationExpectedPct = PlanningFigures.plain(p.realisationExpectedPct().doubleValue());
            f.realisationHighPct = PlanningFigures.plain(p.realisationHighPct().doubleValue());
            f.mixB1 = String.valueOf(p.localMix().b1());
            f.mixEducation = String.valueOf(p.localMix().education());
            f.mixSelfReliance = String.valueOf(p.localMix().selfReliance());
            f.caseloadPerFte = String.valueOf(p.caseloadPerFte());
            f.dossierMonths = String.valueOf(p.dossierMonths());
            for (BudgetLine l : BudgetLine.values()) {
                f.unitCost.put(l.name(), euros(p.unitCost(l)));
            }
            f.source = String.join("\n", p.sourceLines());
            return f;
        }

        Map<BudgetLine, Long> unitCostCents(Map<String, String> errors) {
            Map<BudgetLine, Long> out = new EnumMap<>(BudgetLine.class);
            for (BudgetLine l : BudgetLine.values()) {
                Long c = cents(unitCost.get(l.name()), "unitCost" + l.name(), errors);
                if (c != null) {
                    out.put(l, c);
                }
            }
            return out;
        }

        public String getValidFrom() { return validFrom; }
        public void setValidFrom(String v) { this.validFrom = v; }
        public String getShareObligedPct() { return shareObligedPct; }
        public void setShareObligedPct(String v) { this.shareObligedPct = v; }
        public String getShareMarginPct() { return shareMarginPct; }
        public void setShareMarginPct(String v) { this.shareMarginPct = v; }
        public String getRealisationLowPct() { return realisationLowPct; }
        public void setRealisationLowPct(String v) { this.realisationLowPct = v; }
        public String getRealisationExpectedPct() { return realisationExpectedPct; }
        public void setRealisationExpectedPct(String v) { this.realisationExpectedPct = v; }
        public String getRealisationHighPct() { return realisationHighPct; }
        public void setRealisationHighPct(String v) { this.realisationHighPct = v; }
        public String getMixB1() { return mixB1; }
        public void setMixB1(String v) { this.mixB1 = v; }
        public String getMixEducation() { return mixEducation; }
        public void setMixEducation(String v) { this.mixEducation = v; }
        public String getMixSelfReliance() { return mixSelfReliance; }
        public void setMixSelfReliance(String v) { this.mixSelfReliance = v; }
        public String getCaseloadPerFte() { return caseloadPerFte; }
        public void setCaseloadPerFte(String v) { this.caseloadPerFte = v; }
        public String getDossierMonths() { return dossierMonths; }
        public void setDossierMonths(String v) { this.dossierMonths = v; }
        public Map<String, String> getUnitCost() { return unitCost; }
        public void setUnitCost(Map<String, String> v) { this.unitCost = v; }
        public String getSource() { return source; }
        public void setSource(String v) { this.source = v; }
    }

    /** The budget of one line in one year. */
    static class BudgetForm {
        private String year;
        private String line;
        private String amount;
        private String source;
        private String version;

        static BudgetForm of(Budget b) {
            BudgetForm f = new BudgetForm();
            f.year = String.valueOf(b.year());
            f.line = b.line().name();
            f.amount = euros(b.amountCents());
            f.source = b.source();
            f.version = String.valueOf(b.version());
            return f;
        }

        BudgetLine line(Map<String, String> errors) {
            if (line == null || line.isBlank()) {
                return null;
            }
            try {
                return BudgetLine.valueOf(line);
            } catch (IllegalArgumentException e) {
                errors.put("line", "Kies een begrotingspost uit de lijst.");
                return null;
            }
        }

        public boolean isEditing() {
            return version != null && !version.isBlank();
        }

        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getLine() { return line; }
        public void setLine(String line) { this.line = line; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getVersion() { return version; }
        public void setVersion(String version) { this.version = version; }
    }

    /** The hidden version as typed; a tampered value is a typing error, not a crash. */
    static Long version(String raw, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            errors.put("version", "Laad de pagina opnieuw: de versie van het formulier is onleesbaar.");
            return null;
        }
    }
}
