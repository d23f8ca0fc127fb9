package tr.gov.acikkapi.cti.ami;

import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one PBX over AMI and how to watch the link.
 *
 * @param server         our name for the PBX (goes into events and logs), e.g. {@code ankara}
 * @param host           host name or address of Asterisk
 * @param port           AMI port (5038 by default in Asterisk)
 * @param user           manager.conf user
 * @param secret         its secret; never logged, never in {@link #toString()}
 * @param pingInterval   how often the watchdog checks the link
 * @param pingTimeout    an unanswered Ping older than this means the link is dead
 * @param initialBackoff first reconnect delay; doubled after each failure
 * @param maxBackoff     reconnect delay cap
 * @param actionTimeout  how long an action (login step, telephony action, resync list) may take
 */
public record AmiLinkConfig(String server, String host, int port, String user, String secret, Duration pingInterval,
        Duration pingTimeout, Duration initialBackoff, Duration maxBackoff, Duration actionTimeout) {

    public AmiLinkConfig {
        if (server == null || server.isBlank()) {
            throw new CtiConfigurationException("The PBX server name must not be empty.");
        }
        if (host == null || host.isBlank()) {
            throw new CtiConfigurationException("PBX '" + server + "': the host must not be empty.");
        }
        if (port <= 0 || port > 65_535) {
            throw new CtiConfigurationException("PBX '" + server + "': the AMI port must be between 1 and 65535, not " + port);
        }
        if (user == null || user.isBlank()) {
            throw new CtiConfigurationException("PBX '" + server + "': the AMI user name must not be empty.");
        }
        Objects.requireNonNull(secret, "secret");
        positive(server, pingInterval, "the ping interval");
        positive(server, pingTimeout, "the ping timeout");
        positive(server, initialBackoff, "the first reconnect delay");
        positive(server, actionTimeout, "the action timeout");
        if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new CtiConfigurationException("PBX '" + server + "': the longest reconnect delay must not be shorter than the first.");
        }
    }

    /**
     * Production defaults: Ping every 2 s, dead after 5 s without Pong (a dead link is noticed within
     * about 9 s), reconnect after 0.5 s doubling up to 30 s, 5 s per action.
     */
    public static AmiLinkConfig of(String server, String host, int port, String user, String secret) {
        return new AmiLinkConfig(server, host, port, user, secret, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /** The same with other watchdog timings. */
    public AmiLinkConfig withPing(Duration interval, Duration timeout) {
        return new AmiLinkConfig(server, host, port, user, secret, interval, timeout, initialBackoff, maxBackoff,
                actionTimeout);
    }

    /** The same with other reconnect delays. */
    public AmiLinkConfig withBackoff(Duration initial, Duration max) {
        return new AmiLinkConfig(server, host, port, user, secret, pingInterval, pingTimeout, initial, max, actionTimeout);
    }

    private static void positive(String server, Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new CtiConfigurationException("PBX '" + server + "': " + what + " must be greater than zero.");
        }
    }

    @Override
    public String toString() {
        return "AmiLinkConfig[server=" + server + ", " + host + ":" + port + ", user=" + user + "]";
    }
}
