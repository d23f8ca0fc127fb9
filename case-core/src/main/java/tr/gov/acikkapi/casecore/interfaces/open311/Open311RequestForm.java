package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.ws.rs.core.MultivaluedMap;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.rest.ApplicationForm;
import tr.gov.acikkapi.casecore.interfaces.rest.CitizenForm;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A POST service request as Open311 sends it (form-encoded), turned into the JSON API's application form so
 * that both doors check input by the same rules.
 *
 * <p>Mapping: {@code service_code} → type, {@code jurisdiction_id} → province (plate code "06"),
 * {@code description} → the citizen's words, {@code first_name}, {@code last_name}, {@code phone}, {@code email}
 * → the citizen. Required extras as Open311 attributes: {@code attribute[tc_kimlik_no]}; optional
 * {@code attribute[kind]} (REQUEST default, COMPLAINT, SUGGESTION), {@code attribute[subject]} (default: the
 * service name) and {@code attribute[district]}. {@code address_string} and {@code lat}/{@code long}, when
 * given, are appended to the description ("Adres: …", "Konum: …"); the product keeps no coordinates.
 */
public record Open311RequestForm(String apiKey, String serviceCode, String jurisdictionId, String description,
                                 String firstName, String lastName, String phone, String email, String addressString,
                                 String lat, String longitude, Map<String, String> attributes) {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_]+)]");
    private static final Pattern PLATE_CODE = Pattern.compile("\\d{1,2}");

    public Open311RequestForm {
        attributes = Map.copyOf(attributes);
    }

    /** Reads the form parameters (the first value of each). */
    public static Open311RequestForm of(MultivaluedMap<String, String> form) {
        Map<String, String> attributes = new HashMap<>();
        form.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches() && !values.isEmpty() && values.get(0) != null) {
                attributes.put(m.group(1), values.get(0));
            }
        });
        return new Open311RequestForm(form.getFirst("api_key"), form.getFirst("service_code"), form.getFirst("jurisdiction_id"),
                form.getFirst("description"), form.getFirst("first_name"), form.getFirst("last_name"), form.getFirst("phone"),
                form.getFirst("email"), form.getFirst("address_string"), form.getFirst("lat"), form.getFirst("long"), attributes);
    }

    /** The service code, checked present. */
    public String requiredServiceCode() {
        if (blank(serviceCode)) {
            throw ApiProblem.badRequest("REQUIRED_VALUE_MISSING", "service_code (başvuru türü kodu) girilmedi.", "service_code");
        }
        return serviceCode.strip();
    }

    /** The province the jurisdiction id names: its plate code, "06" or "6". */
    public int province() {
        return plateCode(jurisdictionId);
    }

    /** A jurisdiction id as a plate code (1 to 81); 400 naming {@code jurisdiction_id} otherwise. */
    public static int plateCode(String jurisdictionId) {
        if (blank(jurisdictionId)) {
            throw ApiProblem.badRequest("REQUIRED_VALUE_MISSING", "jurisdiction_id (ilin plaka kodu, ör. 06) girilmedi.",
                    "jurisdiction_id");
        }
        String value = jurisdictionId.strip();
        int code = PLATE_CODE.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (code < 1 || code > 81) {
            throw ApiProblem.badRequest("PROVINCE_NOT_FOUND",
                    "jurisdiction_id bir ilin plaka kodu olmalıdır (01-81, ör. 06); girilen: " + value, "jurisdiction_id");
        }
        return code;
    }

    /** The JSON API's form for this request of the given (existing) type. */
    public ApplicationForm toApplicationForm(CatalogueEntry type) {
        int province = province();
        String subject = blank(attributes.get("subject")) ? type.typeName() : attributes.get("subject");
        String kind = blank(attributes.get("kind")) ? "REQUEST" : attributes.get("kind");
        CitizenForm citizen = new CitizenForm(attributes.get("tc_kimlik_no"), firstName, lastName, phone, email, null, null,
                null, null, null);
        return new ApplicationForm(kind, type.typeId(), province, attributes.get("district"), null, subject,
                describedWithPlace(), citizen);
    }

    private String describedWithPlace() {
        if (blank(description)) {
            return description;
        }
        StringBuilder text = new StringBuilder(description.strip());
        if (!blank(addressString)) {
            text.append("\n\nAdres: ").append(addressString.strip());
        }
        if (!blank(lat) || !blank(longitude)) {
            BigDecimal latitude = coordinate(lat, "lat", 90);
            BigDecimal longitudeValue = coordinate(longitude, "long", 180);
            text.append(blank(addressString) ? "\n\n" : "\n").append("Konum: ").append(latitude.toPlainString())
                    .append(", ").append(longitudeValue.toPlainString());
        }
        return text.toString();
    }

    private static BigDecimal coordinate(String value, String parameter, int limit) {
        try {
            BigDecimal number = new BigDecimal(value == null ? "" : value.strip());
            if (number.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ApiProblem.badRequest("INVALID_VALUE", "lat ve long birlikte, ondalık derece olarak verilmelidir (ör. lat=39.92, long=32.85).",
                parameter);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
