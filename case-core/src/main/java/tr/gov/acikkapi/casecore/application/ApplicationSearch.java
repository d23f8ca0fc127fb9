package tr.gov.acikkapi.casecore.application;

import java.util.List;

/**
 * Finds applications by tracking numbers, type, province, registration time and status, newest first:
 * what Open311's request list asks for. Read-only; the listings carry no personal data beyond the
 * citizen's id.
 */
public interface ApplicationSearch {

    /** Applications matching every condition of the query, newest first, at most {@link ApplicationQuery#limit()}. */
    List<ApplicationListing> find(ApplicationQuery query);
}
