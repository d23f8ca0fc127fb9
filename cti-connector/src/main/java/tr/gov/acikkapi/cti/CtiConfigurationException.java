package tr.gov.acikkapi.cti;

/**
 * The one exception the CTI connector throws for configuration it cannot use: a malformed agent map,
 * a port out of range, an empty server name. Its message is in English, like the rest of the server log where an
 * operator reads it (also in the PBX readiness check's data), and names the setting with the offending value quoted;
 * secrets are never quoted.
 */
public final class CtiConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CtiConfigurationException(String message) {
        super(message);
    }
}
