package tr.gov.acikkapi.it;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;

/**
 * An XML answer read as any XML client reads it: parsed by the JDK's JAXP (no DTDs, no external entities) and
 * queried by XPath on the element names the specification gives, nothing of ours.
 */
record XmlAnswer(Document document) {

    static XmlAnswer parse(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XmlAnswer(factory.newDocumentBuilder().parse(new InputSource(new StringReader(body))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + body, e);
        }
    }

    /** The string value of an XPath expression ("" when it selects nothing). */
    String at(String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** How many nodes an XPath expression selects. */
    int count(String xpath) {
        return (int) Double.parseDouble(at("count(" + xpath + ")"));
    }

    /** True when the element is present and marked nil (the XML form of JSON's null). */
    boolean nil(String xpath) {
        return "true".equals(at(xpath + "/@*[local-name()='nil' and namespace-uri()='" + XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI + "']"));
    }
}
