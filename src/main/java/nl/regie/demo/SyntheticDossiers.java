package nl.regie.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import nl.regie.dossier.ClosureReason;
import nl.regie.dossier.CoaProfile;
import nl.regie.dossier.CompletionType;
import nl.regie.dossier.DossierBulkWriter.GeneratedDossier;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.HouseholdMember;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.Bsn;

/**
 * Realistic synthetic dossiers: names and languages by nationality, valid (11-proef) BSNs from a block of
 * numbers, dossiers spread over every state with plausible step dates. Deterministic: the same seed, size,
 * reference date and municipalities give exactly the same dossiers (ids included), so benchmarks are
 * repeatable. Pure: no database, no clock.
 */
public final class SyntheticDossiers {

    /** A municipality to fill, its share of the dossiers and the caseworkers who get them. */
    public record Target(String municipalityCode, double share, List<String> consultants) {
    }

    /** Where generated BSNs start: far from the ranges tests use (90 000 000 and up). */
    static final int FIRST_BSN_PREFIX = 10_000_000;
    static final int LAST_BSN_PREFIX = 89_999_999;

    private static final String[] NATIONALITIES_ASYLUM = {"SYR", "SYR", "SYR", "ERI", "ERI", "AFG", "AFG", "TUR", "UKR", "XXA"};
    private static final String[] NATIONALITIES_FAMILY = {"TUR", "TUR", "SYR", "ERI", "AFG", "UKR", "MAR", "IND"};
    private static final String[] NATIONALITIES_OTHER = {"UKR", "TUR", "IND", "CHN", "BRA"};

    private final long seed;
    private final LocalDate referenceDate;
    private final List<Target> targets;

    public SyntheticDossiers(long seed, LocalDate referenceDate, List<Target> targets) {
        this.seed = seed;
        this.referenceDate = referenceDate;
        this.targets = List.copyOf(targets);
    }

