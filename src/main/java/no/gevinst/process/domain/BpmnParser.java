package no.gevinst.process.domain;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.gevinst.shared.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a BPMN document before anything else reads it. The size is bounded before parsing; the parser refuses any
 * DOCTYPE (so no entity, internal or external, is ever expanded: no XXE, no billion laughs), resolves nothing
 * outside the document and follows no XInclude. The root must be BPMN 2.0's {@code definitions} holding at least one
 * process or collaboration. Every refusal names the field the document came in.
 */
final class BpmnParser {

    /** The most a diagram may hold, in bytes of UTF-8: far beyond any drawn process, well within a page's form. */
    static final int MAX_BYTES = 1_048_576;

    static final String MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private BpmnParser() {}

    /** The checked document's model, or an InvalidInputException naming the field. */
    static BpmnModel parse(String xml, String field) {
        if (xml == null || xml.isBlank()) {
            throw InvalidInputException.of(field, "process.bpmn.required");
        }
        int bytes = xml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw InvalidInputException.of(field, "process.bpmn.tooLarge", MAX_BYTES / 1024, bytes / 1024);
        }
        Element root = document(xml, field).getDocumentElement();
        if (!MODEL_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
            throw InvalidInputException.of(field, "process.bpmn.notBpmn");
        }
        BpmnModel model = BpmnReader.read(root);
        if (model == null) {
            throw InvalidInputException.of(field, "process.bpmn.noProcess");
        }
        if (model.steps().size() > BpmnReader.MAX_ELEMENTS || model.shapes().size() > BpmnReader.MAX_ELEMENTS) {
            throw InvalidInputException.of(field, "process.bpmn.tooMany", BpmnReader.MAX_ELEMENTS);
        }
        return model;
    }

    private static Document document(String xml, String field) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("No external entities");
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw InvalidInputException.of(field, "process.bpmn.malformed");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The secure XML parser cannot be configured", e);
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
