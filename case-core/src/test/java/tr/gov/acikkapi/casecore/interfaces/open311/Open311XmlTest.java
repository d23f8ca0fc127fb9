package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Open311 answers as JAXB writes them: the spec's element names and nesting, read back with XPath only.
 */
class Open311XmlTest {

    private static final CatalogueEntry TYPE = new CatalogueEntry(101, "SAG-01", "Hastane randevusu alınamaması (MHRS)",
            ProblemArea.SERVICE_DELIVERY, 1, "SAG", "Sağlık");
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private static Document xml(Object root) throws Exception {
        StringWriter out = new StringWriter();
        JAXBContext.newInstance(root.getClass()).createMarshaller().marshal(root, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
    }

    private static String at(Document document, String path) throws Exception {
        return XPATH.evaluate(path, document);
    }

    @Test
    void theServiceListIsServicesOfService() throws Exception {
        Document services = xml(Open311Services.of(List.of(Open311Service.of(TYPE))));
        assertEquals("1", at(services, "count(/services/service)"));
        assertEquals("SAG-01", at(services, "/services/service/service_code"));
        assertEquals("Hastane randevusu alınamaması (MHRS)", at(services, "/services/service/service_name"));
        assertEquals("true", at(services, "/services/service/metadata"));
        assertEquals("realtime", at(services, "/services/service/type"));
        assertEquals("Sağlık", at(services, "/services/service/group"));
    }

    @Test
    void aDefinitionDeclaresTheRequiredAttributeAndTheListsValues() throws Exception {
        Document definition = xml(Open311ServiceDefinition.of("SAG-01"));
        assertEquals("SAG-01", at(definition, "/service_definition/service_code"));
        assertEquals("5", at(definition, "count(/service_definition/attributes/attribute)"));
        assertEquals("true", at(definition, "/service_definition/attributes/attribute[code='tc_kimlik_no']/required"));
        assertEquals("true", at(definition, "/service_definition/attributes/attribute[code='tc_kimlik_no']/variable"));
        assertEquals("string", at(definition, "/service_definition/attributes/attribute[code='tc_kimlik_no']/datatype"));
        assertEquals("1", at(definition, "/service_definition/attributes/attribute[code='tc_kimlik_no']/order"));
        assertEquals("singlevaluelist", at(definition, "/service_definition/attributes/attribute[code='kind']/datatype"));
        assertEquals("COMPLAINT", at(definition, "/service_definition/attributes/attribute[code='kind']/values/value[2]/key"));
        assertEquals("Şikayet / Complaint", at(definition, "/service_definition/attributes/attribute[code='kind']/values/value[2]/name"));
        assertEquals("false", at(definition, "/service_definition/attributes/attribute[code='required_fields']/variable"));
        assertEquals("true", at(definition,
                "contains(/service_definition/attributes/attribute[code='required_fields']/description, 'en fazla 4000 karakter')"));
    }

    @Test
    void discoveryNamesTheEndpointsWithTheirFormats() throws Exception {
        Document discovery = xml(Open311Discovery.of("2026-12-07T00:00:00Z", "contact", "keys", List.of(
                Open311Discovery.Endpoint.geoReportV2("https://example.org/open311/v2", "2026-12-07T00:00:00Z", "production"))));
        assertEquals("2026-12-07T00:00:00Z", at(discovery, "/discovery/changeset"));
        assertEquals("contact", at(discovery, "/discovery/contact"));
        assertEquals("keys", at(discovery, "/discovery/key_service"));
        assertEquals("http://wiki.open311.org/GeoReport_v2", at(discovery, "/discovery/endpoints/endpoint/specification"));
        assertEquals("https://example.org/open311/v2", at(discovery, "/discovery/endpoints/endpoint/url"));
        assertEquals("production", at(discovery, "/discovery/endpoints/endpoint/type"));
        assertEquals("text/xml", at(discovery, "/discovery/endpoints/endpoint/formats/format[1]"));
        assertEquals("application/json", at(discovery, "/discovery/endpoints/endpoint/formats/format[2]"));
    }

    @Test
    void errorsAndReceiptsHaveTheSpecsRoots() throws Exception {
        Document errors = xml(Open311ErrorList.of(List.of(Open311Error.of(403, "API anahtarı geçersiz."))));
        assertEquals("403", at(errors, "/errors/error/code"));
        assertEquals("API anahtarı geçersiz.", at(errors, "/errors/error/description"));
        Document receipts = xml(Open311Receipts.of(List.of(Open311Receipt.of("1000003561", "Başvurunuz alındı."))));
        assertEquals("1000003561", at(receipts, "/service_requests/request/service_request_id"));
        assertEquals("Başvurunuz alındı.", at(receipts, "/service_requests/request/service_notice"));
        assertEquals("1", at(receipts, "count(/service_requests/request/account_id)"), "present, nil");
    }

    @Test
    void everyAnswerClassIsBoundWithoutComplaint() throws JAXBException {
        JAXBContext.newInstance(Open311Services.class, Open311ServiceDefinition.class, Open311ServiceRequests.class,
                Open311Receipts.class, Open311ErrorList.class, Open311Discovery.class);
    }
}
