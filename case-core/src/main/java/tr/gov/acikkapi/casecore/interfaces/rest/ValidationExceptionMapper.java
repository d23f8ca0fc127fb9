package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures as 400 JSON errors naming the field, instead of the JAX-RS runtime's own format. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException exception) {
        return ProblemResponses.of(exception);
    }
}
