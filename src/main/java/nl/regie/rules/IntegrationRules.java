package nl.regie.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.regie.rules.Exemption.ExemptionCode;
import nl.regie.shared.Nationality;

/**
 * The Wet inburgering 2021 as code: from a person's facts and the municipality's policy, whether there is an
 * integration duty, the target group, entitlements, open learning routes and every deadline, each with the
 * article it rests on. Pure: no clock, no database, no framework; all dates are passed in.
 *
 * <p>Date convention: a window's end is the last day inside it.
 */
public final class IntegrationRules {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /**
     * The day the Wet inburgering 2021 took effect: it applies to those who became inburgeringsplichtig on or after it
     * (Wi art. 11; Divosa Q&A "Doelgroep" q1). Nothing of this law is dated before it.
     */
    public static final LocalDate LAW_IN_FORCE = LocalDate.of(2022, 1, 1);
    /** Statutory PIP deadline in weeks (Bi art. 5.3). */
    public static final int PIP_DEADLINE_WEEKS = 10;
    /** Length of the integration term in years (Wi art. 11 lid 1). */
    public static final int TERM_YEARS = 3;
    /** Months after the start of the term within which the route may be switched (Wi art. 17; Divosa Q&A). */
    public static final int ROUTE_SWITCH_MONTHS = 18;
    /** Months between passing the exam and the aftercare contact (seed 003, municipal policy). */
    public static final int AFTERCARE_MONTHS = 6;
    /** The age from which the duty can apply, and the age to which compulsory schooling (kwalificatieplicht) lasts. */
    public static final int MINIMUM_AGE = 16;
    public static final int END_OF_COMPULSORY_SCHOOLING = 18;
    /** Years of residence during compulsory-school age that exempt (Wi art. 3 lid 2). */
    public static final int EXEMPTING_SCHOOL_YEARS = 8;
    /** Policy advice for the onderwijsroute: young newcomers, up to this age (seeds 000, 002, 003). */
    public static final int EDUCATION_ROUTE_ADVICE_AGE = 28;

    private IntegrationRules() {
    }

    /** A rule that may exempt a person: a name (for tests and explanations) and the check itself. */
    record ExemptionRule(String name, Function<PersonFacts, Optional<Exemption>> check) {
    }

    static final List<ExemptionRule> EXEMPTION_RULES = List.of(
            new ExemptionRule("EU/EEA/Swiss nationality", f -> f.nationality() != null
                    && new Nationality(f.nationality()).isEuEeaOrSwiss()
                    ? Optional.of(new Exemption(ExemptionCode.EU_EEA_SWISS_NATIONAL, Articles.EU_EEA_SWISS,
                    "Onderdanen van de EU, de EER en Zwitserland zijn niet inburgeringsplichtig."))
                    : Optional.empty()),
            new ExemptionRule("temporary residence purpose", f -> f.temporaryPurpose()
                    ? Optional.of(new Exemption(ExemptionCode.TEMPORARY_RESIDENCE_PURPOSE, Articles.TEMPORARY_PURPOSE,
                    "Wie hier verblijft met een tijdelijk doel (zoals arbeid, studie of uitwisseling) is niet inburgeringsplichtig."))
                    : Optional.empty()),
            new ExemptionRule("eight years in NL at compulsory-school age",
                    f -> f.yearsInNetherlandsDuringCompulsorySchoolAge() >= EXEMPTING_SCHOOL_YEARS
                            ? Optional.of(new Exemption(ExemptionCode.EIGHT_YEARS_COMPULSORY_SCHOOL_AGE, Articles.EIGHT_YEARS,
                            "Wie tijdens de leerplichtige leeftijd ten minste acht jaar in Nederland heeft gewoond, is niet inburgeringsplichtig."))
                            : Optional.empty()),
            new ExemptionRule("qualifying Dutch diploma", f -> f.hasQualifyingDutchDiploma()
                    ? Optional.of(new Exemption(ExemptionCode.QUALIFYING_DUTCH_DIPLOMA, Articles.DUTCH_DIPLOMA,
                    "Wie een Nederlands diploma of certificaat van het vereiste niveau heeft, is niet inburgeringsplichtig."))
                    : Optional.empty()),
            new ExemptionRule("age outside 16 up to pension age", IntegrationRules::ageOutsideRange),
            new ExemptionRule("still of compulsory-school age", f -> {
                int age = Ages.on(f.birthDate(), f.referenceDate());
                return age >= MINIMUM_AGE && age < END_OF_COMPULSORY_SCHOOLING
                        ? Optional.of(new Exemption(ExemptionCode.STILL_COMPULSORY_SCHOOL_AGE, Articles.COMPULSORY_SCHOOL_AGE,
                        "Een minderjarige is niet inburgeringsplichtig zolang de leerplicht of kwalificatieplicht geldt; "
                                + "de plicht begint als die eindigt: op de achttiende verjaardag, " + dutch(Ages.reached(f.birthDate(), END_OF_COMPULSORY_SCHOOLING))
                                + ", of eerder met een startkwalificatie."))
                        : Optional.empty();
            }));

