package nl.regie.intake.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.regie.intake.IntakeOverview;
import nl.regie.intake.MeasurementKind;
import nl.regie.intake.NewMeasurement;
import nl.regie.intake.ZrmDomain;
import nl.regie.shared.DutchDates;

/** The nulmeting/eindmeting form exactly as typed: ZRM scores by their field name (zrm_finances, …). */
public class MeasurementForm {

    String kind;
    String measuredOn;
    String ladderStep;
    final Map<String, String> scores = new LinkedHashMap<>();
    int baselineVersion;
    int finalVersion;

    static MeasurementForm from(Map<String, String> params) {
        MeasurementForm f = new MeasurementForm();
        f.kind = params.get("kind");
        f.measuredOn = params.get("measuredOn");
        f.ladderStep = params.get("ladderStep");
        for (ZrmDomain z : ZrmDomain.values()) {
            if (params.containsKey(z.fieldName())) {
                f.scores.put(z.fieldName(), params.get(z.fieldName()));
            }
        }
        f.baselineVersion = number(params.get("baselineVersion"));
        f.finalVersion = number(params.get("finalVersion"));
        return f;
    }

    /** Starts from the latest measurement (a re-measurement asks the same questions) or from the ZRM leefgebieden. */
    static MeasurementForm of(IntakeOverview o, Map<ZrmDomain, String> fromDomains) {
        MeasurementForm f = new MeasurementForm();
        var latest = o.latest(MeasurementKind.FINAL).or(() -> o.latest(MeasurementKind.BASELINE));
        if (latest.isPresent()) {
            var m = latest.get();
            f.kind = m.kind().name();
            f.measuredOn = DutchDates.show(m.measuredOn());
            f.ladderStep = String.valueOf(m.ladderStep().step());
            m.scores().forEach((z, s) -> f.scores.put(z.fieldName(), String.valueOf(s.value())));
        } else {
            f.kind = MeasurementKind.BASELINE.name();
            fromDomains.forEach((z, s) -> f.scores.put(z.fieldName(), s));
        }
        f.baselineVersion = o.latestVersionNo(MeasurementKind.BASELINE);
        f.finalVersion = o.latestVersionNo(MeasurementKind.FINAL);
        return f;
    }

    NewMeasurement toNew(Map<String, String> errors) {
        MeasurementKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = MeasurementKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", "Kies nulmeting of eindmeting.");
            }
        }
        LocalDate date = DutchDates.parse(measuredOn, "measuredOn", errors);
        Integer ladder = integer("ladderStep", ladderStep, "De trede op de participatieladder", errors);
        Map<ZrmDomain, Integer> zrm = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain z : ZrmDomain.values()) {
            Integer s = integer(z.fieldName(), scores.get(z.fieldName()), "ZRM " + z.dutch(), errors);
            if (s != null) {
                zrm.put(z, s);
            }
        }
        return new NewMeasurement(k, date, ladder, zrm);
    }

    int basedOn() {
        return MeasurementKind.FINAL.name().equals(kind) ? finalVersion : baselineVersion;
    }

    private static Integer integer(String field, String raw, String label, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            errors.put(field, label + ": '" + raw.trim() + "' is geen heel getal.");
            return null;
        }
    }

    private static int number(String raw) {
        try {
            return raw == null ? 0 : Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getKind() { return kind; }
    public String getMeasuredOn() { return measuredOn; }
    public String getLadderStep() { return ladderStep; }
    public Map<String, String> getScores() { return scores; }
    public int getBaselineVersion() { return baselineVersion; }
    public int getFinalVersion() { return finalVersion; }
}
