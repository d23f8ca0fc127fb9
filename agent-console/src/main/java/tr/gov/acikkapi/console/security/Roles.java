package tr.gov.acikkapi.console.security;

/** The console's roles. A supervisor can do all an agent can; an administrator manages the reference data. */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
