package nl.regie.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regie.dossier.Dossier;
import nl.regie.shared.DutchDates;

/**
 * Everything the intake screen shows for one user. For a user without access to the special categories
 * ({@link #specialAccess()} false) the special leefgebieden come {@link DomainView#shielded() shielded} and empty, and
 * the measurements carry no health scores: they were never read from the database. For the screen only; other
 * modules read {@link IntakeSummary} or {@link Measurements}.
 */
public record IntakeOverview(Dossier dossier, boolean specialAccess, List<Conversation> conversations,
                             List<LearnabilityTest> learnabilityTests, List<MeasurementVersion> measurements,
                             List<DomainView> domains, Map<String, String> people) {

    /** Display name of the person behind a username, for "vastgelegd door". */
    public String name(String username) {
        return people.getOrDefault(username, username);
    }

    public DomainView domain(LifeDomain d) {
        return domains.stream().filter(v -> v.domain() == d).findFirst().orElseThrow();
    }

    public List<DomainView> part(int part) {
        return domains.stream().filter(v -> v.domain().part() == part).toList();
    }

    /** Versions of a measurement kind, newest first. */
    public List<MeasurementVersion> measurements(MeasurementKind kind) {
        return measurements.stream().filter(m -> m.kind() == kind).toList();
    }

    public Optional<MeasurementVersion> latest(MeasurementKind kind) {
        return measurements(kind).stream().findFirst();
    }

    public int latestVersionNo(MeasurementKind kind) {
        return latest(kind).map(MeasurementVersion::versionNo).orElse(0);
    }

    /** "Nulmeting (03-03-2026)", or just "Nulmeting" when there is none yet. */
    public String baselineHeading() {
        return heading(MeasurementKind.BASELINE);
    }

    public String finalHeading() {
        return heading(MeasurementKind.FINAL);
    }

    private String heading(MeasurementKind kind) {
        return kind.dutch() + latest(kind).map(m -> " (" + DutchDates.show(m.measuredOn()) + ")").orElse("");
    }

    /** The nulmeting and eindmeting side by side: the ladder first, then every ZRM domain. */
    public List<ComparisonRow> comparison() {
        MeasurementVersion b = latest(MeasurementKind.BASELINE).orElse(null);
        MeasurementVersion f = latest(MeasurementKind.FINAL).orElse(null);
        List<ComparisonRow> rows = new ArrayList<>();
        Integer lb = b == null ? null : b.ladderStep().step();
        Integer lf = f == null ? null : f.ladderStep().step();
        rows.add(new ComparisonRow("Participatieladder", b == null ? "—" : b.ladderStep().label(),
                f == null ? "—" : f.ladderStep().label(), change(lb, lf), false));
        for (ZrmDomain z : ZrmDomain.values()) {
            boolean shielded = z.specialCategory() && !specialAccess;
            if (shielded) {
                rows.add(new ComparisonRow("ZRM " + z.dutch(), "Afgeschermd", "Afgeschermd", "", true));
                continue;
            }
            ZrmScore sb = b == null ? null : b.scores().get(z);
            ZrmScore sf = f == null ? null : f.scores().get(z);
            rows.add(new ComparisonRow("ZRM " + z.dutch(), show(sb), show(sf),
                    change(sb == null ? null : sb.value(), sf == null ? null : sf.value()), false));
        }
        return rows;
    }

    private static String show(ZrmScore s) {
        return s == null ? "—" : s.value() + " – " + s.dutch();
    }

    private static String change(Integer before, Integer after) {
        if (before == null || after == null) {
            return "";
        }
        int c = after - before;
        return c > 0 ? "+" + c : c < 0 ? "−" + (-c) : "0";
    }

    /** One row of the comparison table; {@code shielded} rows show no scores. */
    public record ComparisonRow(String label, String baseline, String finalMeasurement, String change, boolean shielded) {
    }

    /** One saved version of a leefgebied: the answers (field name → stored value), who saved it and when. */
    public record DomainVersion(int versionNo, Map<String, String> values, String recordedBy, Instant recordedAt) {
        public String value(String field) {
            return values.get(field);
        }
    }

    /**
     * A leefgebied on the screen: its versions, newest first (empty when not yet recorded or when shielded), and what
     * the COA klantprofiel already says about it (seed 004 note 11: the newcomer does not tell their story twice).
     */
    public record DomainView(LifeDomain domain, boolean shielded, List<DomainVersion> versions, List<CoaNote> coaNotes) {
        public Optional<DomainVersion> latest() {
            return versions.stream().findFirst();
        }

        public int latestVersionNo() {
            return latest().map(DomainVersion::versionNo).orElse(0);
        }

        public List<DomainVersion> previous() {
            return versions.size() <= 1 ? List.of() : versions.subList(1, versions.size());
        }

        /** For the table of contents: "versie 2", "nog niet vastgelegd" or "afgeschermd". */
        public String status() {
            if (shielded) {
                return "afgeschermd";
            }
            return versions.isEmpty() ? "nog niet vastgelegd" : "versie " + latestVersionNo();
        }
    }

    public record CoaNote(String label, String text) {
    }

    /**
     * One saved version of a nulmeting or eindmeting. {@code scores} holds the health domains only for a user with
     * access to special categories.
     */
    public record MeasurementVersion(MeasurementKind kind, int versionNo, LocalDate measuredOn,
                                     ParticipationLadderStep ladderStep, Map<ZrmDomain, ZrmScore> scores,
                                     String recordedBy, Instant recordedAt) {
        public String score(ZrmDomain z) {
            ZrmScore s = scores.get(z);
            return s == null ? "—" : s.value() + " – " + s.dutch();
        }
    }
}
