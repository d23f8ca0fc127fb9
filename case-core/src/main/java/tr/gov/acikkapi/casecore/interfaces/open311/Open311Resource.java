package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationListing;
import tr.gov.acikkapi.casecore.application.ApplicationQuery;
import tr.gov.acikkapi.casecore.application.ApplicationSearch;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.Catalogue;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.application.CitizenEvidence;
import tr.gov.acikkapi.casecore.application.CitizenProof;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.access.ApiScope;
import tr.gov.acikkapi.casecore.interfaces.access.CallerAuthenticator;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.rest.CitizenProofHeader;
import tr.gov.acikkapi.casecore.interfaces.rest.FieldValidation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Open311 GeoReport v2 ({@code /open311/v2/…}), every resource in XML ({@code .xml}, the spec's required format) and
 * JSON ({@code .json}). The service list and definitions and the service requests are public: without a key, a
 * request shows only what is not personal (see {@link Open311ServiceRequest}); one request read with a channel's key
 * of the READ scope and the citizen's proof ({@code X-Citizen-Proof}) also shows what the channel may show the
 * citizen, and the view is audited. The list shows public fields only, whatever the caller (a proof is per
 * application). A service request is created with a
 * channel's {@code api_key} (form field, or {@code X-Api-Key}), which sets its intake channel. {@code jurisdiction_id}
 * (a province's plate code) is checked the same way everywhere: unknown is 404, and on requests it also scopes.
 */
@RequestScoped
@Path("v2")
@Tag(name = Open311Resource.OPENAPI_TAG, description = "Başvuru türleri servis, başvurular servis talebi olarak")
public class Open311Resource {

    /** The OpenAPI tag of every Open311 operation (the published document sorts paths by it). */
    public static final String OPENAPI_TAG = "Open311 GeoReport v2";
    private static final String AUDIT_SUBJECT = "citizen";
    private static final String FORMAT = "{format:" + Open311Format.PATTERN + "}";

    @Inject
    Catalogue catalogue;

    @Inject
    Intake intake;

    @Inject
    ApplicationSearch search;

    @Inject
    ReferenceData referenceData;

    @Inject
    CallerAuthenticator authenticator;

    @Inject
    Clock clock;

    @Inject
    CitizenProof proof;

    @Inject
    AuditTrail audit;

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "Servis listesi (başvuru türleri)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Service.class)))
    public Response services(@PathParam("format") String format,
                             @Parameter(description = "İl plaka kodu, ör. 06") @QueryParam("jurisdiction_id") String jurisdictionId) {
        jurisdiction(jurisdictionId);
        Open311Format answer = Open311Format.of(format);
        return ok(answer, answer.list(catalogue.activeTypes().stream().map(Open311Service::of).toList(), Open311Services::of));
    }

    @GET
    @Path("services/{service_code}." + FORMAT)
    @Operation(summary = "Servis tanımı (başvuruda istenen nitelikler)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Open311ServiceDefinition.class)))
    public Response service(@PathParam("service_code") String serviceCode, @PathParam("format") String format,
                            @QueryParam("jurisdiction_id") String jurisdictionId) {
        jurisdiction(jurisdictionId);
        return ok(Open311Format.of(format), Open311ServiceDefinition.of(activeType(serviceCode).typeCode()));
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Servis talebi oluştur (başvuru kaydı)", description = "Form alanları: api_key, service_code, "
            + "jurisdiction_id (il plaka kodu), description (en fazla " + Application.DESCRIPTION_LENGTH + " karakter), first_name, last_name, phone, email, "
            + "lat ve long ya da address_string (biri zorunlu), media_url, attribute[tc_kimlik_no] (zorunlu), attribute[kind], "
            + "attribute[subject], attribute[district].")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Receipt.class)))
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> formParameters,
                           @Context SecurityContext securityContext, @Context UriInfo uriInfo) {
        Open311Format answer = Open311Format.of(format);
        Open311RequestForm form = Open311RequestForm.of(formParameters);
        Optional<ApiCaller> byFormKey = authenticator.authenticate(form.apiKey(), null);
        if (byFormKey.isPresent() && securityContext != null && securityContext.getUserPrincipal() instanceof ApiCaller other
                && !other.equals(byFormKey.get())) {
            throw ApiProblem.badRequest("AMBIGUOUS_CREDENTIALS", "api_key alanı ile birlikte başka bir kimlik bilgisi "
                    + "(X-Api-Key, api_key sorgu parametresi ya da HTTP Basic) gönderilmiş; yalnızca birini gönderin.", null);
        }
        Optional<ApiCaller> caller = byFormKey.or(() -> caller(securityContext));
        if (caller.isEmpty() || !(caller.get() instanceof ApiCaller.ChannelMachine)) {
            throw ApiProblem.forbidden("CHANNEL_KEY_REQUIRED",
                    "Open311 ile başvuru yalnızca bir kanalın api_key değeriyle oluşturulur (web, mobil, kiosk).");
        }
        CatalogueEntry type = activeType(form.requiredServiceCode());
        String provinceName = provinceName(form.province());
        ApplicationSummary application = intake.register(form.toNewApplication(type, provinceName, caller.get())).application();
        String notice = "Başvurunuz alındı. Başvuru numaranız " + application.trackingNumber().grouped() + "; "
                + application.unitName().map(unit -> unit + " birimine yönlendirildi ve ").orElse("")
                + IstanbulTime.of(application.deadlineAt()).toLocalDate() + " tarihine kadar sonuçlandırılacaktır.";
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("v2/requests/" + application.trackingNumber().value() + "." + answer.suffix()).build())
                .type(answer.mediaType())
                .entity(answer.list(List.of(Open311Receipt.of(application.trackingNumber().value(), notice)), Open311Receipts::of))
                .build();
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(summary = "Servis talepleri (herkese açık alanlar)", description = "service_request_id verilirse tarih, durum ve "
            + "servis süzgeçleri yok sayılır; jurisdiction_id her zaman uygulanır. Tarih verilmezse son 90 gün; aralık en fazla "
            + "90 gün; en çok 1000 talep, en yeni önce. Liste her zaman yalnızca herkese açık alanları gösterir, anahtar ve "
            + "kanıtla da (kanıt tek bir başvuru içindir: açıklama vb. için tek talebi okuyun).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311ServiceRequest.class)))
    public Response requests(
            @PathParam("format") String format,
            @Parameter(description = "Virgülle ayrılmış başvuru numaraları") @QueryParam("service_request_id") String ids,
            @Parameter(description = "Virgülle ayrılmış servis kodları") @QueryParam("service_code") String serviceCodes,
            @Parameter(description = "ISO 8601, ör. 2026-03-01T00:00:00+03:00") @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate,
            @Parameter(description = "open, closed veya open,closed") @QueryParam("status") String status,
            @Parameter(description = "İl plaka kodu, ör. 06") @QueryParam("jurisdiction_id") String jurisdictionId) {
        Optional<Integer> province = jurisdiction(jurisdictionId);
        ApplicationQuery query;
        if (ids != null && !ids.isBlank()) {
            query = new ApplicationQuery(trackingNumbers(ids), Set.of(), province, Optional.empty(), Optional.empty(), Set.of(),
                    ApplicationQuery.MAX_LIMIT);
        } else {
            Open311Period period = Open311Period.of(startDate, endDate, clock.instant());
            query = new ApplicationQuery(Set.of(), typeIds(serviceCodes), province, Optional.of(period.from()),
                    Optional.of(period.before()), Open311Status.filter(status), ApplicationQuery.MAX_LIMIT);
        }
        return answer(Open311Format.of(format), search.find(query));
    }

    @GET
    @Path("requests/{service_request_id}." + FORMAT)
    @Operation(summary = "Tek servis talebi", description = "Anahtarsız ya da kanıtsız: herkese açık alanlar. Okuma yetkili "
            + "(read kapsamlı) bir kanalın api_key değeri ve vatandaşın kanıtı (X-Citizen-Proof: T.C. Kimlik No'nun son dört "
            + "hanesi ya da kayıtlı telefon) ile açıklama, yazıldığı gibi adres, tam konum ve media_url de gelir; T.C. Kimlik No, "
            + "iletişim bilgisi ve ad hiç gelmez. Kanıt tutmazsa bilinmeyen numara gibi 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311ServiceRequest.class)))
    @APIResponse(responseCode = "403", description = "Kanıtla okuma, anahtarın read kapsamı yoksa (kiosk)")
    @APIResponse(responseCode = "404", description = "Böyle bir talep yok ya da kanıt tutmuyor")
    @APIResponse(responseCode = "429", description = "Bu anahtarla çok fazla okuma ya da hatalı kanıt; Retry-After kadar bekleyin")
    public Response request(@PathParam("service_request_id") String id, @PathParam("format") String format,
                            @QueryParam("jurisdiction_id") String jurisdictionId,
                            @Parameter(description = "Vatandaşın kanıtı: T.C. Kimlik No'nun son dört hanesi ya da kayıtlı telefon")
                            @HeaderParam(CitizenProofHeader.NAME) String citizenProof,
                            @Context SecurityContext securityContext) {
        Optional<Integer> province = jurisdiction(jurisdictionId);
        TrackingNumber number = FieldValidation.check("service_request_id", () -> TrackingNumber.parse(id));
        Optional<ApiCaller> caller = caller(securityContext);
        if (CitizenProofHeader.given(citizenProof) && caller.isPresent() && caller.get() instanceof ApiCaller.ChannelMachine machine) {
            return provenRequest(machine.require(ApiScope.READ), number, province, CitizenProofHeader.evidence(citizenProof),
                    Open311Format.of(format));
        }
        List<ApplicationListing> found = listing(number, province);
        if (found.isEmpty()) {
            throw ApiProblem.notFound("APPLICATION_NOT_FOUND", number.value() + " numaralı servis talebi (başvuru) bulunamadı"
                    + province.map(p -> " (jurisdiction_id " + jurisdictionId.strip() + ")").orElse("") + ".");
        }
        return answer(Open311Format.of(format), found);
    }

    /**
     * The request as the channel may show the citizen who proved to be its applicant, the view audited as the JSON
     * API's is; an unknown number, a wrong proof and another province's request are told apart by nothing (404).
     */
    private Response provenRequest(ApiCaller.ChannelMachine machine, TrackingNumber number, Optional<Integer> province,
                                   CitizenEvidence evidence, Open311Format format) {
        Supplier<ApiProblem> notFound = () -> ApiProblem.notFound("APPLICATION_NOT_FOUND", number.value()
                + " numaralı servis talebi (başvuru) bulunamadı ya da verilen kimlik kanıtı başvuru sahibininkiyle uyuşmuyor.");
        ApplicationDetail detail = CitizenProofHeader.proven(proof.application(machine.getName(), number, evidence))
                .orElseThrow(notFound);
        ApplicationListing listing = listing(number, province).stream().findFirst().orElseThrow(notFound);
        audit.record(machine.getName(), "VIEW", AUDIT_SUBJECT, Long.toString(detail.citizen().id()),
                "Open311: başvuru " + number.value());
        return ok(format, format.list(List.of(Open311ServiceRequest.provenOf(listing, detail)), Open311ServiceRequests::of));
    }

    private List<ApplicationListing> listing(TrackingNumber number, Optional<Integer> province) {
        return search.find(new ApplicationQuery(Set.of(number), Set.of(), province, Optional.empty(), Optional.empty(), Set.of(), 1));
    }

    private Response answer(Open311Format format, List<ApplicationListing> found) {
        return ok(format, format.list(found.stream().map(Open311ServiceRequest::publicOf).toList(), Open311ServiceRequests::of));
    }

    private static Response ok(Open311Format format, Object entity) {
        return Response.ok(entity, format.mediaType()).build();
    }

    private static Optional<ApiCaller> caller(SecurityContext securityContext) {
        return securityContext != null && securityContext.getUserPrincipal() instanceof ApiCaller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /** The province a {@code jurisdiction_id} names, when one is given; 404 when it names none. */
    private Optional<Integer> jurisdiction(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            return Optional.empty();
        }
        int code = Open311RequestForm.plateCode(jurisdictionId);
        provinceName(code);
        return Optional.of(code);
    }

    private String provinceName(int plateCode) {
        return referenceData.provinces().stream().filter(p -> p.id() == plateCode).map(ReferenceData.Choice::name).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "JURISDICTION_NOT_FOUND", "jurisdiction_id bilinmiyor: " + plateCode
                        + " plaka kodlu bir il yok.", "jurisdiction_id"));
    }

    private CatalogueEntry activeType(String serviceCode) {
        return catalogue.activeType(serviceCode).orElseThrow(() -> new ApiProblem(404, "APPLICATION_TYPE_NOT_FOUND",
                "service_code bulunamadı: " + serviceCode, "service_code"));
    }

    /** The types a comma-separated {@code service_code} filter names; none (no restriction) when it is absent. */
    private Set<Integer> typeIds(String serviceCodes) {
        Set<Integer> ids = new LinkedHashSet<>();
        if (serviceCodes != null) {
            for (String code : serviceCodes.split(",")) {
                if (!code.isBlank()) {
                    ids.add(activeType(code.strip()).typeId());
                }
            }
        }
        return ids;
    }

    private static Set<TrackingNumber> trackingNumbers(String ids) {
        Set<TrackingNumber> numbers = new LinkedHashSet<>();
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                numbers.add(FieldValidation.check("service_request_id", () -> TrackingNumber.parse(id.strip())));
            }
        }
        if (numbers.size() > ApplicationQuery.MAX_LIMIT) {
            throw ApiProblem.badRequest("INVALID_VALUE", "Bir sorguda en fazla " + ApplicationQuery.MAX_LIMIT
                    + " service_request_id verilebilir.", "service_request_id");
        }
        return numbers;
    }
}
