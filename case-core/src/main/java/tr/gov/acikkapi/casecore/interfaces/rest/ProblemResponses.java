package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.problem.ProblemTranslation;

/**
 * The JSON API's error answer for any failure: the status of its {@link ApiProblem} and an {@link ErrorBody}.
 * Unexpected failures are logged with their stack trace; refusals only at debug level.
 */
final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    /** The challenge sent with every 401, for the staff's HTTP Basic. */
    static final String CHALLENGE = "Basic realm=\"acikkapi\", charset=\"UTF-8\"";

    private ProblemResponses() {
    }

    static Response of(Throwable failure) {
        ApiProblem problem = ProblemTranslation.of(failure);
        if (problem.status() >= 500) {
            LOG.errorf(failure, "Request failed unexpectedly: %s", failure.toString());
        } else {
            LOG.debugf("Request refused: %s", problem);
        }
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ErrorBody.of(problem));
        problem.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, wait.toSeconds()));
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.build();
    }
}
