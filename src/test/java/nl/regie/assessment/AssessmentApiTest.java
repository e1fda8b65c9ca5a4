package nl.regie.assessment;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

class AssessmentApiTest extends IntegrationTest {

    private ResultActions assess(String json) throws Exception {
        return mvc.perform(post("/api/v1/assessments").with(httpBasic(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void asylumPermitHolderInZevenaarGetsTheStricterMunicipalDeadlineNextToTheStatutoryOne() throws Exception {
        assess("""
                {"municipalityCode":"0299","referenceDate":"2024-04-01","birthDate":"1990-05-17","nationality":"SYR",
                 "residencePermitType":"ASYLUM","temporaryPurpose":false,"permitGrantedOn":"2023-11-01",
                 "yearsInNetherlandsDuringCompulsorySchoolAge":0,"hasQualifyingDutchDiploma":false,
                 "brpRegistrationDate":"2024-03-06","housingDate":"2024-03-04","firstIntegrationPlanDate":"2024-03-04",
                 "benefitStartDate":"2024-03-15"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.integrationDuty").value(true))
                .andExpect(jsonPath("$.exemptions.length()").value(0))
                .andExpect(jsonPath("$.targetGroup").value("ASYLUM_PERMIT_HOLDER"))
                .andExpect(jsonPath("$.entitlements", hasItem("FINANCIAL_RELIEF")))
                .andExpect(jsonPath("$.entitlements", hasItem("LEARNING_ROUTE_OFFER")))
                .andExpect(jsonPath("$.eligibleRoutes", containsInAnyOrder("B1", "EDUCATION", "SELF_RELIANCE")))
                .andExpect(jsonPath("$.deadlines.INTEGRATION_PLAN_DUE.date").value("2024-05-15"))
                .andExpect(jsonPath("$.deadlines.INTEGRATION_PLAN_DUE.basis", containsString("Bi art. 5.3")))
                .andExpect(jsonPath("$.deadlines.INTEGRATION_PLAN_DUE_MUNICIPAL.date").value("2024-04-15"))
                .andExpect(jsonPath("$.deadlines.INTEGRATION_PLAN_DUE_MUNICIPAL.basis", containsString("Zevenaar")))
                .andExpect(jsonPath("$.deadlines.TERM_START.date").value("2024-03-05"))
                .andExpect(jsonPath("$.deadlines.TERM_END.date").value("2027-03-04"))
                .andExpect(jsonPath("$.deadlines.TERM_END.basis", containsString("Wi art. 11")))
                .andExpect(jsonPath("$.deadlines.ROUTE_SWITCH_UNTIL.date").value("2025-09-04"))
                .andExpect(jsonPath("$.deadlines.FINANCIAL_RELIEF_UNTIL.date").value("2024-09-14"))
                .andExpect(jsonPath("$.deadlines.AFTERCARE_CONTACT").doesNotExist());
    }

    @Test
    void aSwissNationalHasNoDutyAndNoDeadlines() throws Exception {
        assess("""
                {"municipalityCode":"0629","referenceDate":"2026-11-23","birthDate":"1985-04-04","nationality":"CHE",
                 "residencePermitType":"FAMILY","brpRegistrationDate":"2026-10-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.integrationDuty").value(false))
                .andExpect(jsonPath("$.exemptions[0].code").value("EU_EEA_SWISS_NATIONAL"))
                .andExpect(jsonPath("$.exemptions[0].article", containsString("Wi art. 3")))
                .andExpect(jsonPath("$.targetGroup").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(content().string(containsString("\"targetGroup\":null")))
                .andExpect(jsonPath("$.entitlements.length()").value(0))
                .andExpect(jsonPath("$.deadlines.length()").value(0));
    }

    @Test
    void aFamilyMigrantWithADutchDiplomaIsExempt() throws Exception {
        assess("""
                {"municipalityCode":"0626","referenceDate":"2026-11-23","birthDate":"1995-10-10","nationality":"TUR",
                 "residencePermitType":"FAMILY","hasQualifyingDutchDiploma":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.integrationDuty").value(false))
                .andExpect(jsonPath("$.exemptions[0].code").value("QUALIFYING_DUTCH_DIPLOMA"));
    }

    @Test
    void aMinorGetsTheDayTheDutyStarts() throws Exception {
        assess("""
                {"municipalityCode":"0629","referenceDate":"2026-11-23","birthDate":"2009-01-15","nationality":"AFG",
                 "residencePermitType":"ASYLUM"}""")
                .andExpect(jsonPath("$.integrationDuty").value(false))
                .andExpect(jsonPath("$.dutyStartsOn").value("2027-01-15"))
                .andExpect(jsonPath("$.exemptions[*].code", hasItem("STILL_COMPULSORY_SCHOOL_AGE")))
                .andExpect(jsonPath("$.exemptions[*].code", not(hasItem("EU_EEA_SWISS_NATIONAL"))));
    }

    @Test
    void invalidInputNamesTheField() throws Exception {
        assess("""
                {"municipalityCode":"%s","referenceDate":"2026-11-23","birthDate":"2027-01-01","nationality":"Syria",
                 "yearsInNetherlandsDuringCompulsorySchoolAge":-1}""".formatted(TestData.UNKNOWN_MUNICIPALITY))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("municipalityCode", "birthDate",
                        "nationality", "residencePermitType", "yearsInNetherlandsDuringCompulsorySchoolAge")));
        assess("{\"residencePermitType\":\"REFUGEE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("residencePermitType"))
                .andExpect(jsonPath("$.detail", containsString("ASYLUM, FAMILY, OTHER_REGULAR")));
        assess("{\"referenceDate\":\"23-11-2026\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("referenceDate"));
    }

    @Test
    void theEndpointNeedsSignIn() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
