package tr.gov.acikkapi.cti;

/**
 * The one exception the CTI connector throws for configuration it cannot use: a malformed agent map,
 * a port out of range, an empty server name. Its message is Turkish first (an operator reads it in the
 * server log or on the admin page), with the offending value quoted; secrets are never quoted.
 */
public final class CtiConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CtiConfigurationException(String message) {
        super(message);
    }
}
