package nl.regie.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.municipality.Municipalities;
import nl.regie.rules.Assessment;
import nl.regie.rules.IntegrationRules;
import nl.regie.rules.PersonFacts;
import nl.regie.rules.ResidencePermitType;
import nl.regie.shared.Nationality;
import nl.regie.shared.RegieProblem;

/**
 * "Rules as a service": the same rules the dossiers use, for any set of facts, without storing anything.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Beoordelingen", description = "Wat zegt de Wet inburgering 2021 voor deze persoon, en wanneer?")
class AssessmentApiController {

    private final Municipalities municipalities;

    AssessmentApiController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** The facts as posted; dates ISO 8601, optional where not yet known. */
    record AssessmentRequest(String municipalityCode, LocalDate referenceDate, LocalDate birthDate, String nationality,
                             ResidencePermitType residencePermitType, Boolean temporaryPurpose, LocalDate permitGrantedOn,
                             Integer yearsInNetherlandsDuringCompulsorySchoolAge, Boolean hasQualifyingDutchDiploma,
                             LocalDate brpRegistrationDate, LocalDate housingDate, LocalDate firstIntegrationPlanDate,
                             LocalDate benefitStartDate, LocalDate examPassedDate, LocalDate termExtendedUntil,
                             LocalDate dutyNotificationDate) {
    }

    @PostMapping
    @Operation(summary = "Inburgeringsplicht, doelgroep, rechten, leerroutes en termijnen voor een set feiten")
    AssessmentResponse assess(@RequestBody AssessmentRequest r) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (r.municipalityCode() == null || r.municipalityCode().isBlank()) {
            problems.put("municipalityCode", "Gemeentecode is verplicht (CBS-code van vier cijfers, zoals 0629).");
        } else if (!municipalities.exists(r.municipalityCode())) {
            problems.put("municipalityCode", "Onbekende gemeentecode '" + r.municipalityCode() + "'.");
        }
        if (r.referenceDate() == null) {
            problems.put("referenceDate", "Peildatum is verplicht.");
        }
        if (r.birthDate() == null) {
            problems.put("birthDate", "Geboortedatum is verplicht.");
        } else if (r.referenceDate() != null && r.birthDate().isAfter(r.referenceDate())) {
            problems.put("birthDate", "De geboortedatum ligt na de peildatum.");
        }
        String nat = Nationality.problemWith(r.nationality());
        if (nat != null) {
            problems.put("nationality", nat);
        }
        if (r.residencePermitType() == null) {
            problems.put("residencePermitType", "Soort verblijfsvergunning is verplicht: ASYLUM, FAMILY of OTHER_REGULAR.");
        }
        Integer years = r.yearsInNetherlandsDuringCompulsorySchoolAge();
        if (years != null && (years < 0 || years > 13)) {
            problems.put("yearsInNetherlandsDuringCompulsorySchoolAge", "Aantal jaren moet tussen 0 en 13 liggen (de leerplicht duurt van 5 tot 18 jaar).");
        }
        notBeforeBirth(problems, r, "permitGrantedOn", r.permitGrantedOn());
        notBeforeBirth(problems, r, "brpRegistrationDate", r.brpRegistrationDate());
        notBeforeBirth(problems, r, "housingDate", r.housingDate());
        notBeforeBirth(problems, r, "firstIntegrationPlanDate", r.firstIntegrationPlanDate());
        notBeforeBirth(problems, r, "benefitStartDate", r.benefitStartDate());
        notBeforeBirth(problems, r, "examPassedDate", r.examPassedDate());
        notBeforeBirth(problems, r, "dutyNotificationDate", r.dutyNotificationDate());
        if (r.firstIntegrationPlanDate() != null && r.termExtendedUntil() != null
                && !r.termExtendedUntil().isAfter(r.firstIntegrationPlanDate())) {
            problems.put("termExtendedUntil", "Een verlenging door DUO eindigt na de datum van het eerste PIP.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        PersonFacts facts = new PersonFacts(r.referenceDate(), r.birthDate(), r.nationality(), r.residencePermitType(),
                Boolean.TRUE.equals(r.temporaryPurpose()), r.permitGrantedOn(), years == null ? 0 : years,
                Boolean.TRUE.equals(r.hasQualifyingDutchDiploma()), r.brpRegistrationDate(), r.housingDate(),
                r.firstIntegrationPlanDate(), r.benefitStartDate(), r.examPassedDate(), r.termExtendedUntil(),
                r.dutyNotificationDate());
        Assessment a = IntegrationRules.assess(facts, municipalities.rulesOn(r.municipalityCode(), r.referenceDate()));
        return body(a);
    }

    /** The answer; {@code targetGroup} is written as null when there is no duty, as the API contract says. */
    record AssessmentResponse(boolean integrationDuty, LocalDate dutyStartsOn, List<Map<String, String>> exemptions,
                              @JsonInclude(JsonInclude.Include.ALWAYS) String targetGroup, List<String> entitlements,
                              List<String> eligibleRoutes, Map<String, Map<String, Object>> deadlines, List<String> notes) {
    }

    static AssessmentResponse body(Assessment a) {
        Map<String, Map<String, Object>> deadlines = new LinkedHashMap<>();
        a.deadlines().forEach((code, d) -> deadlines.put(code.name(),
                Map.of("date", d.date(), "basis", d.basis(), "explanation", d.explanation())));
        return new AssessmentResponse(a.integrationDuty(), a.dutyStartsOn(),
                a.exemptions().stream().map(e -> Map.of("code", e.code().name(), "article", e.article(),
                        "explanation", e.explanation())).toList(),
                a.targetGroup() == null ? null : a.targetGroup().name(),
                a.entitlements().stream().map(Enum::name).toList(),
                a.eligibleRoutes().stream().map(Enum::name).toList(), deadlines, a.notes());
    }

    private static void notBeforeBirth(Map<String, String> problems, AssessmentRequest r, String field, LocalDate date) {
        if (date != null && r.birthDate() != null && date.isBefore(r.birthDate())) {
            problems.put(field, "Deze datum ligt vóór de geboortedatum.");
        }
    }

}
