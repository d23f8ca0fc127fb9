package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

/**
 * Refuses a request body larger than {@value #MAX_BODY_BYTES} bytes (by its Content-Length) with 413 and the
 * interface's own error body, before authentication and before anything is read. The largest honest request, an
 * application with an 8,000-character description in Turkish, is well under 100 KiB; without this limit a
 * megabytes-large body was parsed in full before the text checks refused it, and one over WildFly's 10 MB
 * max-post-size got a bare 400 with no message. (A chunked body without Content-Length still meets that 10 MB
 * ceiling and the field checks.)
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

    /** The largest request body accepted: 256 KiB. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            throw new ApiProblem(413, "PAYLOAD_TOO_LARGE",
                    "İstek gövdesi çok büyük: en fazla " + MAX_BODY_BYTES / 1024 + " KiB gönderilebilir.", null);
        }
    }
}
