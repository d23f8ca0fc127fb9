package tr.gov.acikkapi.cti;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a telephony action: success, or why not. A refusal carries the PBX's own reason as it
 * sent it (e.g. {@code Interface not found}, {@code Unable to add interface: Already there}); problems
 * on our side (no link, invalid input) carry a Turkish sentence for the agent.
 */
public record TelephonyResult(boolean success, String message) {

    public TelephonyResult {
        Objects.requireNonNull(message, "message");
    }

    /** A success, with the PBX's confirmation text. */
    public static TelephonyResult ok(String message) {
        return new TelephonyResult(true, message == null ? "" : message);
    }

    /** A failure with its reason. */
    public static TelephonyResult failed(String reason) {
        return new TelephonyResult(false, reason == null || reason.isBlank() ? "Bilinmeyen hata" : reason);
    }

    /** The reason, if the action failed. */
    public Optional<String> failureReason() {
        return success ? Optional.empty() : Optional.of(message);
    }
}
