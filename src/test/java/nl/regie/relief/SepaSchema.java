package nl.regie.relief;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates a payment file against the official ISO 20022 {@code pain.001.001.09.xsd}, which sits at the root of
 * {@code com.github.hbci4j:hbci4j-core} (a test dependency, used for nothing else).
 */
public final class SepaSchema {

    private static Schema schema;

    private SepaSchema() {
    }

    static synchronized Schema schema() throws Exception {
        if (schema == null) {
            URL xsd = SepaSchema.class.getClassLoader().getResource("pain.001.001.09.xsd");
            if (xsd == null) {
                throw new IllegalStateException("pain.001.001.09.xsd niet op het classpath (hbci4j-core in test scope)");
            }
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = f.newSchema(xsd);
        }
        return schema;
    }

    /** Every error and warning of the validation; empty when the file is valid. */
    public static List<String> failures(byte[] xml) throws Exception {
        List<String> out = new ArrayList<>();
        Validator v = schema().newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                out.add("waarschuwing r" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                out.add("fout r" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                out.add("fataal r" + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return out;
    }
}
