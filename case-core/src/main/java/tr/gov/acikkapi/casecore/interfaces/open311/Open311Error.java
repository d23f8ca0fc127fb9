package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One entry of an Open311 error array: the HTTP status and a (Turkish) description. */
@JsonbPropertyOrder({"code", "description"})
public record Open311Error(@JsonbProperty("code") int code, @JsonbProperty("description") String description) {
}
