package app.kasus.interchange.refiqda;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin StAX writer for REFI-QDA documents: one namespace, attributes skipped when null. */
final class QdaXml implements AutoCloseable {

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    static final String ORIGIN = "Kasus";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;
    private final String namespace;

    QdaXml(OutputStream out, String namespace) {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            this.namespace = namespace;
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the root element, declaring the namespace on it. */
    QdaXml root(String name) {
        try {
            xml.writeStartElement(namespace, name);
            xml.writeDefaultNamespace(namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    QdaXml start(String name) {
        try {
            xml.writeStartElement(namespace, name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    QdaXml empty(String name) {
        try {
            xml.writeEmptyElement(namespace, name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    QdaXml attr(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, value instanceof Instant instant
                    ? DATE_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS)) : clean(value.toString()));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only text. */
    QdaXml text(String name, String text) {
        try {
            xml.writeStartElement(namespace, name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    QdaXml end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** XML 1.0 cannot carry most control characters, even escaped; they have no place in case text anyway. */
    static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
