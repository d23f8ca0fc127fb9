package tr.gov.acikkapi.cti.event;

/** The state of the AMI link to one PBX server. */
public enum LinkState {
    /** Connecting or logging in (first time or after a loss). */
    CONNECTING,
    /** Logged in, events flowing, state resynchronised. */
    UP,
    /** Lost (socket closed, no answer to Ping, PBX restart); reconnecting with backoff. */
    DOWN,
    /** The PBX refused the credentials; retried with backoff, the configuration needs fixing. */
    AUTH_FAILED
}
