package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/**
 * Open311 service discovery ({@code <discovery>}, {@code discovery.xml} / {@code discovery.json}): where a client
 * starts. It names the GeoReport v2 endpoints (production, test), their formats, when they last changed, whom to
 * contact and where a key is had.
 */
@JsonbPropertyOrder({"changeset", "contact", "keyService", "endpoints"})
@XmlRootElement(name = "discovery")
@XmlType(propOrder = {"changeset", "contact", "keyService", "endpoints"})
public final class Open311Discovery {

    /** The specification an endpoint implements, as the discovery spec names GeoReport v2. */
    public static final String GEOREPORT_V2 = "http://wiki.open311.org/GeoReport_v2";

    @JsonbProperty("changeset")
    @XmlElement(name = "changeset")
    private String changeset;
    @JsonbProperty("contact")
    @XmlElement(name = "contact")
    private String contact;
    @JsonbProperty("key_service")
    @XmlElement(name = "key_service")
    private String keyService;
    @JsonbProperty("endpoints")
    @XmlElementWrapper(name = "endpoints")
    @XmlElement(name = "endpoint")
    private List<Endpoint> endpoints;

    private Open311Discovery() {
    }

    /** The discovery document. */
    public static Open311Discovery of(String changeset, String contact, String keyService, List<Endpoint> endpoints) {
        Open311Discovery discovery = new Open311Discovery();
        discovery.changeset = changeset;
        discovery.contact = contact;
        discovery.keyService = keyService;
        discovery.endpoints = List.copyOf(endpoints);
        return discovery;
    }

    /** One endpoint ({@code <endpoint>}): the spec it implements, its base URL, last change, type and formats. */
    @JsonbPropertyOrder({"specification", "url", "changeset", "type", "formats"})
    @XmlType(name = "endpoint", propOrder = {"specification", "url", "changeset", "type", "formats"})
    public static final class Endpoint {

        @JsonbProperty("specification")
        @XmlElement(name = "specification")
        private String specification;
        @JsonbProperty("url")
        @XmlElement(name = "url")
        private String url;
        @JsonbProperty("changeset")
        @XmlElement(name = "changeset")
        private String changeset;
        @JsonbProperty("type")
        @XmlElement(name = "type")
        private String type;
        @JsonbProperty("formats")
        @XmlElementWrapper(name = "formats")
        @XmlElement(name = "format")
        private List<String> formats;

        private Endpoint() {
        }

        /**
         * A GeoReport v2 endpoint serving both formats.
         *
         * @param type {@code production} or {@code test}
         */
        public static Endpoint geoReportV2(String url, String changeset, String type) {
            Endpoint endpoint = new Endpoint();
            endpoint.specification = GEOREPORT_V2;
            endpoint.url = url;
            endpoint.changeset = changeset;
            endpoint.type = type;
            endpoint.formats = List.of(Open311Format.XML.contentType(), Open311Format.JSON.contentType());
            return endpoint;
        }
    }
}
