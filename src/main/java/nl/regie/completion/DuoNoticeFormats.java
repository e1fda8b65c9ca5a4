package nl.regie.completion;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Renders one {@link DuoNotice} as JSON and as XML, and checks the XML against {@code duo/duo-notice.xsd} before
 * it is stored: a notice that does not match its published schema is never written. Its own JSON settings (not the
 * application's ObjectMapper) so that the message format cannot change with an unrelated configuration change.
 */
@Component
class DuoNoticeFormats {

    static final String XSD = "duo/duo-notice.xsd";

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final Schema schema = loadSchema();

    String json(DuoNotice n) {
        try {
            return json.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Melding aan DUO kon niet als JSON worden opgemaakt", e);
        }
    }

    String xml(DuoNotice n) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            Xml x = new Xml(w);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            // Children are unprefixed and so in the default namespace declared on the root.
            w.writeStartElement("duoNotice");
            w.writeDefaultNamespace(DuoNotice.XML_NAMESPACE);
            x.leaf(1, "schemaVersion", n.schemaVersion());
            x.leaf(1, "noticeId", n.noticeId());
            x.leaf(1, "createdAt", n.createdAt());
            x.start(1, "sender");
            x.leaf(2, "municipalityCode", n.sender().municipalityCode());
            x.leaf(2, "municipalityName", n.sender().municipalityName());
            x.leaf(2, "contactPerson", n.sender().contactPerson());
            x.end(1);
            x.start(1, "newcomer");
            x.leaf(2, "bsn", n.newcomer().bsn());
            x.end(1);
            x.leaf(1, "municipalReference", n.municipalReference());
            x.leaf(1, "learningRoute", n.learningRoute().name());
            x.leaf(1, "firstPlanDatedOn", n.firstPlanDatedOn());
            DuoNotice.Result r = n.completion();
            x.start(1, "completion");
            x.leaf(2, "outcome", r.outcome().name());
            x.leaf(2, "completedOn", r.completedOn());
            if (r.examParts() != null) {
                x.start(2, "examParts");
                for (ExamPartResult p : r.examParts()) {
                    x.start(3, "examPart");
                    x.leaf(4, "part", p.part().name());
                    x.leaf(4, "level", p.level() == null ? null : p.level().name());
                    x.end(3);
                }
                x.end(2);
            }
            x.leaf(2, "finalInterviewOn", r.finalInterviewOn());
            x.leaf(2, "programmeProvider", r.programmeProvider());
            if (r.duoDecision() != null) {
                x.start(2, "duoDecision");
                x.leaf(3, "decidedOn", r.duoDecision().decidedOn());
                x.leaf(3, "reference", r.duoDecision().reference());
                x.end(2);
            }
            x.end(1);
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Melding aan DUO kon niet als XML worden opgemaakt", e);
        }
        return out + "\n";
    }

    /** @throws IllegalStateException when the XML does not match the schema (a programming error, never input) */
    void requireValid(String xml) {
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new IllegalStateException("Melding aan DUO voldoet niet aan " + XSD + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema loadSchema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = DuoNoticeFormats.class.getClassLoader().getResource(XSD);
            if (xsd == null) {
                throw new IllegalStateException(XSD + " ontbreekt op het classpath");
            }
            return f.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(XSD + " is geen geldig XML-schema", e);
        }
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Indented elements; an absent (null) value writes no element, as in the JSON. */
    private record Xml(XMLStreamWriter w) {
        void start(int depth, String name) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeStartElement(name);
        }

        void end(int depth) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeEndElement();
        }

        void leaf(int depth, String name, Object value) throws XMLStreamException {
            if (value == null) {
                return;
            }
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeStartElement(name);
            w.writeCharacters(value.toString());
            w.writeEndElement();
        }
    }
}
