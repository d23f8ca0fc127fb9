package tr.gov.acikkapi.casecore.application;

/** The result of registering: the application (with its tracking number and unit), its citizen, and whether the citizen was new. */
public record RegisteredApplication(ApplicationSummary application, CitizenSummary citizen, boolean citizenCreated) {
}