    private static Optional<Exemption> ageOutsideRange(PersonFacts f) {
        LocalDate pension = pensionAgeReached(f.birthDate());
        if (!f.referenceDate().isBefore(pension)) {
            return Optional.of(new Exemption(ExemptionCode.AGE_OUTSIDE_RANGE, Articles.AGE_RANGE + "; " + Articles.PENSION_AGE,
                    "Wie de AOW-leeftijd heeft bereikt (op " + dutch(pension) + "), is niet inburgeringsplichtig."));
        }
        if (Ages.on(f.birthDate(), f.referenceDate()) < MINIMUM_AGE) {
            return Optional.of(new Exemption(ExemptionCode.AGE_OUTSIDE_RANGE, Articles.AGE_RANGE,
                    "Wie jonger is dan zestien jaar is niet inburgeringsplichtig; door de leerplicht begint de plicht pas op de achttiende verjaardag, "
                            + dutch(Ages.reached(f.birthDate(), END_OF_COMPULSORY_SCHOOLING)) + "."));
        }
        return Optional.empty();
    }

    /**
     * The day the AOW pension age is reached (AOW art. 7a): 67 for whoever reaches 67 before 2028; 67 and three
     * months from 2028 on, the latest age fixed by law (later years follow the same value until the law says otherwise).
     */
    public static LocalDate pensionAgeReached(LocalDate birthDate) {
        LocalDate at67 = Ages.reached(birthDate, 67);
        return at67.getYear() <= 2027 ? at67 : at67.plusMonths(3);
    }

    public static Assessment assess(PersonFacts f, MunicipalRules m) {
        List<Exemption> exemptions = new ArrayList<>();
        for (ExemptionRule r : EXEMPTION_RULES) {
            r.check().apply(f).ifPresent(exemptions::add);
        }
        List<String> notes = new ArrayList<>();
        boolean duty = exemptions.isEmpty();
        LocalDate dutyStartsOn = null;
        boolean onlyBecauseYoung = !exemptions.isEmpty() && exemptions.stream().allMatch(e ->
                e.code() == ExemptionCode.STILL_COMPULSORY_SCHOOL_AGE
                        || (e.code() == ExemptionCode.AGE_OUTSIDE_RANGE && Ages.on(f.birthDate(), f.referenceDate()) < MINIMUM_AGE));
        if (onlyBecauseYoung) {
            dutyStartsOn = Ages.reached(f.birthDate(), END_OF_COMPULSORY_SCHOOLING);
            notes.add("De inburgeringsplicht begint op " + dutch(dutyStartsOn) + ", als de kwalificatieplicht eindigt.");
        }
        if (!duty) {
            return new Assessment(false, dutyStartsOn, List.copyOf(exemptions), null, Set.of(), Set.of(), Map.of(),
                    List.copyOf(notes));
        }
        TargetGroup group = targetGroup(f.residencePermitType());
        Set<Entitlement> entitlements = entitlements(group, f, notes);
        Set<LearningRoute> routes = routes(f, notes);
        Map<DeadlineCode, Deadline> deadlines = deadlines(f, group, m);
        return new Assessment(true, null, List.of(), group, Collections.unmodifiableSet(entitlements),
                Collections.unmodifiableSet(routes), Collections.unmodifiableMap(deadlines), List.copyOf(notes));
    }

