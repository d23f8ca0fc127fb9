package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

/** The domain's refusals (invalid identifier, refused transition, concurrent edit …) as JSON errors with their code. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return ProblemResponses.of(exception);
    }
}
