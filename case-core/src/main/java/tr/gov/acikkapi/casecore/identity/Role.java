package tr.gov.acikkapi.casecore.identity;

/** Roles of the console. A supervisor can do all an agent can; an administrator manages reference data and users. */
public enum Role {
    AGENT,
    SUPERVISOR,
    ADMIN
}
