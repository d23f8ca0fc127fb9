package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;

import java.util.Locale;

/**
 * One application type as an Open311 service ({@code <service>}): {@code service_code} is the type's code
 * ("SAG-01"), {@code group} its topic heading. Every service has metadata (its definition declares the attributes a
 * request needs, see {@link Open311ServiceDefinition}) and is realtime (a request gets its tracking number at once).
 */
@JsonbPropertyOrder({"serviceCode", "serviceName", "description", "metadata", "type", "keywords", "group"})
@XmlType(name = "service", propOrder = {"serviceCode", "serviceName", "description", "metadata", "type", "keywords", "group"})
public final class Open311Service {

    @JsonbProperty("service_code")
    @XmlElement(name = "service_code")
    private String serviceCode;
    @JsonbProperty("service_name")
    @XmlElement(name = "service_name")
    private String serviceName;
    @JsonbProperty("description")
    @XmlElement(name = "description")
    private String description;
    @JsonbProperty("metadata")
    @XmlElement(name = "metadata")
    private boolean metadata;
    @JsonbProperty("type")
    @XmlElement(name = "type")
    private String type;
    @JsonbProperty("keywords")
    @XmlElement(name = "keywords")
    private String keywords;
    @JsonbProperty("group")
    @XmlElement(name = "group")
    private String group;

    private Open311Service() {
    }

    /** The service of a catalogue type. */
    public static Open311Service of(CatalogueEntry entry) {
        Locale turkish = Locale.forLanguageTag("tr");
        Open311Service service = new Open311Service();
        service.serviceCode = entry.typeCode();
        service.serviceName = entry.typeName();
        service.description = entry.typeName() + " (konu: " + entry.topicName() + "; sorun alanı: " + entry.problemArea().label() + ")";
        service.metadata = true;
        service.type = "realtime";
        service.keywords = entry.topicCode() + ", " + entry.topicName().toLowerCase(turkish) + ", "
                + entry.problemArea().label().toLowerCase(turkish);
        service.group = entry.topicName();
        return service;
    }

    /** The service code ("SAG-01"). */
    public String serviceCode() {
        return serviceCode;
    }
}
