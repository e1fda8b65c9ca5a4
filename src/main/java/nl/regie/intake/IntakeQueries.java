package nl.regie.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.CoaProfile;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Users;

/**
 * Reading the brede intake. The dossier is read through {@link DossierQueries#get} (tenant rule: another municipality
 * gets 404; the read is logged). The special categories are read only for a user {@link SpecialCategoryAccess} allows,
 * and each such read gets its own access log line ({@code VIEW_SPECIAL_CATEGORY}).
 */
@Service
@Transactional(readOnly = true)
public class IntakeQueries {

    static final String SPECIAL_PURPOSE = "Brede intake: bijzondere persoonsgegevens (gezondheid)";

    private final IntakeStore store;
    private final DossierQueries dossiers;
    private final AccessLog accessLog;
    private final Users users;

    IntakeQueries(IntakeStore store, DossierQueries dossiers, AccessLog accessLog, Users users) {
        this.store = store;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.users = users;
    }

    /** The intake screen: every section, with the special categories only for those allowed (and then logged). */
    public IntakeOverview overview(RegieUser user, UUID dossierId) {
        return build(user, dossierId, "Brede intake inzien", true, true, true, EnumSet.allOf(LifeDomain.class));
    }

    /** Only the conversations, to show that section again after recording one. */
    public IntakeOverview conversations(RegieUser user, UUID dossierId) {
        return build(user, dossierId, "Brede intake: gesprekken", true, false, false, EnumSet.noneOf(LifeDomain.class));
    }

    /** Only the leerbaarheidstoets results. */
    public IntakeOverview learnabilityTests(RegieUser user, UUID dossierId) {
        return build(user, dossierId, "Brede intake: leerbaarheidstoets", false, true, false, EnumSet.noneOf(LifeDomain.class));
    }

    /** Only the nulmeting and eindmeting (with the health scores for those allowed, then logged). */
    public IntakeOverview measurements(RegieUser user, UUID dossierId) {
        return build(user, dossierId, "Brede intake: metingen", false, false, true, EnumSet.noneOf(LifeDomain.class));
    }

    /** Only one leefgebied; a special one only for those allowed (then logged). */
    public IntakeOverview domain(RegieUser user, UUID dossierId, LifeDomain domain) {
        return build(user, dossierId, "Brede intake: " + domain.dutch(), false, false, false, EnumSet.of(domain));
    }

    private IntakeOverview build(RegieUser user, UUID dossierId, String purpose, boolean withConversations,
                                 boolean withTests, boolean withMeasurements, Set<LifeDomain> wanted) {
        Dossier d = dossiers.get(user, dossierId, purpose, Channel.UI);
        boolean special = SpecialCategoryAccess.allows(user, d);
        boolean readsSpecial = special && (withMeasurements || wanted.stream().anyMatch(LifeDomain::specialCategory));
        if (readsSpecial) {
            accessLog.record(user, dossierId, AccessAction.VIEW_SPECIAL_CATEGORY, SPECIAL_PURPOSE, Channel.UI);
        }
        LifeDomain only = wanted.size() == 1 ? wanted.iterator().next() : null;
        var versions = wanted.isEmpty() ? Map.<LifeDomain, List<IntakeOverview.DomainVersion>>of()
                : store.domainVersions(dossierId, only, special);
        List<IntakeOverview.DomainView> domains = new ArrayList<>();
        for (LifeDomain ld : LifeDomain.values()) {
            if (!wanted.contains(ld)) {
                continue;
            }
            boolean shielded = ld.specialCategory() && !special;
            domains.add(new IntakeOverview.DomainView(ld, shielded, shielded ? List.of() : versions.getOrDefault(ld, List.of()),
                    coaNotes(ld, d.coaProfile())));
        }
        List<Conversation> conversations = withConversations ? store.conversations(dossierId) : List.of();
        List<LearnabilityTest> tests = withTests ? store.learnabilityTests(dossierId) : List.of();
        List<IntakeOverview.MeasurementVersion> measurements = withMeasurements ? store.measurements(dossierId, special) : List.of();
        Set<String> usernames = new HashSet<>();
        conversations.forEach(c -> usernames.add(c.recordedBy()));
        tests.forEach(t -> usernames.add(t.recordedBy()));
        measurements.forEach(m -> usernames.add(m.recordedBy()));
        domains.forEach(v -> v.versions().forEach(x -> usernames.add(x.recordedBy())));
        return new IntakeOverview(d, special, conversations, tests, measurements, domains, names(usernames));
    }

