package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of an Open311 request (refused input, the domain's refusals, unknown paths, unexpected errors)
 * as an Open311 error list in the format the path's ending names, with the right HTTP status.
 */
@Provider
public class Open311ExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return Open311Errors.of(exception, Open311Format.ofPath(uriInfo.getPath()));
    }
}
