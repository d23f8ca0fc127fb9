package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything else: the runtime's own HTTP errors (unknown path 404, wrong method 405, wrong content type 415),
 * failures wrapped by the EJB container (unwrapped to the domain's refusal inside), and unexpected errors as a
 * 500 that reveals nothing of the inside — all as JSON errors.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return ProblemResponses.of(exception);
    }
}
