package app.kasus.interchange;

import app.kasus.base.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * XML from uploads, read with everything that reaches beyond the document switched off: a DOCTYPE is refused
 * outright (so no entity can expand into a billion laughs or fetch a file or URL), secure processing is on,
 * XInclude off, and no external DTD or schema is loaded.
 */
public final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    /**
     * Parses a namespace-aware DOM.
     *
     * @param what names the document in error messages, e.g. "project.qde"
     * @throws InvalidInputException naming the problem: a DOCTYPE or entities, a wrong encoding, not well-formed
     */
    public static Document parse(byte[] xml, String field, String what) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new InvalidInputException(field, what + ": " + explain(e) + " (line " + e.getLineNumber() + ")");
        } catch (SAXException e) {
            throw new InvalidInputException(field, what + ": " + explain(e));
        } catch (CharConversionException e) {
            throw new InvalidInputException(field, what + ": not in the encoding it declares (UTF-8 unless "
                    + "it says otherwise): " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(field, what + ": cannot be read as XML (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    /** A schema (from the application's own resources) whose validators fetch nothing from outside. */
    public static Schema schema(java.net.URL xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the schema " + xsd, e);
        }
    }

    /** A validator of the schema that refuses a DOCTYPE and loads nothing external. */
    public static Validator validator(Schema schema) {
        Validator validator = schema.newValidator();
        try {
            validator.setFeature(DISALLOW_DOCTYPE, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML validator cannot be made safe", e);
        }
        validator.setErrorHandler(THROWING);
        return validator;
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static String explain(SAXException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "a DOCTYPE (with its entity declarations) is not allowed";
        }
        if (message.contains("Invalid byte") || message.contains("invalid byte")
                || message.contains("encoding")) {
            return "not in the encoding it declares (UTF-8 unless it says otherwise)";
        }
        return "not well-formed XML: " + message;
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