    /**
     * What other modules may use, e.g. to draft the PIP: no special categories, whoever asks. Access as for the
     * dossier (tenant rule, logged as a dossier read).
     */
    public IntakeSummary summary(RegieUser user, UUID dossierId) {
        dossiers.get(user, dossierId, "Samenvatting brede intake", Channel.UI);
        return summaryOf(dossierId);
    }

    IntakeSummary summaryOf(UUID dossierId) {
        var versions = store.domainVersions(dossierId, false);
        Map<LifeDomain, Map<String, String>> latest = new LinkedHashMap<>();
        versions.forEach((d, v) -> {
            if (!d.specialCategory() && !v.isEmpty()) {
                latest.put(d, v.get(0).values());
            }
        });
        List<Conversation> conversations = store.conversations(dossierId);
        List<LearnabilityTest> tests = store.learnabilityTests(dossierId);
        Map<String, String> lang = latest.getOrDefault(LifeDomain.LANGUAGE, Map.of());
        Map<String, String> edu = latest.getOrDefault(LifeDomain.EDUCATION, Map.of());
        Map<String, String> work = latest.getOrDefault(LifeDomain.WORK_EXPERIENCE, Map.of());
        Map<String, String> motivation = latest.getOrDefault(LifeDomain.MOTIVATION, Map.of());
        Map<String, String> digital = latest.getOrDefault(LifeDomain.DIGITAL_SKILLS, Map.of());
        Map<String, String> care = latest.getOrDefault(LifeDomain.CHILDCARE, Map.of());
        return new IntakeSummary(dossierId, conversations.size(),
                conversations.isEmpty() ? null : conversations.get(0).heldOn(),
                tests.isEmpty() ? null : tests.get(0),
                new IntakeSummary.LanguageLevels(cefr(lang.get("reading")), cefr(lang.get("listening")),
                        cefr(lang.get("writing")), cefr(lang.get("speaking"))),
                shown(LifeDomain.EDUCATION, "level", edu), integer(edu.get("years")), edu.get("diplomas"),
                shown(LifeDomain.EDUCATION, "diplomaValuation", edu),
                work.get("occupations"), integer(work.get("years")),
                motivation.get("desiredOccupations"),
                shown(LifeDomain.DIGITAL_SKILLS, "level", digital),
                care.get("need") == null ? null : ChildcareNeed.valueOf(care.get("need")),
                integer(care.get("children")), care.get("when"),
                Measurements.comparison(store.measurements(dossierId, false)),
                List.copyOf(latest.keySet()));
    }

    /** Display names for usernames; an account that no longer exists shows as its username. */
    private Map<String, String> names(Set<String> usernames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : usernames) {
            users.find(u).ifPresent(x -> out.put(u, x.displayName()));
        }
        return out;
    }

    /** What the COA klantprofiel says about a leefgebied (seed 004 note 11), shown beside it. */
    static List<IntakeOverview.CoaNote> coaNotes(LifeDomain domain, CoaProfile coa) {
        if (coa == null) {
            return List.of();
        }
        List<IntakeOverview.CoaNote> notes = new ArrayList<>();
        switch (domain) {
            case FAMILY -> note(notes, "Gezinssituatie", coa.familyDetails());
            case EDUCATION -> {
                note(notes, "Opleiding", coa.education());
                note(notes, "Diplomawaardering", coa.diplomaValuation());
            }
            case WORK_EXPERIENCE -> {
                note(notes, "Werkervaring", coa.workExperience());
                note(notes, "CV", coa.curriculumVitae());
            }
            case LANGUAGE -> {
                note(notes, "Taalvaardigheid", coa.languageSkills());
                note(notes, "Voorinburgering (COA-programma)", coa.preIntegration());
            }
            case SELF_RELIANCE -> note(notes, "Zelfredzaamheid", coa.selfReliance());
            default -> { }
        }
        return notes;
    }

    private static void note(List<IntakeOverview.CoaNote> notes, String label, String text) {
        if (text != null && !text.isBlank()) {
            notes.add(new IntakeOverview.CoaNote(label, text));
        }
    }

    private static CefrLevel cefr(String v) {
        return v == null ? CefrLevel.UNKNOWN : CefrLevel.valueOf(v);
    }

    private static Integer integer(String v) {
        return v == null ? null : Integer.valueOf(v);
    }

    private static String shown(LifeDomain d, String field, Map<String, String> values) {
        String v = values.get(field);
        return v == null ? null : d.field(field).orElseThrow().show(v);
    }
}
