package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures as Open311 error lists (XML or JSON by the path's ending), ahead of the JAX-RS runtime's own mapper for them. */
@Provider
public class Open311ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException exception) {
        return Open311Errors.of(exception, Open311Format.ofPath(uriInfo.getPath()));
    }
}