    /** Doelgroep follows from the residence permit (Wi art. 2 en 3; seeds 000, 003, 004). */
    public static TargetGroup targetGroup(ResidencePermitType type) {
        return switch (type) {
            case ASYLUM -> TargetGroup.ASYLUM_PERMIT_HOLDER;
            case FAMILY -> TargetGroup.FAMILY_MIGRANT;
            case OTHER_REGULAR -> TargetGroup.OTHER_MIGRANT;
        };
    }

    static Set<Entitlement> entitlements(TargetGroup group, PersonFacts f, List<String> notes) {
        // Every inburgeringsplichtige: brede intake (Wi art. 14), PIP (Wi art. 15), and KNM, MAP and PVT as parts
        // of the duty (Wi art. 7 and 8; Bi art. 3.1–3.2).
        Set<Entitlement> e = EnumSet.of(Entitlement.BROAD_INTAKE, Entitlement.INTEGRATION_PLAN, Entitlement.KNM,
                Entitlement.LABOUR_MARKET_MODULE, Entitlement.PARTICIPATION_STATEMENT_PROGRAMME);
        if (group == TargetGroup.ASYLUM_PERMIT_HOLDER) {
            // The municipality offers and pays the learning route and gives social guidance (Wi art. 18).
            e.add(Entitlement.LEARNING_ROUTE_OFFER);
            e.add(Entitlement.SOCIAL_GUIDANCE);
            if (f.benefitStartDate() != null) {
                e.add(Entitlement.FINANCIAL_RELIEF);
            } else {
                notes.add("Financieel ontzorgen geldt zodra er recht op bijstand is (" + Articles.FINANCIAL_RELIEF + ").");
            }
        } else {
            notes.add("Een " + group.dutch().toLowerCase() + " betaalt de leerroute zelf (eventueel met een lening van DUO); "
                    + "maatschappelijke begeleiding alleen als de gemeente daarvoor kiest.");
        }
        return e;
    }

    /**
     * All three routes are open to everyone with the duty (Wi art. 8). The law sets no age limit for the
     * onderwijsroute; that it is meant for young newcomers (up to 28) is policy advice, so it becomes a note, never a block.
     */
    static Set<LearningRoute> routes(PersonFacts f, List<String> notes) {
        Set<LearningRoute> r = EnumSet.allOf(LearningRoute.class);
        int age = Ages.on(f.birthDate(), f.referenceDate());
        if (age >= EDUCATION_ROUTE_ADVICE_AGE) {
            notes.add("De onderwijsroute is bedoeld voor jonge inburgeraars: de wet stelt geen leeftijdsgrens, het beleidsadvies is tot "
                    + EDUCATION_ROUTE_ADVICE_AGE + " jaar (seeds 000, 002, 003). Bij " + age + " jaar kiest de gemeente haar alleen met redenen.");
        }
        return r;
    }

