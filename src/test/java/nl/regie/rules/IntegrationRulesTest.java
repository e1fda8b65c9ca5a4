package nl.regie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Wet inburgering 2021 in rows. Each row: what the law says (with its article), the facts, and the answer.
 * Facts: peildatum | geboortedatum | nationaliteit | vergunning | other facts (key=value;…).
 * Expectations (key=value;…): duty, group, exempt (codes joined by +), starts (duty start date), has / hasNot
 * (entitlement), routes, a deadline code with its date, or absent=CODE. Where a row expects an exemption or a
 * deadline, the article it cites must also appear in the rule's own basis, so the user sees the same source.
 */
class IntegrationRulesTest {

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # who is obliged
            asylum permit holder of 30 is obliged                          | Wi art. 3 lid 1 | 2026-11-23 | 1996-01-10 | SYR | ASYLUM        | -                         | duty=true;group=ASYLUM_PERMIT_HOLDER
            family migrant from Eritrea is obliged                         | Wi art. 3 lid 1 | 2026-11-23 | 1994-07-01 | ERI | FAMILY        | -                         | duty=true;group=FAMILY_MIGRANT
            Turkish national with a regular permit is obliged (since 2022) | Wi art. 3 lid 1 | 2026-11-23 | 1990-03-03 | TUR | OTHER_REGULAR | -                         | duty=true;group=OTHER_MIGRANT
            stateless asylum permit holder is obliged                      | Wi art. 3 lid 1 | 2026-11-23 | 1988-12-12 | XXA | ASYLUM        | -                         | duty=true;group=ASYLUM_PERMIT_HOLDER
            Afghan asylum permit holder of 45 is obliged                   | Wi art. 3 lid 1 | 2026-11-23 | 1981-05-20 | AFG | ASYLUM        | -                         | duty=true
            German national is not obliged                                 | Wi art. 3 lid 1 | 2026-11-23 | 1990-01-01 | DEU | OTHER_REGULAR | -                         | duty=false;exempt=EU_EEA_SWISS_NATIONAL
            Swiss national is not obliged                                  | Wi art. 3 lid 1 | 2026-11-23 | 1985-04-04 | CHE | FAMILY        | -                         | duty=false;exempt=EU_EEA_SWISS_NATIONAL
            Norwegian (EEA) national is not obliged                        | Wi art. 3 lid 1 | 2026-11-23 | 1985-04-04 | NOR | OTHER_REGULAR | -                         | duty=false;exempt=EU_EEA_SWISS_NATIONAL
            Polish family migrant is not obliged                           | Wi art. 3 lid 1 | 2026-11-23 | 1992-09-09 | POL | FAMILY        | -                         | duty=false;exempt=EU_EEA_SWISS_NATIONAL
            temporary work permit: not obliged                             | Bi art. 2.2     | 2026-11-23 | 1991-02-02 | IND | OTHER_REGULAR | temp=true                 | duty=false;exempt=TEMPORARY_RESIDENCE_PURPOSE
            student permit (temporary purpose): not obliged                | Bi art. 2.2     | 2026-11-23 | 2003-02-02 | CHN | OTHER_REGULAR | temp=true                 | duty=false;exempt=TEMPORARY_RESIDENCE_PURPOSE
            eight years in NL at compulsory-school age: not obliged        | Wi art. 4 lid 1, onder a | 2026-11-23 | 2000-06-06 | SYR | FAMILY | years=8          | duty=false;exempt=EIGHT_YEARS_COMPULSORY_SCHOOL_AGE
            seven years in NL at compulsory-school age: still obliged      | Wi art. 4 lid 1, onder a | 2026-11-23 | 2000-06-06 | SYR | FAMILY | years=7          | duty=true
            family migrant with a qualifying Dutch diploma: not obliged    | Wi art. 4 lid 1, onder b | 2026-11-23 | 1995-10-10 | TUR | FAMILY | diploma=true     | duty=false;exempt=QUALIFYING_DUTCH_DIPLOMA
            German with a Dutch diploma: both exemptions named             | Wi art. 4 lid 1, onder b | 2026-11-23 | 1995-10-10 | DEU | FAMILY | diploma=true     | duty=false;exempt=EU_EEA_SWISS_NATIONAL+QUALIFYING_DUTCH_DIPLOMA
            # age
            a 15-year-old is not obliged; the duty starts at 18            | Wi art. 3 lid 1 | 2026-11-23 | 2011-05-01 | SYR | ASYLUM        | -                         | duty=false;exempt=AGE_OUTSIDE_RANGE;starts=2029-05-01
            a 16-year-old in compulsory schooling is not obliged yet       | Wi art. 4 lid 1, onder c | 2026-11-23 | 2010-01-20 | SYR | ASYLUM | -             | duty=false;exempt=STILL_COMPULSORY_SCHOOL_AGE;starts=2028-01-20
            a 17-year-old the day before turning 18 is not obliged yet     | Wi art. 4 lid 1, onder c | 2026-11-23 | 2008-11-24 | ERI | ASYLUM | -             | duty=false;exempt=STILL_COMPULSORY_SCHOOL_AGE;starts=2026-11-24
            turning 18 on the reference date: obliged that day             | Wi art. 3 lid 1 | 2026-11-23 | 2008-11-23 | ERI | ASYLUM        | -                         | duty=true
            turning 18 during the process: duty starts on the birthday     | Wi art. 4 lid 1, onder c | 2026-11-23 | 2009-01-15 | AFG | ASYLUM | brp=2026-10-01 | duty=false;starts=2027-01-15;absent=INTEGRATION_PLAN_DUE
            born on 29 February: still 17 on 28 February 2026              | Wi art. 4 lid 1, onder c | 2026-02-28 | 2008-02-29 | SYR | ASYLUM | -             | duty=false;exempt=STILL_COMPULSORY_SCHOOL_AGE;starts=2026-03-01
            born on 29 February: 18 and obliged on 1 March 2026            | Wi art. 3 lid 1 | 2026-03-01 | 2008-02-29 | SYR | ASYLUM        | -                         | duty=true
            a German 16-year-old: no duty start, the nationality exempts   | Wi art. 3 lid 1 | 2026-11-23 | 2010-01-20 | DEU | FAMILY        | -                         | duty=false;exempt=EU_EEA_SWISS_NATIONAL+STILL_COMPULSORY_SCHOOL_AGE;starts=-
            a 66-year-old is obliged                                       | Wi art. 3 lid 1 | 2026-11-23 | 1960-01-01 | SYR | FAMILY        | -                         | duty=true
            reached AOW age 67 in 2026: not obliged                        | AOW art. 7a     | 2026-11-23 | 1959-05-01 | SYR | FAMILY        | -                         | duty=false;exempt=AGE_OUTSIDE_RANGE
            the day before the 67th birthday in 2027: still obliged        | AOW art. 7a     | 2027-06-14 | 1960-06-15 | SYR | FAMILY        | -                         | duty=true
            67 in 2028 but AOW age is then 67 and 3 months: still obliged  | AOW art. 7a     | 2028-04-01 | 1961-03-10 | SYR | FAMILY        | -                         | duty=true
            AOW age of 67 and 3 months reached in 2028: not obliged        | AOW art. 7a     | 2028-06-10 | 1961-03-10 | SYR | FAMILY        | -                         | duty=false;exempt=AGE_OUTSIDE_RANGE
            # entitlements
            asylum permit holder on bijstand: financial relief             | Pw art. 56a lid 1 | 2026-11-23 | 1990-01-01 | SYR | ASYLUM      | benefit=2026-10-01        | has=FINANCIAL_RELIEF;has=LEARNING_ROUTE_OFFER;has=SOCIAL_GUIDANCE
            asylum permit holder without bijstand: no financial relief yet | Pw art. 56a lid 1 | 2026-11-23 | 1990-01-01 | SYR | ASYLUM      | -                         | hasNot=FINANCIAL_RELIEF;has=LEARNING_ROUTE_OFFER
            every inburgeringsplichtige: brede intake and PIP              | Wi art. 14      | 2026-11-23 | 1990-01-01 | TUR | FAMILY        | -                         | has=BROAD_INTAKE;has=INTEGRATION_PLAN
            every inburgeringsplichtige: MAP, PVT and KNM                  | Bi art. 3.1     | 2026-11-23 | 1990-01-01 | TUR | OTHER_REGULAR | -                         | has=LABOUR_MARKET_MODULE;has=PARTICIPATION_STATEMENT_PROGRAMME;has=KNM
            family migrant: no municipal learning-route offer              | Wi art. 18      | 2026-11-23 | 1990-01-01 | TUR | FAMILY        | -                         | hasNot=LEARNING_ROUTE_OFFER;hasNot=SOCIAL_GUIDANCE
            other migrant on bijstand: no ontzorgen (asylum permit only)   | Pw art. 56a lid 1 | 2026-11-23 | 1990-01-01 | UKR | OTHER_REGULAR | benefit=2026-10-01    | hasNot=FINANCIAL_RELIEF
            no duty, no entitlements                                       | Wi art. 3 lid 1 | 2026-11-23 | 1990-01-01 | BEL | FAMILY        | -                         | entitlements=none
            # routes
            a 24-year-old may follow each of the three routes              | Wi art. 8       | 2026-11-23 | 2002-01-01 | SYR | ASYLUM        | -                         | routes=B1+EDUCATION+SELF_RELIANCE
            a 35-year-old: the onderwijsroute stays open (no legal limit)  | Wi art. 8       | 2026-11-23 | 1991-01-01 | SYR | ASYLUM        | -                         | routes=B1+EDUCATION+SELF_RELIANCE;note=onderwijsroute
            no duty, no routes                                             | Wi art. 3 lid 1 | 2026-11-23 | 1990-01-01 | FRA | FAMILY        | -                         | routes=none
            # PIP deadline
            PIP within ten weeks of BRP registration                       | Bi art. 5.3     | 2024-04-01 | 1990-01-01 | SYR | ASYLUM        | brp=2024-03-04            | INTEGRATION_PLAN_DUE=2024-05-13
            no BRP registration yet: no PIP deadline                       | Bi art. 5.3     | 2024-04-01 | 1990-01-01 | SYR | ASYLUM        | -                         | absent=INTEGRATION_PLAN_DUE
            DUO's notification after BRP registration starts the clock     | Bi art. 5.3     | 2024-04-01 | 1990-01-01 | TUR | FAMILY        | brp=2024-01-02;notif=2024-02-01 | INTEGRATION_PLAN_DUE=2024-04-11
            notification before BRP registration: the BRP date counts      | Bi art. 5.3     | 2024-04-01 | 1990-01-01 | TUR | FAMILY        | brp=2024-02-01;notif=2024-01-02 | INTEGRATION_PLAN_DUE=2024-04-11
            Zevenaar: six weeks after housing, next to the statutory date  | gemeentelijk beleid | 2024-04-01 | 1990-01-01 | SYR | ASYLUM  | brp=2024-03-06;housing=2024-03-04;policyWeeks=6;fromHousing=true | INTEGRATION_PLAN_DUE_MUNICIPAL=2024-04-15;INTEGRATION_PLAN_DUE=2024-05-15
            municipal deadline from housing, housing unknown: absent       | gemeentelijk beleid | 2024-04-01 | 1990-01-01 | SYR | ASYLUM  | brp=2024-03-06;policyWeeks=6;fromHousing=true | absent=INTEGRATION_PLAN_DUE_MUNICIPAL;INTEGRATION_PLAN_DUE=2024-05-15
            municipal eight weeks from BRP registration                    | gemeentelijk beleid | 2024-04-01 | 1990-01-01 | SYR | ASYLUM  | brp=2024-03-06;policyWeeks=8 | INTEGRATION_PLAN_DUE_MUNICIPAL=2024-05-01
            no municipal policy: no municipal deadline                     | Bi art. 5.3     | 2024-04-01 | 1990-01-01 | SYR | ASYLUM        | brp=2024-03-06            | absent=INTEGRATION_PLAN_DUE_MUNICIPAL
            # integration term
            first PIP dated 4 March 2024: term from 5 March                | Wi art. 11 lid 1 | 2024-06-01 | 1990-01-01 | SYR | ASYLUM       | pip=2024-03-04            | TERM_START=2024-03-05;TERM_END=2027-03-04
            first PIP on 29 February 2024: term from 1 March               | Wi art. 11 lid 1 | 2024-06-01 | 1990-01-01 | SYR | ASYLUM       | pip=2024-02-29            | TERM_START=2024-03-01;TERM_END=2027-02-28
            first PIP on 28 February 2024: term starts on the leap day     | Wi art. 11 lid 1 | 2024-06-01 | 1990-01-01 | SYR | ASYLUM       | pip=2024-02-28            | TERM_START=2024-02-29;TERM_END=2027-02-28
            first PIP on 28 February 2023                                  | Wi art. 11 lid 1 | 2024-06-01 | 1990-01-01 | ERI | ASYLUM       | pip=2023-02-28            | TERM_START=2023-03-01;TERM_END=2026-02-28
            first PIP on New Year's Eve                                    | Wi art. 11 lid 1 | 2024-06-01 | 1990-01-01 | ERI | FAMILY       | pip=2023-12-31            | TERM_START=2024-01-01;TERM_END=2026-12-31
            DUO extended the term: the new end date counts                 | Wi art. 12      | 2026-06-01 | 1990-01-01 | SYR | ASYLUM        | pip=2024-03-04;ext=2027-09-04 | TERM_END=2027-09-04;TERM_START=2024-03-05
            no PIP yet: no term                                            | Wi art. 11 lid 1 | 2024-06-01 | 1990-01-01 | SYR | ASYLUM       | brp=2024-03-04            | absent=TERM_START;absent=TERM_END;absent=ROUTE_SWITCH_UNTIL
            # route switch
            switching route within 1.5 years of the term's start           | Wi art. 17      | 2024-06-01 | 1990-01-01 | SYR | ASYLUM        | pip=2024-03-04            | ROUTE_SWITCH_UNTIL=2025-09-04
            switching window from a term starting 1 March                  | Wi art. 17      | 2024-06-01 | 1990-01-01 | SYR | ASYLUM        | pip=2024-02-29            | ROUTE_SWITCH_UNTIL=2025-08-31
            switching window from a term starting on the leap day          | Wi art. 17      | 2024-06-01 | 1990-01-01 | SYR | ASYLUM        | pip=2024-02-28            | ROUTE_SWITCH_UNTIL=2025-08-28
            # financial relief (ontzorgen)
            six months of ontzorgen from the start of bijstand             | Pw art. 56a lid 1 | 2024-06-01 | 1990-01-01 | SYR | ASYLUM      | benefit=2024-03-15        | FINANCIAL_RELIEF_UNTIL=2024-09-14
            six months from 31 August end on the last day of February      | Pw art. 56a lid 1 | 2024-09-01 | 1990-01-01 | SYR | ASYLUM      | benefit=2024-08-31        | FINANCIAL_RELIEF_UNTIL=2025-02-28
            municipality chose nine months of ontzorgen                    | Pw art. 56a lid 1 | 2024-06-01 | 1990-01-01 | SYR | ASYLUM      | benefit=2024-03-15;reliefMonths=9 | FINANCIAL_RELIEF_UNTIL=2024-12-14
            family migrant on bijstand: no ontzorgen period                | Pw art. 56a lid 1 | 2024-06-01 | 1990-01-01 | TUR | FAMILY      | benefit=2024-03-15        | absent=FINANCIAL_RELIEF_UNTIL
            no bijstand: no ontzorgen period                               | Pw art. 56a lid 1 | 2024-06-01 | 1990-01-01 | SYR | ASYLUM      | -                         | absent=FINANCIAL_RELIEF_UNTIL
            # aftercare
            aftercare contact six months after the exam                    | gemeentelijk beleid | 2025-07-01 | 1990-01-01 | SYR | ASYLUM    | exam=2025-06-10           | AFTERCARE_CONTACT=2025-12-10
            exam on 31 August: contact on the last day of February         | gemeentelijk beleid | 2025-09-01 | 1990-01-01 | SYR | ASYLUM    | exam=2025-08-31           | AFTERCARE_CONTACT=2026-02-28
            no exam yet: no aftercare contact                              | gemeentelijk beleid | 2025-07-01 | 1990-01-01 | SYR | ASYLUM    | -                         | absent=AFTERCARE_CONTACT
            # no duty, no clocks
            EU national with a BRP registration: no deadlines              | Wi art. 3 lid 1 | 2024-06-01 | 1990-01-01 | ITA | FAMILY        | brp=2024-03-04;pip=2024-04-01 | absent=INTEGRATION_PLAN_DUE;absent=TERM_END
            """)
    void theLawSays(String row, String article, LocalDate reference, LocalDate birth, String nationality,
                    ResidencePermitType permit, String factsText, String expectText) {
        Map<String, String> x = parse(factsText);
        PersonFacts facts = new PersonFacts(reference, birth, nationality, permit,
                Boolean.parseBoolean(x.getOrDefault("temp", "false")), null,
                Integer.parseInt(x.getOrDefault("years", "0")), Boolean.parseBoolean(x.getOrDefault("diploma", "false")),
                date(x.get("brp")), date(x.get("housing")), date(x.get("pip")), date(x.get("benefit")), date(x.get("exam")),
                date(x.get("ext")), date(x.get("notif")));
        MunicipalRules policy = new MunicipalRules(x.containsKey("policyWeeks") ? Integer.valueOf(x.get("policyWeeks")) : null,
                Boolean.parseBoolean(x.getOrDefault("fromHousing", "false")),
                Integer.parseInt(x.getOrDefault("reliefMonths", "6")), "gemeentelijk beleid Testgemeente");
        Assessment a = IntegrationRules.assess(facts, policy);

        boolean articleChecked = false;
        for (String e : expectText.split(";")) {
            String key = e.substring(0, e.indexOf('=')).trim();
            String value = e.substring(e.indexOf('=') + 1).trim();
            switch (key) {
                case "duty" -> assertThat(a.integrationDuty()).as(row).isEqualTo(Boolean.parseBoolean(value));
                case "group" -> assertThat(a.targetGroup()).as(row).isEqualTo(TargetGroup.valueOf(value));
                case "starts" -> assertThat(a.dutyStartsOn()).as(row).isEqualTo(date(value));
                case "exempt" -> {
                    assertThat(a.exemptions()).extracting(Exemption::code).as(row)
                            .containsExactlyInAnyOrder(Arrays.stream(value.split("\\+")).map(Exemption.ExemptionCode::valueOf)
                                    .toArray(Exemption.ExemptionCode[]::new));
                    assertThat(a.exemptions()).as(row + ": article").anyMatch(ex -> ex.article().contains(article));
                }
                case "has" -> assertThat(a.entitlements()).as(row).contains(Entitlement.valueOf(value));
                case "hasNot" -> assertThat(a.entitlements()).as(row).doesNotContain(Entitlement.valueOf(value));
                case "entitlements" -> assertThat(a.entitlements()).as(row).isEmpty();
                case "routes" -> {
                    if ("none".equals(value)) {
                        assertThat(a.eligibleRoutes()).as(row).isEmpty();
                    } else {
                        assertThat(a.eligibleRoutes()).as(row).containsExactlyInAnyOrder(Arrays.stream(value.split("\\+"))
                                .map(LearningRoute::valueOf).toArray(LearningRoute[]::new));
                    }
                }
                case "note" -> assertThat(a.notes()).as(row).anyMatch(n -> n.contains(value));
                case "absent" -> assertThat(a.deadlines()).as(row).doesNotContainKey(DeadlineCode.valueOf(value));
                default -> {
                    Deadline d = a.deadlines().get(DeadlineCode.valueOf(key));
                    assertThat(d).as(row + ": " + key).isNotNull();
                    assertThat(d.date()).as(row + ": " + key).isEqualTo(date(value));
                    assertThat(d.explanation()).as(row + ": explanation").isNotBlank();
                    // The row's article is the basis of the first deadline it names; a municipal deadline names the policy.
                    if (DeadlineCode.valueOf(key) == DeadlineCode.INTEGRATION_PLAN_DUE_MUNICIPAL) {
                        assertThat(d.basis()).as(row + ": basis").contains("gemeentelijk beleid");
                    } else if (!articleChecked && !article.startsWith("gemeentelijk")) {
                        assertThat(d.basis()).as(row + ": basis").contains(article);
                    }
                    articleChecked = true;
                }
            }
        }
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> m = new HashMap<>();
        if (text != null) {
            for (String kv : text.split(";")) {
                m.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
            }
        }
        return m;
    }

    private static LocalDate date(String s) {
        return s == null || s.equals("-") ? null : LocalDate.parse(s);
    }
}
