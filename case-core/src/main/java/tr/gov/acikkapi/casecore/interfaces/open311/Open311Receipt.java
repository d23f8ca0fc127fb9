package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer to a created request: its tracking number and a notice for the citizen. */
@JsonbPropertyOrder({"serviceRequestId", "serviceNotice", "accountId"})
public record Open311Receipt(@JsonbNillable @JsonbProperty("service_request_id") String serviceRequestId,
                             @JsonbNillable @JsonbProperty("service_notice") String serviceNotice,
                             @JsonbNillable @JsonbProperty("account_id") String accountId) {
}
