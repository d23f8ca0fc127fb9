package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tr.gov.acikkapi.casecore.application.ApplicationListing;
import tr.gov.acikkapi.casecore.application.ApplicationQuery;
import tr.gov.acikkapi.casecore.application.ApplicationSearch;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.Catalogue;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.access.CallerAuthenticator;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.rest.FieldValidation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Open311 GeoReport v2 ({@code /open311/v2/…}, JSON only). The service list and definitions are public; a
 * service request is created with a channel's {@code api_key} (form field, or {@code X-Api-Key}), which sets
 * its intake channel; reading requests needs a key ({@code api_key} query parameter or header) or staff sign-in.
 */
@RequestScoped
@Path("v2")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = Open311Resource.OPENAPI_TAG, description = "Başvuru türleri servis, başvurular servis talebi olarak")
public class Open311Resource {

    /** The OpenAPI tag of every Open311 operation (the published document sorts paths by it). */
    public static final String OPENAPI_TAG = "Open311 GeoReport v2";

    @Inject
    Catalogue catalogue;

    @Inject
    Intake intake;

    @Inject
    ApplicationSearch search;

    @Inject
    CallerAuthenticator authenticator;

    @Inject
    Clock clock;

    @GET
    @Path("services.json")
    @Operation(summary = "Servis listesi (başvuru türleri)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Service.class)))
    public List<Open311Service> services() {
        return catalogue.activeTypes().stream().map(Open311Service::of).toList();
    }

    @GET
    @Path("services/{service_code}.json")
    @Operation(summary = "Servis tanımı")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Open311ServiceDefinition.class)))
    public Open311ServiceDefinition service(@PathParam("service_code") String serviceCode) {
        return catalogue.activeType(serviceCode).map(e -> Open311ServiceDefinition.of(e.typeCode()))
                .orElseThrow(() -> ApiProblem.notFound("APPLICATION_TYPE_NOT_FOUND", "service_code bulunamadı: " + serviceCode));
    }

    @POST
    @Path("requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Servis talebi oluştur (başvuru kaydı)", description = "Form alanları: api_key, service_code, "
            + "jurisdiction_id (il plaka kodu), description, first_name, last_name, phone, email, address_string, lat, long, "
            + "attribute[tc_kimlik_no] (zorunlu), attribute[kind], attribute[subject], attribute[district].")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Receipt.class)))
    public Response create(MultivaluedMap<String, String> formParameters, @Context SecurityContext securityContext,
                           @Context UriInfo uriInfo) {
        Open311RequestForm form = Open311RequestForm.of(formParameters);
        Optional<ApiCaller> byFormKey = authenticator.authenticate(form.apiKey(), null);
        if (byFormKey.isPresent() && securityContext != null && securityContext.getUserPrincipal() instanceof ApiCaller other
                && !other.equals(byFormKey.get())) {
            throw ApiProblem.badRequest("AMBIGUOUS_CREDENTIALS", "api_key alanı ile birlikte başka bir kimlik bilgisi "
                    + "(X-Api-Key, api_key sorgu parametresi ya da HTTP Basic) gönderilmiş; yalnızca birini gönderin.", null);
        }
        ApiCaller caller = byFormKey.orElseGet(() -> ApiCaller.from(securityContext));
        if (!(caller instanceof ApiCaller.ChannelMachine)) {
            throw ApiProblem.forbidden("CHANNEL_KEY_REQUIRED",
                    "Open311 ile başvuru yalnızca bir kanalın api_key değeriyle oluşturulur (web, mobil, kiosk).");
        }
        String serviceCode = form.requiredServiceCode();
        CatalogueEntry type = catalogue.activeType(serviceCode).orElseThrow(() -> ApiProblem.badRequest(
                "APPLICATION_TYPE_NOT_FOUND", "service_code bulunamadı: " + serviceCode, "service_code"));
        RegisteredApplication registered = intake.register(form.toApplicationForm(type).toNewApplication(caller));
        ApplicationSummary application = registered.application();
        String notice = "Başvurunuz alındı. Başvuru numaranız " + application.trackingNumber().grouped() + "; "
                + application.unitName().map(unit -> unit + " birimine yönlendirildi ve ").orElse("")
                + IstanbulTime.of(application.deadlineAt()).toLocalDate() + " tarihine kadar sonuçlandırılacaktır.";
        return Response.created(uriInfo.getBaseUriBuilder().path("v2/requests/" + application.trackingNumber().value() + ".json").build())
                .entity(List.of(new Open311Receipt(application.trackingNumber().value(), notice, null)))
                .build();
    }

    @GET
    @Path("requests.json")
    @Operation(summary = "Servis talepleri", description = "service_request_id verilirse diğer süzgeçler yok sayılır. Tarih "
            + "verilmezse son 90 gün; aralık en fazla 90 gün; en çok 1000 talep, en yeni önce.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311ServiceRequest.class)))
    public List<Open311ServiceRequest> requests(
            @Parameter(description = "Virgülle ayrılmış başvuru numaraları") @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @Parameter(description = "ISO 8601, ör. 2026-03-01T00:00:00+03:00") @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate,
            @Parameter(description = "open, closed veya open,closed") @QueryParam("status") String status,
            @Parameter(description = "İl plaka kodu, ör. 06") @QueryParam("jurisdiction_id") String jurisdictionId,
            @Context SecurityContext securityContext) {
        ApiCaller.from(securityContext);
        ApplicationQuery query;
        if (ids != null && !ids.isBlank()) {
            query = new ApplicationQuery(trackingNumbers(ids), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Set.of(), ApplicationQuery.MAX_LIMIT);
        } else {
            Optional<Integer> typeId = serviceCode == null || serviceCode.isBlank() ? Optional.empty()
                    : Optional.of(catalogue.activeType(serviceCode).map(CatalogueEntry::typeId).orElseThrow(() ->
                    ApiProblem.badRequest("APPLICATION_TYPE_NOT_FOUND", "service_code bulunamadı: " + serviceCode, "service_code")));
            Optional<Integer> province = jurisdictionId == null || jurisdictionId.isBlank() ? Optional.empty()
                    : Optional.of(Open311RequestForm.plateCode(jurisdictionId));
            Open311Period period = Open311Period.of(startDate, endDate, clock.instant());
            query = new ApplicationQuery(Set.of(), typeId, province, Optional.of(period.from()), Optional.of(period.before()),
                    Open311Status.filter(status), ApplicationQuery.MAX_LIMIT);
        }
        return search.find(query).stream().map(Open311ServiceRequest::of).toList();
    }

    @GET
    @Path("requests/{service_request_id}.json")
    @Operation(summary = "Tek servis talebi")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311ServiceRequest.class)))
    public List<Open311ServiceRequest> request(@PathParam("service_request_id") String id, @Context SecurityContext securityContext) {
        ApiCaller.from(securityContext);
        TrackingNumber number = FieldValidation.check("service_request_id", () -> TrackingNumber.parse(id));
        List<ApplicationListing> found = search.find(new ApplicationQuery(Set.of(number), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), 1));
        if (found.isEmpty()) {
            throw ApiProblem.notFound("APPLICATION_NOT_FOUND", number.value() + " numaralı servis talebi (başvuru) bulunamadı.");
        }
        return found.stream().map(Open311ServiceRequest::of).toList();
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
