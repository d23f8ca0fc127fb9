package tr.gov.acikkapi.casecore.application;

import java.util.List;

/** A citizen with their open applications, nearest deadline first: the screen pop of an incoming call. */
public record CitizenOverview(CitizenSummary citizen, List<ApplicationSummary> openApplications) {

    public CitizenOverview {
        openApplications = List.copyOf(openApplications);
    }
}
