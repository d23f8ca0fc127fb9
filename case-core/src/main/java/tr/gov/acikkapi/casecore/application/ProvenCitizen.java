package tr.gov.acikkapi.casecore.application;

import java.util.List;
import java.util.Objects;

/** A citizen who proved who they are, with all their applications, newest first. */
public record ProvenCitizen(CitizenSummary citizen, List<ApplicationSummary> applications) {

    public ProvenCitizen {
        Objects.requireNonNull(citizen, "citizen");
        applications = List.copyOf(applications);
    }
}
