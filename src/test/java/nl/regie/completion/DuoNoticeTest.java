package nl.regie.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.regie.IntegrationTest;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.CompletionType;
import nl.regie.dossier.DossierQueries;
import nl.regie.rules.LearningRoute;

/** The notice to DUO: the XML validates against the published XSD, the JSON carries every field, both agree. */
class DuoNoticeTest extends IntegrationTest {

    static final String NS = "https://regie.nl/schema/duo-melding/v1";

    @Autowired
    CompletionFixtures fixtures;

    @Autowired
    RegisteringCompletion registering;

    @Autowired
    Completions completions;

    @Autowired
    DossierQueries dossiers;

    private final LocalDate today = LocalDate.now();

    /** Validates with a schema built here from the XSD file, independently of the production check. */
    static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = f.newSchema(new StreamSource(DuoNoticeTest.class.getClassLoader().getResource("duo/duo-notice.xsd").toString()));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private String body(UUID id, NoticeFormat format) {
        return new String(completions.notice(fixtures.consultant(), id, format).body(), StandardCharsets.UTF_8);
    }

    @Test
    void theXmlOfEveryOutcomeValidatesAgainstTheXsd() throws Exception {
        List<UUID> ids = new ArrayList<>();
        UUID b1 = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        registering.register(fixtures.consultant(), b1, fixtures.version(b1), new CompletionInput(CompletionType.EXAM, today, null,
                CompletionFixtures.allParts(), null, null, null, null, null));
        ids.add(b1);
        UUID z = fixtures.inRoute(LearningRoute.SELF_RELIANCE, today.minusDays(400));
        registering.register(fixtures.consultant(), z, fixtures.version(z), new CompletionInput(CompletionType.FINAL_INTERVIEW, today,
                null, List.of(new ExamPartResult(ExamPart.KNM, null)), today.minusDays(5), null, null, null, null));
        ids.add(z);
        UUID edu = fixtures.inRoute(LearningRoute.EDUCATION, today.minusDays(400));
        registering.register(fixtures.consultant(), edu, fixtures.version(edu), new CompletionInput(
                CompletionType.LANGUAGE_SWITCH_PROGRAMME, today, null, List.of(), null, "ROC Mondriaan & Partners <Leiden>", null, null, null));
        ids.add(edu);
        UUID vrij = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        registering.register(fixtures.consultant(), vrij, fixtures.version(vrij), new CompletionInput(CompletionType.EXEMPTION,
                today, null, List.of(), null, null, today.minusDays(1), "VR-2026.001", null));
        ids.add(vrij);
        for (UUID id : ids) {
            String xml = body(id, NoticeFormat.XML);
            validate(xml);
            assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<duoNotice xmlns=\"" + NS + "\">");
        }
        assertThat(body(edu, NoticeFormat.XML)).contains("<programmeProvider>ROC Mondriaan &amp; Partners &lt;Leiden&gt;</programmeProvider>");
    }

    @Test
    void theSchemaRejectsWhatDuoWouldNotAccept() throws Exception {
        UUID id = fixtures.inRoute(LearningRoute.B1, today.minusDays(400));
        registering.register(fixtures.consultant(), id, fixtures.version(id), new CompletionInput(CompletionType.EXAM, today, null,
                CompletionFixtures.allParts(), null, null, null, null, null));
        String xml = body(id, NoticeFormat.XML);
        String bsn = dossiers.get(fixtures.consultant(), id, "test", Channel.UI).bsn().value();
        assertThatThrownBy(() -> validate(xml.replace("<bsn>" + bsn + "</bsn>", "<bsn>" + bsn.substring(1) + "</bsn>")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(xml.replace("<learningRoute>B1</learningRoute>", "<learningRoute>C1</learningRoute>")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(xml.replace("<municipalityCode>0629</municipalityCode>", "")))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void theJsonCarriesEveryFieldAndAgreesWithTheXml() throws Exception {
        LocalDate pip = today.minusDays(400);
        UUID id = fixtures.inRoute(LearningRoute.B1, pip);
        registering.register(fixtures.consultant(), id, fixtures.version(id), new CompletionInput(CompletionType.EXAM,
                today.minusDays(2), null, CompletionFixtures.allParts(), today.minusDays(9), "niet relevant", null, null, "intern"));
        String bsn = dossiers.get(fixtures.consultant(), id, "test", Channel.UI).bsn().value();
        StoredNotice stored = completions.overview(fixtures.consultant(), id).notice().orElseThrow();

        // Kept for a human to look at, as the letters are (target/letters).
        java.nio.file.Path out = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "duo"));
        java.nio.file.Files.writeString(out.resolve("duo-notice-exam.json"), body(id, NoticeFormat.JSON));
        java.nio.file.Files.writeString(out.resolve("duo-notice-exam.xml"), body(id, NoticeFormat.XML));

        JsonNode j = new ObjectMapper().readTree(body(id, NoticeFormat.JSON));
        assertThat(j.get("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(j.get("noticeId").asText()).isEqualTo(stored.noticeId().toString());
        assertThat(java.time.Instant.parse(j.get("createdAt").asText())).isEqualTo(stored.createdAt());
        assertThat(j.at("/sender/municipalityCode").asText()).isEqualTo("0629");
        assertThat(j.at("/sender/municipalityName").asText()).isEqualTo("Wassenaar");
        assertThat(j.at("/sender/contactPerson").asText()).isEqualTo("Test Consulent Wassenaar");
        assertThat(j.at("/newcomer/bsn").asText()).isEqualTo(bsn);
        assertThat(j.at("/newcomer").size()).as("nothing but the BSN about the person").isEqualTo(1);
        assertThat(j.get("municipalReference").asText()).isEqualTo(id.toString());
        assertThat(j.get("learningRoute").asText()).isEqualTo("B1");
        assertThat(j.get("firstPlanDatedOn").asText()).isEqualTo(pip.toString());
        JsonNode c = j.get("completion");
        assertThat(c.get("outcome").asText()).isEqualTo("EXAM");
        assertThat(c.get("completedOn").asText()).isEqualTo(today.minusDays(2).toString());
        assertThat(c.get("examParts")).hasSize(5);
        assertThat(c.at("/examParts/0/part").asText()).isEqualTo("READING");
        assertThat(c.at("/examParts/0/level").asText()).isEqualTo("B1");
        assertThat(c.at("/examParts/2/level").asText()).isEqualTo("A2");
        assertThat(c.at("/examParts/4/part").asText()).isEqualTo("KNM");
        assertThat(c.at("/examParts/4").has("level")).as("KNM has no level").isFalse();
        assertThat(c.has("finalInterviewOn")).as("fields of other outcomes are absent").isFalse();
        assertThat(c.has("programmeProvider")).isFalse();
        assertThat(c.has("duoDecision")).isFalse();
        assertThat(j.toString()).as("internal remarks stay out of the notice").doesNotContain("intern");
        assertThat(DuoNoticeFormats.sha256(body(id, NoticeFormat.JSON))).isEqualTo(stored.sha256Json());

        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document x = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(body(id, NoticeFormat.XML).getBytes(StandardCharsets.UTF_8)));
        assertThat(text(x, "noticeId")).isEqualTo(j.get("noticeId").asText());
        assertThat(text(x, "createdAt")).isEqualTo(j.get("createdAt").asText());
        assertThat(text(x, "bsn")).isEqualTo(bsn);
        assertThat(text(x, "municipalityCode")).isEqualTo("0629");
        assertThat(text(x, "firstPlanDatedOn")).isEqualTo(j.get("firstPlanDatedOn").asText());
        assertThat(text(x, "completedOn")).isEqualTo(c.get("completedOn").asText());
        assertThat(x.getElementsByTagNameNS(NS, "examPart").getLength()).isEqualTo(5);
        assertThat(x.getElementsByTagNameNS(NS, "level").getLength()).isEqualTo(4);
    }

    @Test
    void aDuoDecisionIsInTheNotice() throws Exception {
        UUID id = fixtures.inRoute(LearningRoute.SELF_RELIANCE, today.minusDays(400));
        registering.register(fixtures.consultant(), id, fixtures.version(id), new CompletionInput(CompletionType.DISPENSATION,
                today, null, CompletionFixtures.allParts(), null, null, today.minusDays(6), "DUO/2026/0042", null));
        JsonNode c = new ObjectMapper().readTree(body(id, NoticeFormat.JSON)).get("completion");
        assertThat(c.get("outcome").asText()).isEqualTo("DISPENSATION");
        assertThat(c.at("/duoDecision/decidedOn").asText()).isEqualTo(today.minusDays(6).toString());
        assertThat(c.at("/duoDecision/reference").asText()).isEqualTo("DUO/2026/0042");
        assertThat(c.has("examParts")).as("exam parts belong to the exam and the Z-route only").isFalse();
        validate(body(id, NoticeFormat.XML));
    }

    private static String text(Document d, String element) {
        return d.getElementsByTagNameNS(NS, element).item(0).getTextContent();
    }
}
