package tr.gov.acikkapi.casecore.application;

/**
 * Registers applications from any channel: finds or creates the citizen, issues the tracking
 * number, routes the application to its unit by the routing rules, and (in the call center) links
 * it to the running call.
 */
public interface Intake {

    /**
     * Registers an application and routes it; refuses invalid input with a {@code DomainException}
     * whose Turkish message names the field.
     */
    RegisteredApplication register(NewApplication application);

    /**
     * The citizen with this TC Kimlik No, created if unknown. A known citizen keeps name and data;
     * a new phone number is added, unknown e-mail, district, birth year and gender are filled in,
     * escort needs given are added to those recorded.
     */
    CitizenSummary findOrCreateCitizen(CitizenDetails details, String actor);
}
