package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import tr.gov.acikkapi.casecore.application.ApplicationListing;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;

/**
 * An application as an Open311 service request. Lists go to any channel and mix citizens, so no personal
 * data is given: {@code description} is always null (the JSON API shows it by tracking number), the address
 * is only district and province, and there is no position.
 */
@JsonbPropertyOrder({"serviceRequestId", "status", "statusNotes", "serviceName", "serviceCode", "description",
        "agencyResponsible", "serviceNotice", "requestedDatetime", "updatedDatetime", "expectedDatetime", "address",
        "addressId", "zipcode", "lat", "longitude", "mediaUrl"})
public record Open311ServiceRequest(@JsonbProperty("service_request_id") String serviceRequestId,
                                    @JsonbProperty("status") String status,
                                    @JsonbProperty("status_notes") String statusNotes,
                                    @JsonbProperty("service_name") String serviceName,
                                    @JsonbProperty("service_code") String serviceCode,
                                    @JsonbProperty("description") String description,
                                    @JsonbProperty("agency_responsible") String agencyResponsible,
                                    @JsonbProperty("service_notice") String serviceNotice,
                                    @JsonbProperty("requested_datetime") String requestedDatetime,
                                    @JsonbProperty("updated_datetime") String updatedDatetime,
                                    @JsonbProperty("expected_datetime") String expectedDatetime,
                                    @JsonbProperty("address") String address,
                                    @JsonbProperty("address_id") String addressId,
                                    @JsonbProperty("zipcode") String zipcode,
                                    @JsonbProperty("lat") Double lat,
                                    @JsonbProperty("long") Double longitude,
                                    @JsonbProperty("media_url") String mediaUrl) {

    public static Open311ServiceRequest of(ApplicationListing listing) {
        ApplicationSummary s = listing.summary();
        String address = listing.district().map(d -> d + ", " + s.provinceName()).orElse(s.provinceName());
        return new Open311ServiceRequest(s.trackingNumber().value(), Open311Status.of(s.status()).value(), s.status().label(),
                s.applicationTypeName(), listing.applicationTypeCode(), null, s.unitName().orElse(null), null,
                IstanbulTime.iso(s.registeredAt()), IstanbulTime.iso(listing.lastChangedAt()), IstanbulTime.iso(s.deadlineAt()),
                address, null, null, null, null, null);
    }
}
