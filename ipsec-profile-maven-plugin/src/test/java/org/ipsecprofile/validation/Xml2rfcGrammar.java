package org.ipsecprofile.validation;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates XML documents against the RELAX NG grammar xml2rfc 3.32.0 checks every v3 document
 * with ({@code xml2rfc/v3.rng} in this package's test resources; see the README there), with Jing, checking ID and IDREF as the
 * grammar types them (unique anchors, existing {@code xref} targets). Well-formedness errors are
 * reported the same way. External DTDs are not read, and an external entity is an error, never
 * loaded.
 */
public final class Xml2rfcGrammar {

    /** The grammar's name in this package's test resources. */
    static final String GRAMMAR = "xml2rfc/v3.rng";

    /** One error: where it is (1-based line and column, -1 when unknown) and what is wrong. */
    public record Violation(int line, int column, String message) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    private static final Schema SCHEMA = loadSchema();

    private Xml2rfcGrammar() {}

    /** The errors in {@code xml}; empty when it is a valid xml2rfc v3 document. */
    public static List<Violation> validate(String xml) {
        InputSource input = new InputSource(new StringReader(xml));
        input.setSystemId("string:document.xml");
        return validate(input);
    }

    /** The errors in the file at {@code document}; empty when it is a valid xml2rfc v3 document. */
    public static List<Violation> validate(Path document) {
        return validate(ValidationDriver.fileInputSource(document.toFile()));
    }

    private static List<Violation> validate(InputSource input) {
        List<Violation> violations = new ArrayList<>();
        ErrorHandler collector = new CollectingErrorHandler(violations);
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collector);
        Validator validator = SCHEMA.createValidator(properties.toPropertyMap());
        try {
            XMLReader reader = parserFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(validator.getContentHandler());
            reader.setDTDHandler(validator.getDTDHandler());
            reader.setErrorHandler(collector);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " is not loaded");
            });
            reader.parse(input);
        } catch (SAXParseException e) {
            // a fatal error, already collected (the parser stops at the first one)
            if (violations.isEmpty()) {
                violations.add(violation(e));
            }
        } catch (SAXException | ParserConfigurationException e) {
            violations.add(new Violation(-1, -1, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(violations);
    }

    private static Schema loadSchema() {
        URL grammar = Xml2rfcGrammar.class.getResource(GRAMMAR);
        if (grammar == null) {
            throw new IllegalStateException("no test resource " + GRAMMAR + " beside " + Xml2rfcGrammar.class);
        }
        PropertyMapBuilder properties = new PropertyMapBuilder();
        RngProperty.CHECK_ID_IDREF.add(properties);
        List<Violation> problems = new ArrayList<>();
        properties.put(ValidateProperty.ERROR_HANDLER, new CollectingErrorHandler(problems));
        try {
            // by URL, so that the grammar's include of SVG-1.2-RFC.rng resolves beside it
            return SAXSchemaReader.getInstance()
                    .createSchema(new InputSource(grammar.toExternalForm()), properties.toPropertyMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException | IncorrectSchemaException e) {
            throw new IllegalStateException("cannot load the grammar " + grammar + ": " + problems, e);
        }
    }

    private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // external general entities reach the resolver, which refuses them with an error
        factory.setFeature("http://xml.org/sax/features/external-general-entities", true);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static Violation violation(SAXParseException e) {
        return new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }

    private record CollectingErrorHandler(List<Violation> violations) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) {
            violations.add(violation(e));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            violations.add(violation(e));
            throw e;
        }
    }
}
