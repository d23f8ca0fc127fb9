package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tr.gov.acikkapi.casecore.application.Catalogue;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;

import java.util.List;

/** The catalogue a form offers: the topics and their active application types, whose ids new applications take. */
@RequestScoped
@Path("v1/catalogue")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Katalog")
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "basic")
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(summary = "Konu başlıkları ve başvuru türleri")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CatalogueTopicView.class)))
    public List<CatalogueTopicView> topics(@Context SecurityContext securityContext) {
        ApiCaller.from(securityContext);
        return CatalogueTopicView.of(catalogue.activeTypes());
    }
}
