package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer to a created request: its tracking number and a notice for the citizen. */
@JsonbPropertyOrder({"serviceRequestId", "serviceNotice", "accountId"})
public record Open311Receipt(@JsonbProperty("service_request_id") String serviceRequestId,
                             @JsonbProperty("service_notice") String serviceNotice,
                             @JsonbProperty("account_id") String accountId) {
}
