package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** A service definition: no attributes are declared (services have {@code metadata=false}). */
@JsonbPropertyOrder({"serviceCode", "attributes"})
public record Open311ServiceDefinition(@JsonbProperty("service_code") String serviceCode,
                                       @JsonbProperty("attributes") List<Object> attributes) {

    public static Open311ServiceDefinition of(String serviceCode) {
        return new Open311ServiceDefinition(serviceCode, List.of());
    }
}
