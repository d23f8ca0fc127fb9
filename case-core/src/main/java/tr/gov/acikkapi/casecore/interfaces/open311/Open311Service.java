package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;

import java.util.Locale;

/**
 * One application type as an Open311 service: {@code service_code} is the type's code ("SAG-01"), {@code group}
 * its topic heading. No metadata (the extra fields every request takes are documented, not declared), realtime
 * (a request gets its tracking number at once).
 */
@JsonbPropertyOrder({"serviceCode", "serviceName", "description", "metadata", "type", "keywords", "group"})
public record Open311Service(@JsonbProperty("service_code") String serviceCode,
                             @JsonbProperty("service_name") String serviceName,
                             @JsonbProperty("description") String description,
                             @JsonbProperty("metadata") boolean metadata,
                             @JsonbProperty("type") String type,
                             @JsonbProperty("keywords") String keywords,
                             @JsonbProperty("group") String group) {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    public static Open311Service of(CatalogueEntry entry) {
        return new Open311Service(entry.typeCode(), entry.typeName(),
                entry.typeName() + " (konu: " + entry.topicName() + "; sorun alanı: " + entry.problemArea().label() + ")",
                false, "realtime",
                entry.topicCode() + ", " + entry.topicName().toLowerCase(TURKISH) + ", " + entry.problemArea().label().toLowerCase(TURKISH),
                entry.topicName());
    }
}
