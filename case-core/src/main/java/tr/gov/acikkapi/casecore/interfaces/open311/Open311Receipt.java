package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The answer to a created request ({@code <request>}): its tracking number and a notice for the citizen. */
@JsonbPropertyOrder({"serviceRequestId", "serviceNotice", "accountId"})
@XmlType(name = "receipt", propOrder = {"serviceRequestId", "serviceNotice", "accountId"})
public final class Open311Receipt {

    @JsonbNillable @JsonbProperty("service_request_id") @XmlElement(name = "service_request_id", nillable = true)
    private String serviceRequestId;
    @JsonbNillable @JsonbProperty("service_notice") @XmlElement(name = "service_notice", nillable = true)
    private String serviceNotice;
    @JsonbNillable @JsonbProperty("account_id") @XmlElement(name = "account_id", nillable = true)
    private String accountId;

    private Open311Receipt() {
    }

    /** The receipt of a new request; Açık Kapı has no accounts, so {@code account_id} is null. */
    public static Open311Receipt of(String serviceRequestId, String serviceNotice) {
        Open311Receipt receipt = new Open311Receipt();
        receipt.serviceRequestId = serviceRequestId;
        receipt.serviceNotice = serviceNotice;
        return receipt;
    }
}
