package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Open311 service discovery at {@code /open311/discovery.xml} and {@code /open311/discovery.json}, public: this
 * server's GeoReport v2 endpoint ({@code test} in demo mode, {@code production} otherwise) and, when configured, a
 * separate test endpoint, with their formats, the contact and where a key is had. Settings (MicroProfile Config,
 * so also environment variables such as {@code ACIKKAPI_OPEN311_URL}): {@code acikkapi.open311.url} (the endpoint's
 * public URL, when a proxy puts it elsewhere than the request's), {@code acikkapi.open311.test-url},
 * {@code acikkapi.open311.contact}, {@code acikkapi.open311.key-service}.
 */
@RequestScoped
@Path("")
@Tag(name = Open311Resource.OPENAPI_TAG)
public class Open311DiscoveryResource {

    /**
     * When the services and their definitions last changed in shape (the attributes, the formats), in UTC. Catalogue
     * edits (names of types) are not counted: the catalogue keeps no time of change.
     */
    public static final String CHANGESET = "2026-12-07T00:00:00Z";

    @Inject
    @ConfigProperty(name = "acikkapi.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "acikkapi.open311.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "acikkapi.open311.test-url")
    Optional<String> testUrl;

    @Inject
    @ConfigProperty(name = "acikkapi.open311.contact",
            defaultValue = "Açık Kapı çağrı merkezi sistem yönetimi / Açık Kapı call centre system administration")
    String contact;

    @Inject
    @ConfigProperty(name = "acikkapi.open311.key-service", defaultValue = "Başvuru oluşturmak için kanal anahtarı (api_key) sistem "
            + "yönetiminden alınır; okumak için anahtar gerekmez. / A channel key (api_key) for creating requests is issued by "
            + "the system administration; reading needs no key.")
    String keyService;

    @GET
    @Path("discovery.{format:" + Open311Format.PATTERN + "}")
    @Operation(summary = "Servis keşfi (Open311 service discovery)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Open311Discovery.class)))
    public Response discovery(@PathParam("format") String format, @Context UriInfo uriInfo) {
        List<Open311Discovery.Endpoint> endpoints = new ArrayList<>();
        String url = publicUrl.orElseGet(() -> uriInfo.getBaseUriBuilder().path("v2").build().toString());
        endpoints.add(Open311Discovery.Endpoint.geoReportV2(url, CHANGESET, demo ? "test" : "production"));
        testUrl.filter(test -> !demo && !test.isBlank())
                .ifPresent(test -> endpoints.add(Open311Discovery.Endpoint.geoReportV2(test, CHANGESET, "test")));
        Open311Format answer = Open311Format.of(format);
        return Response.ok(Open311Discovery.of(CHANGESET, contact, keyService, endpoints), answer.mediaType()).build();
    }
}
