package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

/** The API's own refusals (missing credentials, wrong role, invalid field) as JSON errors. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Override
    public Response toResponse(ApiProblem exception) {
        return ProblemResponses.of(exception);
    }
}
