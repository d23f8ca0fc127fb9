package tr.gov.acikkapi.cti.ivr;

import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything about the IVR an operator may set, with the defaults documented in {@code docs/src/asterisk.md}.
 * {@link #from(Function)} reads the {@code ACIKKAPI_IVR_*} keys through any lookup (the environment,
 * MicroProfile Config); a value it cannot use stops start-up with an English {@link CtiConfigurationException}
 * naming the key.
 *
 * @param bindAddress address the FastAGI server listens on ({@code 0.0.0.0} for all)
 * @param port TCP port (4573 is FastAGI's usual port; 0 picks a free one, for tests)
 * @param allowedPeers IP addresses allowed to connect (the PBXs); empty allows any
 * @param maxSessions FastAGI sessions served at once; further connections are closed at once
 * @param handshakeTimeout how long a new connection may take to send its {@code agi_*} lines
 * @param replyTimeout how long to wait for Asterisk to answer one command (a prompt and the keys after it)
 * @param digitTimeout the GET DATA timeout: how long Asterisk waits for the caller's keys
 * @param maxTries wrong tries (number or identity) after which a status call ends; also survey key tries
 * @param throttleFailures a caller number with more failures than this within {@code throttleWindow} is
 *        told to call later, without any lookup
 * @param throttleWindow the window failures are counted in
 * @param throttleCallers how many caller numbers the throttle remembers at most (least recently seen go first)
 * @param escortPriority queue priority added for a caller with any escort flag
 * @param overduePriority queue priority added for a caller with an open application past its deadline
 */
public record IvrSettings(String bindAddress, int port, Set<String> allowedPeers, int maxSessions,
                          Duration handshakeTimeout, Duration replyTimeout, Duration digitTimeout,
                          int maxTries, int throttleFailures, Duration throttleWindow, int throttleCallers,
                          int escortPriority, int overduePriority) {

    public static final String BIND = "ACIKKAPI_IVR_BIND";
    public static final String PORT = "ACIKKAPI_IVR_PORT";
    public static final String ALLOWED_PEERS = "ACIKKAPI_IVR_ALLOWED_PEERS";
    public static final String MAX_SESSIONS = "ACIKKAPI_IVR_MAX_SESSIONS";
    public static final String HANDSHAKE_TIMEOUT = "ACIKKAPI_IVR_HANDSHAKE_TIMEOUT_SECONDS";
    public static final String REPLY_TIMEOUT = "ACIKKAPI_IVR_REPLY_TIMEOUT_SECONDS";
    public static final String DIGIT_TIMEOUT = "ACIKKAPI_IVR_DIGIT_TIMEOUT_SECONDS";
    public static final String MAX_TRIES = "ACIKKAPI_IVR_MAX_TRIES";
    public static final String THROTTLE_FAILURES = "ACIKKAPI_IVR_THROTTLE_FAILURES";
    public static final String THROTTLE_WINDOW = "ACIKKAPI_IVR_THROTTLE_WINDOW_MINUTES";
    public static final String THROTTLE_CALLERS = "ACIKKAPI_IVR_THROTTLE_CALLERS";
    public static final String ESCORT_PRIORITY = "ACIKKAPI_IVR_PRIORITY_ESCORT";
    public static final String OVERDUE_PRIORITY = "ACIKKAPI_IVR_PRIORITY_OVERDUE";

    public IvrSettings {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw invalid(BIND, bindAddress, "must not be empty");
        }
        bindAddress = bindAddress.trim();
        allowedPeers = allowedPeers == null ? Set.of() : Set.copyOf(allowedPeers);
        requireRange(PORT, port, 0, 65535);
        requireRange(MAX_SESSIONS, maxSessions, 1, 10_000);
        requirePositive(HANDSHAKE_TIMEOUT, handshakeTimeout);
        requirePositive(REPLY_TIMEOUT, replyTimeout);
        requirePositive(DIGIT_TIMEOUT, digitTimeout);
        requireRange(MAX_TRIES, maxTries, 1, 10);
        requireRange(THROTTLE_FAILURES, throttleFailures, 1, 1_000);
        requirePositive(THROTTLE_WINDOW, throttleWindow);
        requireRange(THROTTLE_CALLERS, throttleCallers, 1, 10_000_000);
        requireRange(ESCORT_PRIORITY, escortPriority, 0, 1_000);
        requireRange(OVERDUE_PRIORITY, overduePriority, 0, 1_000);
    }

    /** The defaults: loopback only, port 4573, 50 sessions, 3 tries, more than 5 failures in 15 minutes throttled. */
    public static IvrSettings defaults() {
        return new IvrSettings("127.0.0.1", 4573, Set.of(), 50,
                Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(6),
                3, 5, Duration.ofMinutes(15), 10_000, 10, 5);
    }

    /**
     * Reads the settings through {@code lookup} (e.g. {@code System::getenv}); a key the lookup does not know
     * (null or blank) keeps its default.
     *
     * @throws CtiConfigurationException for a value that is not a number or out of range
     */
    public static IvrSettings from(Function<String, String> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        IvrSettings d = defaults();
        return new IvrSettings(
                text(lookup, BIND, d.bindAddress),
                number(lookup, PORT, d.port),
                peers(lookup.apply(ALLOWED_PEERS)),
                number(lookup, MAX_SESSIONS, d.maxSessions),
                Duration.ofSeconds(number(lookup, HANDSHAKE_TIMEOUT, (int) d.handshakeTimeout.toSeconds())),
                Duration.ofSeconds(number(lookup, REPLY_TIMEOUT, (int) d.replyTimeout.toSeconds())),
                Duration.ofSeconds(number(lookup, DIGIT_TIMEOUT, (int) d.digitTimeout.toSeconds())),
                number(lookup, MAX_TRIES, d.maxTries),
                number(lookup, THROTTLE_FAILURES, d.throttleFailures),
                Duration.ofMinutes(number(lookup, THROTTLE_WINDOW, (int) d.throttleWindow.toMinutes())),
                number(lookup, THROTTLE_CALLERS, d.throttleCallers),
                number(lookup, ESCORT_PRIORITY, d.escortPriority),
                number(lookup, OVERDUE_PRIORITY, d.overduePriority));
    }

    /** The same settings listening on another address and port. */
    public IvrSettings withListener(String newBindAddress, int newPort) {
        return new IvrSettings(newBindAddress, newPort, allowedPeers, maxSessions, handshakeTimeout, replyTimeout,
                digitTimeout, maxTries, throttleFailures, throttleWindow, throttleCallers, escortPriority,
                overduePriority);
    }

    /** The same settings with another peer allow-list and session limit. */
    public IvrSettings withAdmission(Set<String> newAllowedPeers, int newMaxSessions) {
        return new IvrSettings(bindAddress, port, newAllowedPeers, newMaxSessions, handshakeTimeout, replyTimeout,
                digitTimeout, maxTries, throttleFailures, throttleWindow, throttleCallers, escortPriority,
                overduePriority);
    }

    /** The same settings with another throttle. */
    public IvrSettings withThrottle(int newFailures, Duration newWindow, int newCallers) {
        return new IvrSettings(bindAddress, port, allowedPeers, maxSessions, handshakeTimeout, replyTimeout,
                digitTimeout, maxTries, newFailures, newWindow, newCallers, escortPriority, overduePriority);
    }

    private static String text(Function<String, String> lookup, String key, String fallback) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(Function<String, String> lookup, String key, int fallback) {
        String value = lookup.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, value, "must be a whole number");
        }
    }

    private static Set<String> peers(String value) {
        Set<String> peers = new LinkedHashSet<>();
        if (value != null) {
            for (String peer : value.split(",")) {
                if (!peer.isBlank()) {
                    peers.add(peer.trim());
                }
            }
        }
        return peers;
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(key, Integer.toString(value), "must be between " + min + " and " + max);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw invalid(key, String.valueOf(value), "must be greater than zero");
        }
    }

    private static CtiConfigurationException invalid(String key, String value, String rule) {
        return new CtiConfigurationException("IVR setting " + key + "='" + value + "' is wrong: it " + rule + ".");
    }
}