    /** Generates {@code size} dossiers and hands them to {@code sink} in batches of {@code batchSize}. */
    public void generate(int size, int batchSize, Consumer<List<GeneratedDossier>> sink) {
        if (size > (LAST_BSN_PREFIX - FIRST_BSN_PREFIX) / 2) {
            throw new IllegalArgumentException("Te veel dossiers voor het blok synthetische BSN's.");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int prefix = FIRST_BSN_PREFIX + (int) Math.floorMod(seed * 7_919L, 1_000_000L);
        List<GeneratedDossier> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < size; i++) {
            String bsn;
            do {
                bsn = Bsn.completeWithCheckDigit(prefix++);
            } while (bsn == null);
            batch.add(one(rnd, bsn));
            if (batch.size() == batchSize) {
                sink.accept(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }

    public List<GeneratedDossier> generate(int size) {
        List<GeneratedDossier> all = new ArrayList<>(size);
        generate(size, 1000, all::addAll);
        return all;
    }

    private GeneratedDossier one(SplittableRandom rnd, String bsn) {
        Target target = pickTarget(rnd);
        double g = rnd.nextDouble();
        TargetGroup group = g < 0.7 ? TargetGroup.ASYLUM_PERMIT_HOLDER : g < 0.9 ? TargetGroup.FAMILY_MIGRANT : TargetGroup.OTHER_MIGRANT;
        String nationality = pick(rnd, switch (group) {
            case ASYLUM_PERMIT_HOLDER -> NATIONALITIES_ASYLUM;
            case FAMILY_MIGRANT -> NATIONALITIES_FAMILY;
            case OTHER_MIGRANT -> NATIONALITIES_OTHER;
        });
        boolean female = rnd.nextBoolean();
        Names names = Names.forNationality(nationality);
        String given = pick(rnd, female ? names.female() : names.male());
        if (rnd.nextDouble() < 0.3) {
            given = given + " " + pick(rnd, female ? names.female() : names.male());
        }
        String family = pick(rnd, names.family());
        // Integration duty applies from 16 (school age ends) up to the state pension age; most newcomers are 18–55.
        int ageYears = 18 + (int) Math.round(Math.abs(rnd.nextGaussian()) * 14);
        ageYears = Math.min(ageYears, 66);
        LocalDate birthDate = referenceDate.minusYears(ageYears).minusDays(rnd.nextInt(365));

        DossierState finalState = pickState(rnd, group);
        DossierState beforeClosure = null;
        ClosureReason closure = null;
        if (finalState == DossierState.CLOSED) {
            DossierState[] open = group.arrivesThroughCoa() ? DossierState.values() : fromBrp();
            beforeClosure = open[rnd.nextInt(open.length - 1)];
            if (beforeClosure == DossierState.COMPLETED || beforeClosure == DossierState.AFTERCARE) {
                closure = ClosureReason.COMPLETED;
            } else {
                closure = pick(rnd, new ClosureReason[] {ClosureReason.MOVED, ClosureReason.MOVED,
                        ClosureReason.EXEMPTION_DUO, ClosureReason.EMIGRATED, ClosureReason.DECEASED});
            }
        }
        Map<DossierState, LocalDate> dates = dates(rnd, group, finalState, beforeClosure);
        CompletionType completion = dates.containsKey(DossierState.COMPLETED)
                ? pick(rnd, new CompletionType[] {CompletionType.EXAM, CompletionType.EXAM, CompletionType.EXAM,
                CompletionType.LANGUAGE_SWITCH_PROGRAMME, CompletionType.FINAL_INTERVIEW})
                : null;
        String consultant = finalState == DossierState.LINKED && rnd.nextDouble() < 0.4 ? null
                : pick(rnd, target.consultants().toArray(String[]::new));
        List<HouseholdMember> household = new ArrayList<>();
        if (rnd.nextDouble() < 0.45) {
            household.add(new HouseholdMember(HouseholdMember.Relationship.PARTNER,
                    pick(rnd, female ? names.male() : names.female()) + " " + family,
                    birthDate.plusDays(rnd.nextInt(-2000, 2000))));
        }
        int children = rnd.nextDouble() < 0.5 ? rnd.nextInt(1, 4) : 0;
        for (int c = 0; c < children; c++) {
            household.add(new HouseholdMember(HouseholdMember.Relationship.CHILD,
                    pick(rnd, rnd.nextBoolean() ? names.female() : names.male()) + " " + family,
                    referenceDate.minusDays(rnd.nextInt(200, 6000))));
        }
        CoaProfile coa = group.arrivesThroughCoa() ? coaProfile(rnd, dates.get(DossierState.LINKED), household) : null;
        // Most asylum permit holders receive bijstand from housing on (ontzorgen, Pw art. 56a).
        LocalDate housed = dates.get(DossierState.HOUSED);
        LocalDate benefit = group.arrivesThroughCoa() && housed != null && rnd.nextDouble() < 0.85
                ? min(housed.plusDays(rnd.nextInt(0, 15)), referenceDate) : null;
        // Dossiers under a PIP have had progress meetings; some are overdue for the next one.
        LocalDate plan = dates.get(DossierState.PLAN_ESTABLISHED);
        LocalDate lastMeeting = plan != null && (finalState == DossierState.IN_ROUTE || finalState == DossierState.PLAN_ESTABLISHED)
                && rnd.nextDouble() < 0.8
                ? plan.plusDays(rnd.nextLong(0, Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(plan, referenceDate) + 1)))
                : null;
        if (lastMeeting != null && lastMeeting.isBefore(plan)) {
            lastMeeting = null;
        }
        UUID id = new UUID((rnd.nextLong() & ~0xF000L) | 0x4000L, (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        return new GeneratedDossier(id, target.municipalityCode(), bsn, given, family, birthDate, nationality, group,
                names.language(), group.arrivesThroughCoa() ? rnd.nextDouble() < 0.6 : rnd.nextDouble() < 0.25,
                finalState, consultant, dates, completion, closure, household, coa, benefit, lastMeeting);
    }

    private Target pickTarget(SplittableRandom rnd) {
        double r = rnd.nextDouble() * targets.stream().mapToDouble(Target::share).sum();
        for (Target t : targets) {
            r -= t.share();
            if (r < 0) {
                return t;
            }
        }
        return targets.get(targets.size() - 1);
    }

    /** Most dossiers are in route; every state occurs. */
    private static DossierState pickState(SplittableRandom rnd, TargetGroup group) {
        double[] weights = {6, 4, 5, 5, 8, 7, 35, 8, 7, 15};
        DossierState[] states = DossierState.values();
        if (!group.arrivesThroughCoa()) {
            for (int i = 0; i < DossierState.BRP_REGISTERED.ordinal(); i++) {
                weights[i] = 0;
            }
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < states.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return states[i];
            }
        }
        return DossierState.IN_ROUTE;
    }

    private static DossierState[] fromBrp() {
        DossierState[] all = DossierState.values();
        return java.util.Arrays.copyOfRange(all, DossierState.BRP_REGISTERED.ordinal(), all.length);
    }

    /** Step dates: typical gaps between steps of the chain, ending on or before the reference date. */
    private Map<DossierState, LocalDate> dates(SplittableRandom rnd, TargetGroup group, DossierState finalState,
                                               DossierState beforeClosure) {
        DossierState lastOpen = finalState == DossierState.CLOSED ? beforeClosure : finalState;
        List<DossierState> path = new ArrayList<>();
        for (DossierState s : DossierState.values()) {
            if (s == DossierState.CLOSED || s.ordinal() > lastOpen.ordinal()) {
                continue;
            }
            if (!group.arrivesThroughCoa() && s.ordinal() < DossierState.BRP_REGISTERED.ordinal()) {
                continue;
            }
            // Roughly one in six asylum dossiers goes to housing without a warm handover.
            if (s == DossierState.WARM_HANDOVER_HELD && lastOpen != DossierState.WARM_HANDOVER_HELD && rnd.nextDouble() < 0.15) {
                continue;
            }
            path.add(s);
        }
        if (finalState == DossierState.CLOSED) {
            path.add(DossierState.CLOSED);
        }
        int[] gaps = new int[path.size()];
        int total = 0;
        for (int i = 1; i < path.size(); i++) {
            gaps[i] = gapBefore(rnd, path.get(i));
            total += gaps[i];
        }
        // How long the dossier has been in its current state: a route lasts up to the whole term, the early
        // steps of the chain take weeks.
        LocalDate date = referenceDate.minusDays(total + dwellDays(rnd, finalState));
        Map<DossierState, LocalDate> dates = new EnumMap<>(DossierState.class);
        for (int i = 0; i < path.size(); i++) {
            date = date.plusDays(gaps[i]);
            dates.put(path.get(i), date);
        }
        return dates;
    }

    private static int dwellDays(SplittableRandom rnd, DossierState s) {
        return switch (s) {
            case IN_ROUTE -> rnd.nextInt(0, 900);
            case COMPLETED, AFTERCARE -> rnd.nextInt(0, 200);
            case CLOSED -> rnd.nextInt(0, 700);
            default -> rnd.nextInt(0, 60);
        };
    }

    private static int gapBefore(SplittableRandom rnd, DossierState s) {
        return switch (s) {
            case LINKED -> 0;
            case WARM_HANDOVER_HELD -> rnd.nextInt(14, 45);
            case HOUSED -> rnd.nextInt(14, 90);
            case BRP_REGISTERED -> rnd.nextInt(0, 8);
            case INTAKE_IN_PROGRESS -> rnd.nextInt(7, 30);
            case PLAN_ESTABLISHED -> rnd.nextInt(28, 70);
            case IN_ROUTE -> rnd.nextInt(7, 35);
            case COMPLETED -> rnd.nextInt(300, 1095);
            case AFTERCARE -> rnd.nextInt(0, 30);
            case CLOSED -> rnd.nextInt(30, 200);
        };
    }

    private static CoaProfile coaProfile(SplittableRandom rnd, LocalDate linkedOn, List<HouseholdMember> household) {
        String[] azc = {"AZC Ter Apel", "AZC Budel-Cranendonck", "AZC Zweeloo", "AZC Gilze", "AZC Den Helder", "AZC Rijswijk"};
        String[] education = {"Geen formele opleiding", "Basisonderwijs (6 jaar)", "Middelbare school, niet afgerond",
                "Middelbare school afgerond", "Beroepsopleiding (3 jaar)", "Universitaire bachelor"};
        String[] work = {"Geen", "Landbouw", "Bouw en onderhoud", "Detailhandel", "Kapper", "Leraar basisschool",
                "Verpleegkundige", "Chauffeur", "Kleermaker", "Automonteur"};
        int edu = rnd.nextInt(education.length);
        return new CoaProfile(
                String.format("%08d", rnd.nextInt(10_000_000, 99_999_999)),
                pick(rnd, azc),
                rnd.nextDouble() < 0.9 ? CoaProfile.ResidencePermitType.ASYLUM_TEMPORARY : CoaProfile.ResidencePermitType.FAMILY_REUNIFICATION,
                linkedOn.minusDays(rnd.nextInt(20, 200)),
                household.isEmpty() ? "Alleenstaand" : household.size() + " gezinsleden in Nederland",
                rnd.nextDouble() < 0.5 ? "Voorbereiding op de inburgering gevolgd (KNM-lessen in het AZC)" : "Nog geen voorinburgering",
                education[edu],
                edu >= 4 && rnd.nextBoolean() ? "Diplomawaardering aangevraagd bij IDW" : null,
                "Moedertaal; " + (rnd.nextBoolean() ? "enig Engels" : "geen Engels") + "; Nederlands A0",
                pick(rnd, work),
                null,
                rnd.nextDouble() < 0.7 ? "Redt zich met dagelijkse zaken met hulp" : "Heeft veel hulp nodig bij post en geldzaken");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T pick(SplittableRandom rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
