package nl.regie.dossier;

import nl.regie.rules.TargetGroup;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row changes one thing about an otherwise valid new dossier and names the field and message expected. */
class NewDossierCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid asylum permit holder                  | -                  | -
            invalid BSN                                 | bsn                | Dit BSN voldoet niet aan de elfproef
            BSN too short                               | bsn                | Een BSN bestaat uit precies 9 cijfers.
            empty given names                           | givenNames         | Voornamen zijn verplicht.
            oversized family name                       | familyName         | Maximaal 200 tekens (nu 201).
            birth date in the future                    | birthDate          | De geboortedatum ligt in de toekomst.
            birth after linking                         | linkedOn           | Deze datum ligt vóór de geboortedatum.
            housing before linking                      | housedOn           | Huisvesting kan niet vóór de koppeling liggen.
            BRP registration before housing             | brpRegisteredOn    | BRP-inschrijving in deze gemeente kan niet vóór de huisvesting liggen.
            BRP registration without housing (asylum)   | housedOn           | Vul eerst de huisvestingsdatum in
            linking date missing (asylum)               | linkedOn           | Datum van koppeling door het COA is verplicht
            linking date in the future                  | linkedOn           | Deze datum ligt in de toekomst
            unknown nationality                         | nationality        | Onbekende nationaliteit 'SYRIA'
            unknown contact language                    | contactLanguage    | Onbekende taalcode 'arabic'
            interpreter not answered                    | interpreterNeeded  | Geef aan of een tolk nodig is.
            family migrant without BRP date             | brpRegisteredOn    | Datum van BRP-inschrijving is verplicht voor een gezinsmigrant.
            family migrant with COA linking             | linkedOn           | Koppeling en huisvesting via het COA gelden alleen voor asielstatushouders.
            child without name                          | householdMembers[0].name | Naam van het gezinslid is verplicht.
            stateless newcomer (XXA) is fine            | -                  | -
            """)
    void checks(String row, String field, String message) {
        Map<String, String> problems = NewDossierCheck.problems(dossier(row), TODAY);
        if ("-".equals(field)) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsKey(field);
            assertThat(problems.get(field)).startsWith(message);
        }
    }

    private static NewDossier dossier(String row) {
        String bsn = "111222333";
        String given = "Aya";
        String family = "Darwish";
        LocalDate birth = LocalDate.of(1990, 5, 17);
        String nationality = "SYR";
        TargetGroup group = TargetGroup.ASYLUM_PERMIT_HOLDER;
        String language = "ar";
        Boolean interpreter = true;
        LocalDate linked = LocalDate.of(2026, 9, 1);
        LocalDate housed = null;
        LocalDate brp = null;
        List<HouseholdMember> household = List.of();
        switch (row) {
            case "invalid BSN" -> bsn = "123456789";
            case "BSN too short" -> bsn = "12345678";
            case "empty given names" -> given = " ";
            case "oversized family name" -> family = "x".repeat(201);
            case "birth date in the future" -> birth = TODAY.plusDays(1);
            case "birth after linking" -> birth = linked.plusDays(1);
            case "housing before linking" -> housed = linked.minusDays(1);
            case "BRP registration before housing" -> {
                housed = linked.plusDays(10);
                brp = linked.plusDays(5);
            }
            case "BRP registration without housing (asylum)" -> brp = linked.plusDays(5);
            case "linking date missing (asylum)" -> linked = null;
            case "linking date in the future" -> linked = TODAY.plusDays(3);
            case "unknown nationality" -> nationality = "SYRIA";
            case "unknown contact language" -> language = "arabic";
            case "interpreter not answered" -> interpreter = null;
            case "family migrant without BRP date" -> {
                group = TargetGroup.FAMILY_MIGRANT;
                linked = null;
            }
            case "family migrant with COA linking" -> {
                group = TargetGroup.FAMILY_MIGRANT;
                brp = TODAY.minusDays(3);
            }
            case "child without name" -> household = List.of(new HouseholdMember(HouseholdMember.Relationship.CHILD, "", null));
            case "stateless newcomer (XXA) is fine" -> nationality = "XXA";
            default -> { }
        }
        return new NewDossier(null, bsn, given, family, birth, nationality, group, language, interpreter, linked, housed,
                brp, null, household, null);
    }
}