    static Map<DeadlineCode, Deadline> deadlines(PersonFacts f, TargetGroup group, MunicipalRules m) {
        Map<DeadlineCode, Deadline> d = new EnumMap<>(DeadlineCode.class);
        // Bi art. 5.3: ten weeks from DUO's notification or, when the person is registered in the BRP later, from
        // that registration. Without a BRP registration in the municipality the clock has not started.
        if (f.brpRegistrationDate() != null) {
            boolean fromNotification = f.dutyNotificationDate() != null && f.dutyNotificationDate().isAfter(f.brpRegistrationDate());
            LocalDate start = fromNotification ? f.dutyNotificationDate() : f.brpRegistrationDate();
            LocalDate due = start.plusWeeks(PIP_DEADLINE_WEEKS);
            d.put(DeadlineCode.INTEGRATION_PLAN_DUE, new Deadline(DeadlineCode.INTEGRATION_PLAN_DUE, due, Articles.PIP_DEADLINE,
                    (fromNotification ? "Kennisgeving van DUO op " + dutch(start) + " (na de BRP-inschrijving)"
                            : "Ingeschreven in de BRP op " + dutch(start)) + "; het PIP moet binnen "
                            + PIP_DEADLINE_WEEKS + " weken worden vastgesteld, dus uiterlijk " + dutch(due) + "."));
        }
        if (m.pipDeadlineWeeks() != null) {
            LocalDate start = m.pipDeadlineFromHousing() ? f.housingDate() : f.brpRegistrationDate();
            if (start != null) {
                LocalDate due = start.plusWeeks(m.pipDeadlineWeeks());
                d.put(DeadlineCode.INTEGRATION_PLAN_DUE_MUNICIPAL, new Deadline(DeadlineCode.INTEGRATION_PLAN_DUE_MUNICIPAL, due,
                        m.description(), (m.pipDeadlineFromHousing() ? "Gehuisvest op " : "Ingeschreven in de BRP op ")
                        + dutch(start) + "; de gemeente stelt het PIP binnen " + m.pipDeadlineWeeks()
                        + " weken vast (strenger dan de wettelijke " + PIP_DEADLINE_WEEKS + " weken), dus uiterlijk " + dutch(due) + "."));
            }
        }
        if (f.firstIntegrationPlanDate() != null) {
            LocalDate start = f.firstIntegrationPlanDate().plusDays(1);
            LocalDate statutoryEnd = Periods.lastDayOfYears(start, TERM_YEARS);
            d.put(DeadlineCode.TERM_START, new Deadline(DeadlineCode.TERM_START, start, Articles.TERM,
                    "Het eerste PIP is gedagtekend op " + dutch(f.firstIntegrationPlanDate())
                            + "; de termijn begint de dag erna. Latere versies van het PIP verschuiven dit niet."));
            if (f.termExtendedUntil() != null) {
                d.put(DeadlineCode.TERM_END, new Deadline(DeadlineCode.TERM_END, f.termExtendedUntil(), Articles.TERM_EXTENSION,
                        "DUO heeft de termijn verlengd tot en met " + dutch(f.termExtendedUntil()) + " (oorspronkelijk "
                                + dutch(statutoryEnd) + ")."));
            } else {
                d.put(DeadlineCode.TERM_END, new Deadline(DeadlineCode.TERM_END, statutoryEnd, Articles.TERM,
                        "De termijn duurt " + TERM_YEARS + " jaar vanaf " + dutch(start) + ", dus tot en met " + dutch(statutoryEnd) + "."));
            }
            LocalDate switchUntil = Periods.lastDayOfMonths(start, ROUTE_SWITCH_MONTHS);
            d.put(DeadlineCode.ROUTE_SWITCH_UNTIL, new Deadline(DeadlineCode.ROUTE_SWITCH_UNTIL, switchUntil, Articles.ROUTE_SWITCH,
                    "Schakelen naar een andere leerroute kan binnen anderhalf jaar na de start van de termijn ("
                            + dutch(start) + "), dus tot en met " + dutch(switchUntil)
                            + ". Van de onderwijsroute naar de B1-route kan altijd."));
        }
        if (group == TargetGroup.ASYLUM_PERMIT_HOLDER && f.benefitStartDate() != null) {
            LocalDate until = Periods.lastDayOfMonths(f.benefitStartDate(), m.financialReliefMonths());
            d.put(DeadlineCode.FINANCIAL_RELIEF_UNTIL, new Deadline(DeadlineCode.FINANCIAL_RELIEF_UNTIL, until,
                    Articles.FINANCIAL_RELIEF + (m.financialReliefMonths() != 6 ? "; " + m.description() : ""),
                    "Het recht op bijstand begon op " + dutch(f.benefitStartDate()) + "; de gemeente betaalt de vaste lasten "
                            + m.financialReliefMonths() + " maanden door, tot en met " + dutch(until) + "."));
        }
        if (f.examPassedDate() != null) {
            LocalDate contact = f.examPassedDate().plusMonths(AFTERCARE_MONTHS);
            d.put(DeadlineCode.AFTERCARE_CONTACT, new Deadline(DeadlineCode.AFTERCARE_CONTACT, contact, Articles.AFTERCARE,
                    "Examen gehaald op " + dutch(f.examPassedDate()) + "; de gemeente neemt " + AFTERCARE_MONTHS
                            + " maanden later contact op: " + dutch(contact) + "."));
        }
        return d;
    }

    static String dutch(LocalDate d) {
        return DUTCH.format(d);
    }
}
