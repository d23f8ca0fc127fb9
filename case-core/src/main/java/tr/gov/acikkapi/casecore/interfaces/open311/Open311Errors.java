package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.problem.ProblemTranslation;

import java.util.List;
import java.util.Map;

/**
 * Open311's error answer for any failure, in the format the resource's ending asks for: a JSON array with one
 * {@code {"code": <HTTP status>, "description": …}}, or {@code <errors><error><code/><description/></error></errors>},
 * the description being the Turkish message followed by the Open311 parameter at fault. Missing or wrong
 * credentials are 403, as GeoReport v2 answers a missing or wrong {@code api_key} (no HTTP authentication challenge).
 */
final class Open311Errors {

    private static final Logger LOG = Logger.getLogger(Open311Errors.class);

    /** The JSON API's field names (used by the shared checks) and the Open311 parameters they come from. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("citizen.tcKimlikNo", "attribute[tc_kimlik_no]"),
            Map.entry("citizen.firstName", "first_name"),
            Map.entry("citizen.lastName", "last_name"),
            Map.entry("citizen.phone", "phone"),
            Map.entry("citizen.email", "email"),
            Map.entry("applicationTypeId", "service_code"),
            Map.entry("provinceCode", "jurisdiction_id"),
            Map.entry("citizen.provinceCode", "jurisdiction_id"),
            Map.entry("subject", "attribute[subject]"),
            Map.entry("kind", "attribute[kind]"),
            Map.entry("district", "attribute[district]"),
            Map.entry("trackingNumber", "service_request_id"));

    private Open311Errors() {
    }

    static Response of(Throwable failure, Open311Format format) {
        ApiProblem problem = ProblemTranslation.of(failure);
        int status = problem.status() == 401 ? 403 : problem.status();
        if (problem.status() >= 500) {
            LOG.errorf(failure, "Open311 request failed unexpectedly: %s", failure.toString());
        } else {
            LOG.debugf("Open311 request refused: %s", problem);
        }
        String description = problem.getMessage() + problem.field()
                .map(field -> " (" + PARAMETERS.getOrDefault(field, field) + ")").orElse("");
        Response.ResponseBuilder response = Response.status(status)
                .type(format.mediaType())
                .entity(format.list(List.of(Open311Error.of(status, description)), Open311ErrorList::of));
        problem.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, wait.toSeconds()));
        return response.build();
    }
}
