package nl.regie.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the answers of one leefgebied as typed and turns them into what is stored: trimmed text, a choice's code,
 * a number as digits; empty answers are left out. Each problem is a Dutch message for its field. Pure.
 */
final class DomainCheck {

    record Result(Map<String, String> values, Map<String, String> problems) {
    }

    private DomainCheck() {
    }

    static Result check(LifeDomain domain, Map<String, String> raw) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (IntakeField f : domain.fields()) {
            String v = raw.get(f.name());
            if (v == null || v.isBlank()) {
                continue;
            }
            v = v.trim();
            switch (f.kind()) {
                case TEXT, LONG_TEXT -> {
                    if (v.length() > f.maxLength()) {
                        problems.put(f.name(), f.label() + ": maximaal " + f.maxLength() + " tekens (nu " + v.length() + ").");
                    } else {
                        values.put(f.name(), v);
                    }
                }
                case NUMBER -> {
                    try {
                        int n = Integer.parseInt(v);
                        if (n < f.min() || n > f.max()) {
                            problems.put(f.name(), f.label() + ": vul een getal van " + f.min() + " tot en met " + f.max() + " in.");
                        } else {
                            values.put(f.name(), Integer.toString(n));
                        }
                    } catch (NumberFormatException e) {
                        problems.put(f.name(), f.label() + ": '" + abbreviate(v) + "' is geen heel getal.");
                    }
                }
                case CHOICE -> {
                    String code = v;
                    if (f.options().stream().anyMatch(o -> o.code().equals(code))) {
                        values.put(f.name(), code);
                    } else {
                        problems.put(f.name(), f.invalidChoiceMessage() != null
                                ? f.label() + ": " + lowerFirst(f.invalidChoiceMessage())
                                : f.label() + ": kies een van de mogelijkheden.");
                    }
                }
            }
        }
        if (domain == LifeDomain.CHILDCARE) {
            childcare(values, problems);
        }
        if (values.isEmpty() && problems.isEmpty()) {
            problems.put(domain.fields().get(0).name(),
                    "Vul ten minste één onderdeel van '" + domain.dutch() + "' in; een leeg leefgebied wordt niet opgeslagen.");
        }
        return new Result(values, problems);
    }

    /** A need for childcare names how many children need it; no need, no children (consistency for the PIP). */
    private static void childcare(Map<String, String> values, Map<String, String> problems) {
        String need = values.get("need");
        String children = values.get("children");
        if (("ARRANGED".equals(need) || "TO_ARRANGE".equals(need)) && (children == null || children.equals("0"))
                && !problems.containsKey("children")) {
            problems.put("children", "Vul in voor hoeveel kinderen opvang nodig is.");
        }
        if ("NONE".equals(need) && children != null && !children.equals("0")) {
            problems.put("children", "Bij 'geen behoefte' hoort geen aantal kinderen; kies een andere behoefte of maak het veld leeg.");
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
