package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.CitizenEvidence;
import tr.gov.acikkapi.casecore.application.CitizenProof;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.application.ProvenCitizen;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.access.ApiScope;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.util.List;
import java.util.Optional;

/**
 * Applications over the JSON API: register, read by tracking number, list a citizen's, change status
 * (staff only, against the version read), add a note. Every call needs a channel's API key or a staff
 * sign-in; each service call is one transaction, so a refused request writes nothing.
 */
@RequestScoped
@Path("v1/applications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Başvurular", description = "Başvuru kaydı, sorgulama, durum değişikliği ve notlar")
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                apiKeyName = "X-Api-Key", description = "Kanalın (web, mobile, kiosk) API anahtarı"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "Konsol kullanıcısı (temsilci, süpervizör, yönetici)")})
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Anahtar veya kullanıcı bilgisi yok ya da hatalı",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
public class ApplicationResource {

    private static final String AUDIT_SUBJECT = "citizen";

    @Inject
    Intake intake;

    @Inject
    Lookups lookups;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Inject
    CitizenProof proof;

    @POST
    @Operation(summary = "Başvuru kaydet", description = "Vatandaşı bulur ya da oluşturur, başvuru numarası verir ve başvuruyu "
            + "sorumlu birime yönlendirir. Kanal, API anahtarının kanalıdır.")
    @APIResponse(responseCode = "201", description = "Kaydedildi",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Geçersiz alan", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "Başka kanalın adına kayıt", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response register(ApplicationForm form, @Context SecurityContext securityContext, @Context UriInfo uriInfo) {
        ApiCaller caller = ApiCaller.from(securityContext);
        if (caller instanceof ApiCaller.ChannelMachine machine) {
            machine.require(ApiScope.REGISTER);
        }
        ApplicationForm given = FieldValidation.required(null, form, "İstek gövdesi boş: başvuru bilgilerini JSON olarak gönderin.");
        RegisteredApplication registered = intake.register(given.toNewApplication(caller));
        TrackingNumber number = registered.application().trackingNumber();
        ApplicationView view = ApplicationView.of(read(number), caller instanceof ApiCaller.StaffMember);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(number.value()).build()).entity(view).build();
    }

    @GET
    @Path("{trackingNumber}")
    @Operation(summary = "Başvuruyu numarasıyla oku", description = "Vatandaşa gösterilebilir alt küme: T.C. Kimlik No ve iletişim "
            + "bilgisi yok, ad maskeli; notlar yalnızca personele. Kanal, vatandaşın kanıtını X-Citizen-Proof başlığında "
            + "gönderir: T.C. Kimlik No'nun son dört hanesi ya da kayıtlı telefon numarası.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "Böyle bir başvuru yok ya da kanıt tutmuyor",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "429", description = "Çok fazla okuma ya da hatalı kanıt; Retry-After kadar bekleyin",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ApplicationView read(@Parameter(description = "10 haneli başvuru numarası", example = "1000000018")
                                @PathParam("trackingNumber") String trackingNumber,
                                @Parameter(description = "Kanallar için: T.C. Kimlik No'nun son dört hanesi ya da kayıtlı telefon")
                                @HeaderParam(CitizenProofHeader.NAME) String citizenProof,
                                @Context SecurityContext securityContext) {
        ApiCaller caller = ApiCaller.from(securityContext);
        ApplicationDetail detail = readFor(caller, trackingNumberOf(trackingNumber), citizenProof);
        audit.record(caller.getName(), "VIEW", AUDIT_SUBJECT, Long.toString(detail.citizen().id()),
                "API: başvuru " + detail.summary().trackingNumber().value());
        return ApplicationView.of(detail, caller instanceof ApiCaller.StaffMember);
    }

    @POST
    @Path("by-citizen")
    @Operation(summary = "Vatandaşın başvuruları", description = "T.C. Kimlik No gövdede gönderilir (adreslerde ve kayıtlarda "
            + "görünmesin diye). Kanal, vatandaşın kayıtlı telefon numarasını da gönderir (phone); tutmazsa liste boştur, "
            + "vatandaşın kayıtlı olup olmadığı söylenmez. En yeni başvuru önce.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CitizenApplicationsView.class)))
    @APIResponse(responseCode = "429", description = "Çok fazla okuma ya da hatalı kanıt; Retry-After kadar bekleyin",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CitizenApplicationsView applicationsOf(CitizenLookupForm form, @Context SecurityContext securityContext) {
        ApiCaller caller = ApiCaller.from(securityContext);
        CitizenLookupForm given = FieldValidation.required(null, form, "İstek gövdesi boş: tcKimlikNo gönderin.");
        TcKimlikNo tcKimlikNo = given.checked();
        Optional<ProvenCitizen> citizen;
        if (caller instanceof ApiCaller.ChannelMachine machine) {
            machine.require(ApiScope.READ);
            citizen = CitizenProofHeader.proven(proof.citizen(caller.getName(), tcKimlikNo, given.checkedPhone()));
        } else {
            citizen = lookups.byTcKimlikNo(tcKimlikNo).map(overview -> new ProvenCitizen(overview.citizen(),
                    lookups.applicationsOf(overview.citizen().id())));
        }
        if (citizen.isEmpty()) {
            return new CitizenApplicationsView(null, List.of());
        }
        long citizenId = citizen.get().citizen().id();
        List<ApplicationListItem> applications = citizen.get().applications().stream().map(ApplicationListItem::of).toList();
        audit.record(caller.getName(), "VIEW", AUDIT_SUBJECT, Long.toString(citizenId), "API: başvuru listesi");
        return new CitizenApplicationsView(ApplicationView.maskedName(citizen.get().citizen().name()), applications);
    }

    @POST
    @Path("{trackingNumber}/status-changes")
    @Operation(summary = "Durum değiştir", description = "Yalnızca temsilci, süpervizör veya yönetici (HTTP Basic). "
            + "expectedVersion okunan sürüm değilse 409; yaşam döngüsü kuralı izin vermezse 422.")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "403", description = "Rol yok ya da kanal anahtarı", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "Başvuru bu arada değişti", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Durum geçişi reddedildi", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ApplicationView changeStatus(@PathParam("trackingNumber") String trackingNumber, StatusChangeForm form,
                                        @Context SecurityContext securityContext) {
        ApiCaller.StaffMember staff = ApiCaller.from(securityContext).requireCaseRole();
        TrackingNumber number = trackingNumberOf(trackingNumber);
        StatusChangeForm given = FieldValidation.required(null, form, "İstek gövdesi boş: status ve expectedVersion gönderin.");
        long version = given.version();
        StatusChangeRequest request = given.toRequest();
        lifecycle.changeStatus(number, version, request, staff.getName());
        return ApplicationView.of(read(number), true);
    }

    @POST
    @Path("{trackingNumber}/notes")
    @Operation(summary = "Not ekle")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TimelineView.class)))
    public Response addNote(@PathParam("trackingNumber") String trackingNumber, NoteForm form,
                            @HeaderParam(CitizenProofHeader.NAME) String citizenProof,
                            @Context SecurityContext securityContext) {
        ApiCaller caller = ApiCaller.from(securityContext);
        TrackingNumber number = trackingNumberOf(trackingNumber);
        NoteForm given = FieldValidation.required(null, form, "İstek gövdesi boş: text gönderin.");
        String text = given.checkedText();
        if (caller instanceof ApiCaller.ChannelMachine) {
            readFor(caller, number, citizenProof);
        }
        TimelineEntry note = lifecycle.addNote(number, text, caller.getName());
        return Response.status(Response.Status.CREATED).entity(TimelineView.of(note, true)).build();
    }

    /**
     * The application for this caller: staff read it as it is; a channel needs the READ scope and the citizen's proof,
     * and is told "not found" alike for an unknown number and a proof that does not match.
     */
    private ApplicationDetail readFor(ApiCaller caller, TrackingNumber number, String citizenProof) {
        if (!(caller instanceof ApiCaller.ChannelMachine machine)) {
            return read(number);
        }
        machine.require(ApiScope.READ);
        if (!CitizenProofHeader.given(citizenProof)) {
            throw ApiProblem.badRequest("CITIZEN_PROOF_REQUIRED", "Başvuruyu okumak için vatandaşın kanıtını "
                    + CitizenProofHeader.NAME + " başlığında gönderin: T.C. Kimlik No'nun son dört hanesi ya da kayıtlı telefon numarası.",
                    CitizenProofHeader.NAME);
        }
        CitizenEvidence evidence = CitizenProofHeader.evidence(citizenProof);
        return CitizenProofHeader.proven(proof.application(caller.getName(), number, evidence)).orElseThrow(() -> ApiProblem.notFound(
                DomainErrorCode.APPLICATION_NOT_FOUND.name(), number.value()
                        + " numaralı başvuru bulunamadı ya da verilen kimlik kanıtı başvuru sahibininkiyle uyuşmuyor."));
    }

    private ApplicationDetail read(TrackingNumber number) {
        return lookups.byTrackingNumber(number).orElseThrow(() -> ApiProblem.notFound(DomainErrorCode.APPLICATION_NOT_FOUND.name(),
                number.value() + " numaralı başvuru bulunamadı."));
    }

    private static TrackingNumber trackingNumberOf(String text) {
        return FieldValidation.check("trackingNumber", () -> TrackingNumber.parse(text));
    }
}
