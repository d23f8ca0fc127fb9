package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import tr.gov.acikkapi.casecore.application.ApplicationListing;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;

/**
 * An application as an Open311 service request. Lists go to any channel and mix citizens, so no personal
 * data is given: {@code description} is always null (the JSON API shows it by tracking number), the address
 * is only district and province, and there is no position. Every field of the spec is written, null when empty
 * ({@link JsonbNillable} on each, since a renamed property is otherwise left out when null).
 */
@JsonbPropertyOrder({"serviceRequestId", "status", "statusNotes", "serviceName", "serviceCode", "description",
        "agencyResponsible", "serviceNotice", "requestedDatetime", "updatedDatetime", "expectedDatetime", "address",
        "addressId", "zipcode", "lat", "longitude", "mediaUrl"})
public record Open311ServiceRequest(@JsonbNillable @JsonbProperty("service_request_id") String serviceRequestId,
                                    @JsonbNillable @JsonbProperty("status") String status,
                                    @JsonbNillable @JsonbProperty("status_notes") String statusNotes,
                                    @JsonbNillable @JsonbProperty("service_name") String serviceName,
                                    @JsonbNillable @JsonbProperty("service_code") String serviceCode,
                                    @JsonbNillable @JsonbProperty("description") String description,
                                    @JsonbNillable @JsonbProperty("agency_responsible") String agencyResponsible,
                                    @JsonbNillable @JsonbProperty("service_notice") String serviceNotice,
                                    @JsonbNillable @JsonbProperty("requested_datetime") String requestedDatetime,
                                    @JsonbNillable @JsonbProperty("updated_datetime") String updatedDatetime,
                                    @JsonbNillable @JsonbProperty("expected_datetime") String expectedDatetime,
                                    @JsonbNillable @JsonbProperty("address") String address,
                                    @JsonbNillable @JsonbProperty("address_id") String addressId,
                                    @JsonbNillable @JsonbProperty("zipcode") String zipcode,
                                    @JsonbNillable @JsonbProperty("lat") Double lat,
                                    @JsonbNillable @JsonbProperty("long") Double longitude,
                                    @JsonbNillable @JsonbProperty("media_url") String mediaUrl) {

    public static Open311ServiceRequest of(ApplicationListing listing) {
        ApplicationSummary s = listing.summary();
        String address = listing.district().map(d -> d + ", " + s.provinceName()).orElse(s.provinceName());
        return new Open311ServiceRequest(s.trackingNumber().value(), Open311Status.of(s.status()).value(), s.status().label(),
                s.applicationTypeName(), listing.applicationTypeCode(), null, s.unitName().orElse(null), null,
                IstanbulTime.iso(s.registeredAt()), IstanbulTime.iso(listing.lastChangedAt()), IstanbulTime.iso(s.deadlineAt()),
                address, null, null, null, null, null);
    }
}
