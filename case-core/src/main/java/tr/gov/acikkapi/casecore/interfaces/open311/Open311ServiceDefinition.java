package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.geography.District;

import java.util.List;

/**
 * A service definition ({@code <service_definition>}): what a request of the service needs beyond the spec's own
 * fields, declared so that a client can build its form from it. Every service takes the same attributes: the
 * citizen's T.C. Kimlik No (required), the kind, the subject and the district (optional), and one text that is only
 * shown, naming the spec's fields Açık Kapı requires and the description's limit.
 */
@JsonbPropertyOrder({"serviceCode", "attributes"})
@XmlRootElement(name = "service_definition")
@XmlType(propOrder = {"serviceCode", "attributes"})
public final class Open311ServiceDefinition {

    /** Code of the required citizen's identity number attribute. */
    public static final String TC_KIMLIK_NO = "tc_kimlik_no";
    /** Code of the kind attribute (REQUEST, COMPLAINT, SUGGESTION). */
    public static final String KIND = "kind";
    /** Code of the subject attribute. */
    public static final String SUBJECT = "subject";
    /** Code of the district attribute. */
    public static final String DISTRICT = "district";
    /** Code of the informational text on the spec's fields that are required here. */
    public static final String REQUIRED_FIELDS = "required_fields";

    @JsonbProperty("service_code")
    @XmlElement(name = "service_code")
    private String serviceCode;
    @JsonbProperty("attributes")
    @XmlElementWrapper(name = "attributes")
    @XmlElement(name = "attribute")
    private List<Open311Attribute> attributes;

    private Open311ServiceDefinition() {
    }

    /** The definition of the service with this code. */
    public static Open311ServiceDefinition of(String serviceCode) {
        Open311ServiceDefinition definition = new Open311ServiceDefinition();
        definition.serviceCode = serviceCode;
        definition.attributes = attributes();
        return definition;
    }

    /** The attributes, in their order. */
    public List<Open311Attribute> attributesInOrder() {
        return attributes;
    }

    /** The attributes every service takes. */
    static List<Open311Attribute> attributes() {
        return List.of(
                Open311Attribute.of(true, TC_KIMLIK_NO, "string", true,
                        "11 rakam, ör. 10000000078 / 11 digits, e.g. 10000000078", 1,
                        "Başvuran vatandaşın T.C. Kimlik Numarası / The applicant's Turkish national identity number (T.C. Kimlik No)",
                        List.of()),
                Open311Attribute.of(true, KIND, "singlevaluelist", false,
                        "Listeden bir değer; verilmezse REQUEST / One key of the list; REQUEST when not given", 2,
                        "Başvurunun çeşidi / Kind of application",
                        List.of(Open311Attribute.Value.of("REQUEST", "Talep / Request"),
                                Open311Attribute.Value.of("COMPLAINT", "Şikayet / Complaint"),
                                Open311Attribute.Value.of("SUGGESTION", "Öneri / Suggestion"))),
                Open311Attribute.of(true, SUBJECT, "string", false,
                        "Tek satır, en fazla " + Application.SUBJECT_LENGTH + " karakter; verilmezse servis adı / One line, at most "
                                + Application.SUBJECT_LENGTH + " characters; the service name when not given", 3,
                        "Başvurunun konusu / Subject of the application", List.of()),
                Open311Attribute.of(true, DISTRICT, "string", false,
                        "İlçe adı, en fazla " + District.MAX_LENGTH + " karakter; verilmezse address_string'in il adından önceki "
                                + "kısmı / District name, at most " + District.MAX_LENGTH + " characters; when not given, the part of "
                                + "address_string before the province's name", 4,
                        "İlçe / District (ilçe)", List.of()),
                Open311Attribute.of(false, REQUIRED_FIELDS, "text", false,
                        "Yalnızca bilgi / Information only", 5,
                        "Zorunlu alanlar: jurisdiction_id (il plaka kodu, ör. 06), first_name, last_name, description (en fazla "
                                + Application.DESCRIPTION_LENGTH + " karakter) ve konum: lat ile long ya da address_string. "
                                + "media_url verilirse http:// veya https:// ile başlamalıdır. / Required fields: jurisdiction_id "
                                + "(province plate code, e.g. 06), first_name, last_name, description (at most "
                                + Application.DESCRIPTION_LENGTH + " characters) and a location: lat and long, or "
                                + "address_string. A media_url, when given, must start with http:// or https://.",
                        List.of()));
    }
}
