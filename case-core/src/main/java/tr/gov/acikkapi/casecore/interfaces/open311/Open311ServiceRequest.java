package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationListing;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.domain.model.application.GeoPosition;
import tr.gov.acikkapi.casecore.domain.model.application.ReportedLocation;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;

import java.math.BigDecimal;
import java.net.URI;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An application as an Open311 service request ({@code <request>}), in its public form: what is not personal
 * (service, status, dates, agency) and a coarse location (district and province as the address, the position to
 * about a kilometre), never the citizen, the citizen's words, the address as typed nor the media link; or, read by a
 * channel with the citizen's proof, in the form the channel may show the citizen: the public form with the
 * description, the address as typed, the exact position and the media link (still no TC Kimlik No, no contact data
 * and no name: the spec has no field for them). Every field
 * of the spec is written, null when empty ({@link JsonbNillable} on each, since a renamed property is otherwise
 * left out when null; {@code xsi:nil} in XML).
 */
@JsonbPropertyOrder({"serviceRequestId", "status", "statusNotes", "serviceName", "serviceCode", "description",
        "agencyResponsible", "serviceNotice", "requestedDatetime", "updatedDatetime", "expectedDatetime", "address",
        "addressId", "zipcode", "lat", "longitude", "mediaUrl"})
@XmlType(name = "request", propOrder = {"serviceRequestId", "status", "statusNotes", "serviceName", "serviceCode", "description",
        "agencyResponsible", "serviceNotice", "requestedDatetime", "updatedDatetime", "expectedDatetime", "address",
        "addressId", "zipcode", "lat", "longitude", "mediaUrl"})
public final class Open311ServiceRequest {

    @JsonbNillable @JsonbProperty("service_request_id") @XmlElement(name = "service_request_id", nillable = true)
    private String serviceRequestId;
    @JsonbNillable @JsonbProperty("status") @XmlElement(name = "status", nillable = true)
    private String status;
    @JsonbNillable @JsonbProperty("status_notes") @XmlElement(name = "status_notes", nillable = true)
    private String statusNotes;
    @JsonbNillable @JsonbProperty("service_name") @XmlElement(name = "service_name", nillable = true)
    private String serviceName;
    @JsonbNillable @JsonbProperty("service_code") @XmlElement(name = "service_code", nillable = true)
    private String serviceCode;
    @JsonbNillable @JsonbProperty("description") @XmlElement(name = "description", nillable = true)
    private String description;
    @JsonbNillable @JsonbProperty("agency_responsible") @XmlElement(name = "agency_responsible", nillable = true)
    private String agencyResponsible;
    @JsonbNillable @JsonbProperty("service_notice") @XmlElement(name = "service_notice", nillable = true)
    private String serviceNotice;
    @JsonbNillable @JsonbProperty("requested_datetime") @XmlElement(name = "requested_datetime", nillable = true)
    private String requestedDatetime;
    @JsonbNillable @JsonbProperty("updated_datetime") @XmlElement(name = "updated_datetime", nillable = true)
    private String updatedDatetime;
    @JsonbNillable @JsonbProperty("expected_datetime") @XmlElement(name = "expected_datetime", nillable = true)
    private String expectedDatetime;
    @JsonbNillable @JsonbProperty("address") @XmlElement(name = "address", nillable = true)
    private String address;
    @JsonbNillable @JsonbProperty("address_id") @XmlElement(name = "address_id", nillable = true)
    private String addressId;
    @JsonbNillable @JsonbProperty("zipcode") @XmlElement(name = "zipcode", nillable = true)
    private String zipcode;
    @JsonbNillable @JsonbProperty("lat") @XmlElement(name = "lat", nillable = true)
    private BigDecimal lat;
    @JsonbNillable @JsonbProperty("long") @XmlElement(name = "long", nillable = true)
    private BigDecimal longitude;
    @JsonbNillable @JsonbProperty("media_url") @XmlElement(name = "media_url", nillable = true)
    private String mediaUrl;

    private Open311ServiceRequest() {
    }

    /** The public form of a listed application. */
    public static Open311ServiceRequest publicOf(ApplicationListing listing) {
        ApplicationSummary s = listing.summary();
        Open311ServiceRequest request = new Open311ServiceRequest();
        request.serviceRequestId = s.trackingNumber().value();
        request.status = Open311Status.of(s.status()).value();
        request.statusNotes = s.status().label();
        request.serviceName = s.applicationTypeName();
        request.serviceCode = listing.applicationTypeCode();
        request.agencyResponsible = s.unitName().orElse(null);
        request.requestedDatetime = IstanbulTime.iso(s.registeredAt());
        request.updatedDatetime = IstanbulTime.iso(listing.lastChangedAt());
        request.expectedDatetime = IstanbulTime.iso(s.deadlineAt());
        request.address = listing.district().map(d -> d + ", " + s.provinceName()).orElse(s.provinceName());
        Optional<GeoPosition> coarse = listing.location().position().map(GeoPosition::coarse);
        request.lat = coarse.map(p -> p.latitude().setScale(GeoPosition.COARSE_SCALE, RoundingMode.HALF_EVEN)).orElse(null);
        request.longitude = coarse.map(p -> p.longitude().setScale(GeoPosition.COARSE_SCALE, RoundingMode.HALF_EVEN)).orElse(null);
        return request;
    }

    /**
     * The form a channel may show the citizen who proved to be the applicant: the public form of {@code listing} with
     * the description of {@code detail} (the same application) and the reported location as given.
     */
    public static Open311ServiceRequest provenOf(ApplicationListing listing, ApplicationDetail detail) {
        Open311ServiceRequest request = publicOf(listing);
        ReportedLocation location = listing.location();
        request.description = detail.description();
        location.address().ifPresent(typed -> request.address = typed);
        location.position().ifPresent(exact -> {
            request.lat = exact.latitude();
            request.longitude = exact.longitude();
        });
        request.mediaUrl = location.mediaUrl().map(URI::toString).orElse(null);
        return request;
    }

    /** The tracking number. */
    public String serviceRequestId() {
        return serviceRequestId;
    }
}
