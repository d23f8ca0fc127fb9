package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.ws.rs.core.MultivaluedMap;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.GeoPosition;
import tr.gov.acikkapi.casecore.domain.model.application.ReportedLocation;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.rest.ApplicationForm;
import tr.gov.acikkapi.casecore.interfaces.rest.CitizenForm;
import tr.gov.acikkapi.casecore.interfaces.rest.FieldValidation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A POST service request as Open311 sends it (form-encoded), checked by the spec's rules and then by the JSON API's
 * application form, so that both doors check input by the same rules.
 *
 * <p>Mapping: {@code service_code} → type, {@code jurisdiction_id} → province (plate code "06"),
 * {@code description} → the citizen's words (at most {@value Application#DESCRIPTION_LENGTH} characters, the
 * limit of every door, which is GeoReport v2's too),
 * {@code first_name}, {@code last_name}, {@code phone}, {@code email} → the citizen; {@code lat}/{@code long},
 * {@code address_string} and {@code media_url} → the reported location (one of a position or an address is required,
 * as the spec says). The attributes of {@link Open311ServiceDefinition}: {@code attribute[tc_kimlik_no]} (required),
 * {@code attribute[kind]}, {@code attribute[subject]}, {@code attribute[district]} (else the part of the address
 * before the province's name). Every parameter may be given once.
 */
public record Open311RequestForm(String apiKey, String serviceCode, String jurisdictionId, String description,
                                 String firstName, String lastName, String phone, String email, String addressString,
                                 String addressId, String lat, String longitude, String mediaUrl,
                                 Map<String, String> attributes) {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_]+)]");
    private static final Pattern PLATE_CODE = Pattern.compile("\\d{1,2}");
    private static final Pattern ADDRESS_PARTS = Pattern.compile("\\s*[,/]\\s*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    public Open311RequestForm {
        attributes = Map.copyOf(attributes);
    }

    /** Reads the form parameters; a parameter given more than once is refused (400 naming it). */
    public static Open311RequestForm of(MultivaluedMap<String, String> form) {
        form.forEach(Open311RequestForm::requireOnce);
        Map<String, String> attributes = new HashMap<>();
        form.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches() && !values.isEmpty() && values.get(0) != null) {
                attributes.put(m.group(1), values.get(0));
            }
        });
        return new Open311RequestForm(form.getFirst("api_key"), form.getFirst("service_code"), form.getFirst("jurisdiction_id"),
                form.getFirst("description"), form.getFirst("first_name"), form.getFirst("last_name"), form.getFirst("phone"),
                form.getFirst("email"), form.getFirst("address_string"), form.getFirst("address_id"), form.getFirst("lat"),
                form.getFirst("long"), form.getFirst("media_url"), attributes);
    }

    /** Refuses a parameter given more than once, instead of silently taking one of its values. */
    static void requireOnce(String name, List<String> values) {
        if (values != null && values.size() > 1) {
            throw ApiProblem.badRequest("DUPLICATE_PARAMETER", name + " parametresi " + values.size()
                    + " kez verilmiş; her parametre bir kez verilebilir.", name);
        }
    }

    /** The service code, checked present. */
    public String requiredServiceCode() {
        if (blank(serviceCode)) {
            throw ApiProblem.badRequest("REQUIRED_VALUE_MISSING", "service_code (başvuru türü kodu) girilmedi.", "service_code");
        }
        return serviceCode.strip();
    }

    /** The province the jurisdiction id names: its plate code, "06" or "6"; required in a POST (400 when missing). */
    public int province() {
        if (blank(jurisdictionId)) {
            throw ApiProblem.badRequest("REQUIRED_VALUE_MISSING", "jurisdiction_id (ilin plaka kodu, ör. 06) girilmedi.",
                    "jurisdiction_id");
        }
        return plateCode(jurisdictionId);
    }

    /** A jurisdiction id as a plate code (1 to 81); 404 naming {@code jurisdiction_id} for any other value. */
    public static int plateCode(String jurisdictionId) {
        String value = jurisdictionId == null ? "" : jurisdictionId.strip();
        int code = PLATE_CODE.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (code < 1 || code > 81) {
            throw new ApiProblem(404, "JURISDICTION_NOT_FOUND",
                    "jurisdiction_id bilinmiyor: bir ilin plaka kodu olmalıdır (01-81, ör. 06); girilen: " + value, "jurisdiction_id");
        }
        return code;
    }

    /**
     * The application to register for this caller, of the given (existing) type in the given province, every field
     * checked: the spec's required location and description limit here, the rest by the JSON API's form.
     */
    public NewApplication toNewApplication(CatalogueEntry type, String provinceName, ApiCaller caller) {
        ReportedLocation location = location();
        checkDescriptionLimit();
        String subject = blank(attributes.get(Open311ServiceDefinition.SUBJECT)) ? type.typeName()
                : attributes.get(Open311ServiceDefinition.SUBJECT);
        String kind = blank(attributes.get(Open311ServiceDefinition.KIND)) ? "REQUEST" : attributes.get(Open311ServiceDefinition.KIND);
        String district = blank(attributes.get(Open311ServiceDefinition.DISTRICT))
                ? location.address().flatMap(address -> districtIn(address, provinceName)).orElse(null)
                : attributes.get(Open311ServiceDefinition.DISTRICT);
        CitizenForm citizen = new CitizenForm(attributes.get(Open311ServiceDefinition.TC_KIMLIK_NO), firstName, lastName, phone,
                email, null, null, null, null, null);
        NewApplication checked = new ApplicationForm(kind, type.typeId(), province(), district, null, subject, description, citizen)
                .toNewApplication(caller);
        return new NewApplication(checked.citizen(), checked.kind(), checked.applicationTypeId(), checked.provinceCode(),
                checked.district(), checked.channel(), checked.subject(), checked.description(), checked.actor(), checked.call(),
                location);
    }

    /**
     * The reported location, each part checked and named: a position ({@code lat} with {@code long}) or an address
     * ({@code address_string}) is required; {@code address_id} is refused, since there is no address register to
     * resolve it against.
     */
    public ReportedLocation location() {
        Optional<GeoPosition> position = Optional.empty();
        if (blank(lat) != blank(longitude)) {
            FieldValidation.check(blank(lat) ? "lat" : "long", () -> GeoPosition.of(lat, longitude));
        } else if (!blank(lat)) {
            FieldValidation.check("lat", () -> GeoPosition.of(lat, "0"));
            FieldValidation.check("long", () -> GeoPosition.of("0", longitude));
            position = Optional.of(GeoPosition.of(lat, longitude));
        }
        Optional<String> address = blank(addressString) ? Optional.empty()
                : Optional.of(FieldValidation.check("address_string", () -> ReportedLocation.address(addressString)));
        if (position.isEmpty() && address.isEmpty()) {
            if (!blank(addressId)) {
                throw ApiProblem.badRequest("INVALID_VALUE", "address_id desteklenmiyor (adres kaydı yok): konumu lat ile long "
                        + "ya da address_string olarak verin.", "address_id");
            }
            throw ApiProblem.badRequest("REQUIRED_VALUE_MISSING",
                    "Konum girilmedi: lat ile long (ondalık derece, ör. 39.92 ve 32.85) ya da address_string verin.", "address_string");
        }
        return new ReportedLocation(position, address, blank(mediaUrl) ? Optional.empty()
                : Optional.of(FieldValidation.check("media_url", () -> ReportedLocation.mediaUrl(mediaUrl))));
    }

    private void checkDescriptionLimit() {
        int length = description == null ? 0 : description.strip().codePointCount(0, description.strip().length());
        if (length > Application.DESCRIPTION_LENGTH) {
            throw ApiProblem.badRequest("INVALID_TEXT", "description en fazla " + Application.DESCRIPTION_LENGTH
                    + " karakter olabilir; gönderilen: " + length + " karakter.", "description");
        }
    }

    /**
     * The district an address names, as Turkish addresses end: the word just before the province's name, after a
     * slash or a comma ("… No:1 Çankaya/Ankara", "…, Çankaya, Ankara"). A word with digits or marks is no district
     * name; without a district register, a wrong word of letters can still be taken (the attribute wins when given).
     */
    static Optional<String> districtIn(String address, String provinceName) {
        String[] parts = ADDRESS_PARTS.split(address.strip());
        if (parts.length < 2 || !parts[parts.length - 1].toLowerCase(TURKISH).equals(provinceName.toLowerCase(TURKISH))) {
            return Optional.empty();
        }
        String[] words = parts[parts.length - 2].split("\\s+");
        String word = words[words.length - 1];
        if (!LETTERS.matcher(word).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(District.of(word).name());
        } catch (DomainException notADistrict) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
