package nl.regie.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.regie.IntegrationTest;
import nl.regie.TestData;

class DossierApiTest extends IntegrationTest {

    static final String PROBLEM = "application/problem+json";

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return httpBasic(user, TestData.PASSWORD);
    }

    private long dossierCount() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }

    @Test
    void consultantCreatesReadsAndAdvancesADossier() throws Exception {
        String bsn = TestData.freshBsn();
        String linked = LocalDate.now().minusDays(20).toString();
        String body = """
                {"bsn":"%s","givenNames":"Dawit","familyName":"Tesfamariam","birthDate":"1995-02-11","nationality":"ERI",
                 "targetGroup":"ASYLUM_PERMIT_HOLDER","contactLanguage":"ti","interpreterNeeded":true,"linkedOn":"%s",
                 "householdMembers":[{"relationship":"PARTNER","name":"Helen Tekle","birthDate":"1996-03-01"}],
                 "coaProfile":{"coaNumber":"12345678","azcLocation":"AZC Zweeloo","residencePermitType":"ASYLUM_TEMPORARY",
                   "education":"Middelbare school afgerond"}}""".formatted(bsn, linked);
        String location = mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("LINKED"))
                .andExpect(jsonPath("$.municipalityCode").value("0629"))
                .andExpect(jsonPath("$.consultant").value(TestData.CONSULTANT_WASSENAAR))
                .andExpect(jsonPath("$.stepDates.LINKED").value(linked))
                .andExpect(jsonPath("$.householdMembers[0].name").value("Helen Tekle"))
                .andExpect(jsonPath("$.coaProfile.azcLocation").value("AZC Zweeloo"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/dossiers/");

        mvc.perform(post(location + "/lifecycle-steps").with(as(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"WARM_HANDOVER_HELD\",\"date\":\"%s\",\"reason\":\"In AZC met tolk\",\"version\":0}"
                                .formatted(LocalDate.now().minusDays(5))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WARM_HANDOVER_HELD"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.allowedNextStates", hasItem("HOUSED")));

        mvc.perform(get(location + "/events").with(as(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.events[0].summary").value("Gekoppeld → Warme overdracht gehouden"))
                .andExpect(jsonPath("$._embedded.events[0].actor").value(TestData.CONSULTANT_WASSENAAR))
                .andExpect(jsonPath("$._embedded.events[0].reason").value("In AZC met tolk"))
                .andExpect(jsonPath("$._embedded.events[0].occurredAt").isString());
    }

    @Test
    void invalidBsnIsRefusedInDutchAndNothingIsWritten() throws Exception {
        long before = dossierCount();
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn":"123456789","givenNames":"A","familyName":"B","birthDate":"1990-01-01","nationality":"SYR",
                                 "targetGroup":"ASYLUM_PERMIT_HOLDER","contactLanguage":"ar","interpreterNeeded":false,
                                 "linkedOn":"2026-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Ongeldige invoer"))
                .andExpect(jsonPath("$.detail").value("Dit BSN voldoet niet aan de elfproef; controleer het nummer."))
                .andExpect(jsonPath("$.invalidParams[0].name").value("bsn"));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void everyProblemWithANewDossierIsNamed() throws Exception {
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn":"%s","givenNames":"","familyName":"B","birthDate":"2999-01-01","nationality":"syria",
                                 "targetGroup":"FAMILY_MIGRANT","contactLanguage":"arabic","interpreterNeeded":false}"""
                                .formatted(TestData.freshBsn())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", org.hamcrest.Matchers.containsInAnyOrder(
                        "givenNames", "birthDate", "nationality", "contactLanguage", "brpRegisteredOn")));
    }

    @Test
    void malformedDateAndUnknownEnumAreExplainedPerField() throws Exception {
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"birthDate\":\"17-05-1990\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("birthDate"))
                .andExpect(jsonPath("$.detail", containsString("JJJJ-MM-DD")));
        mvc.perform(get("/api/v1/dossiers?state=NONSENSE").with(as(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("state"))
                .andExpect(jsonPath("$.detail", containsString("IN_ROUTE")));
    }

    @Test
    void unknownOrForeignMunicipalityOversizedFieldsAndMalformedJsonAreRefused() throws Exception {
        long before = dossierCount();
        String body = """
                {"municipalityCode":"%s","bsn":"%s","givenNames":"%s","familyName":"Haddad","birthDate":"1990-01-01",
                 "nationality":"SYR","targetGroup":"ASYLUM_PERMIT_HOLDER","contactLanguage":"ar","interpreterNeeded":false,
                 "linkedOn":"2026-01-01"}""";
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(TestData.UNKNOWN_MUNICIPALITY, TestData.freshBsn(), "Rasha")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("municipalityCode"))
                .andExpect(jsonPath("$.detail", containsString("Onbekende gemeentecode '" + TestData.UNKNOWN_MUNICIPALITY + "'")));
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("0626", TestData.freshBsn(), "Rasha")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("U kunt alleen dossiers aanmaken voor uw eigen gemeente (0629)."));
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("0629", TestData.freshBsn(), "R".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("givenNames"))
                .andExpect(jsonPath("$.detail").value("Maximaal 200 tekens (nu 201)."));
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"111222333\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("De inhoud van het verzoek is geen geldige JSON."));
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetGroup\": \"REFUGEE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("targetGroup"))
                .andExpect(jsonPath("$.detail", containsString("ASYLUM_PERMIT_HOLDER, FAMILY_MIGRANT, OTHER_MIGRANT")));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void duplicateBsnInTheSameMunicipalityIsRefused() throws Exception {
        String bsn = TestData.freshBsn();
        String body = """
                {"bsn":"%s","givenNames":"Ayşe","familyName":"Yılmaz","birthDate":"1992-01-01","nationality":"TUR",
                 "targetGroup":"FAMILY_MIGRANT","contactLanguage":"tr","interpreterNeeded":false,"brpRegisteredOn":"%s"}"""
                .formatted(bsn, LocalDate.now().minusDays(3));
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("BRP_REGISTERED"));
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_WASSENAAR)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Er is in uw gemeente al een dossier met dit BSN."));
        // Another municipality may have its own dossier for the same person (after a move).
        mvc.perform(post("/api/v1/dossiers").with(as(TestData.CONSULTANT_VOORSCHOTEN)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void illegalTransitionIsRefusedWithTheReason() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(post("/api/v1/dossiers/" + id + "/lifecycle-steps").with(as(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"PLAN_ESTABLISHED\",\"date\":\"%s\",\"version\":0}".formatted(LocalDate.now())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Stap niet toegestaan"))
                .andExpect(jsonPath("$.detail").value(
                        "Van 'Gekoppeld' kan een dossier niet naar 'PIP vastgesteld'. Mogelijk is: 'Warme overdracht gehouden' of 'Gehuisvest' of 'Gesloten'."));
        assertThat(jdbc.sql("SELECT state FROM dossier WHERE id = ?").param(id).query(String.class).single()).isEqualTo("LINKED");
    }

    @Test
    void aStepWithItsOwnScreenIsRefusedByTheGenericStepAndSaysWhereToGo() throws Exception {
        UUID id = data.wassenaarDossierLinkedOn(LocalDate.now().minusDays(60));
        long v = 0;
        for (String state : List.of("HOUSED", "BRP_REGISTERED", "INTAKE_IN_PROGRESS")) {
            mvc.perform(post("/api/v1/dossiers/" + id + "/lifecycle-steps").with(as(TestData.CONSULTANT_WASSENAAR))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"state\":\"%s\",\"date\":\"%s\",\"version\":%d}".formatted(state, LocalDate.now().minusDays(10), v)))
                    .andExpect(status().isOk());
            v++;
        }
        mvc.perform(post("/api/v1/dossiers/" + id + "/lifecycle-steps").with(as(TestData.CONSULTANT_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"PLAN_ESTABLISHED\",\"date\":\"%s\",\"version\":%d}".formatted(LocalDate.now(), v)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("state"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("op de pagina 'PIP'")));
        assertThat(jdbc.sql("SELECT state FROM dossier WHERE id = ?").param(id).query(String.class).single()).isEqualTo("INTAKE_IN_PROGRESS");
    }

    @Test
    void staleVersionGetsAConflictAndChangesNothing() throws Exception {
        UUID id = data.wassenaarDossier();
        String step = "{\"state\":\"HOUSED\",\"date\":\"%s\",\"version\":0}".formatted(LocalDate.now());
        mvc.perform(post("/api/v1/dossiers/" + id + "/lifecycle-steps").with(as(TestData.CONSULTANT_WASSENAAR))
                .contentType(MediaType.APPLICATION_JSON).content(step)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/dossiers/" + id + "/lifecycle-steps").with(as(TestData.TEAM_LEAD_WASSENAAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"CLOSED\",\"closureReason\":\"MOVED\",\"date\":\"%s\",\"version\":0}".formatted(LocalDate.now())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("intussen gewijzigd door " + TestData.CONSULTANT_WASSENAAR)));
        mvc.perform(get("/api/v1/dossiers/" + id).with(as(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(jsonPath("$.state").value("HOUSED"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void listIsPagedAndFiltered() throws Exception {
        for (int i = 0; i < 3; i++) {
            data.wassenaarDossier();
        }
        mvc.perform(get("/api/v1/dossiers?state=LINKED&consultant=" + TestData.CONSULTANT_WASSENAAR + "&page=1&pageSize=2")
                        .with(as(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.dossiers.length()").value(2))
                .andExpect(jsonPath("$._embedded.dossiers[*].state", not(hasItem("HOUSED"))))
                .andExpect(jsonPath("$._embedded.dossiers[0].consultant").value(TestData.CONSULTANT_WASSENAAR))
                .andExpect(jsonPath("$.page.size").value(2))
                .andExpect(jsonPath("$._links.next.href", containsString("page=2")))
                .andExpect(jsonPath("$._links.self.href", containsString("state=LINKED")));
        mvc.perform(get("/api/v1/dossiers?pageSize=500").with(as(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("pageSize"));
        mvc.perform(get("/api/v1/dossiers?page=0").with(as(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Regie API"))
                .andExpect(jsonPath("$.paths['/api/v1/dossiers'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/dossiers'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/dossiers/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/dossiers/{id}/lifecycle-steps'].post").exists());
    }

    @Test
    void apiWithoutCredentialsGets401AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/dossiers"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").isString());
        mvc.perform(get("/api/v1/dossiers").with(httpBasic(TestData.CONSULTANT_WASSENAAR, "fout")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.detail").value("Gebruikersnaam of wachtwoord onjuist."));
    }
}
