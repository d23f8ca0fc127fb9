package tr.gov.acikkapi.casecore.domain.model.call;

import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CTI connector knows about a call when it ends, checked for consistency: the call entered
 * before it was answered, and was answered before it ended. Outcome, wait and talk seconds follow
 * from the times.
 *
 * @param key                what identifies the call
 * @param callerRaw          the caller ID as the PBX sent it; may be null (withheld)
 * @param queue              the queue it waited in; may be null
 * @param agent              the agent (console user name or PBX interface) who answered; may be null
 * @param enteredAt          when it entered the call center
 * @param answeredAt         when an agent answered; null if it was abandoned
 * @param endedAt            when it ended
 * @param dispositionCode    the agent's wrap-up code; may be null
 * @param endedWhileLinkDown the end was inferred after the PBX link came back, so times are approximate
 * @param segments           each agent's part of the call, in order; empty when no agent answered (or not followed)
 */
public record CallFacts(CallKey key, String callerRaw, String queue, String agent, Instant enteredAt, Instant answeredAt,
                        Instant endedAt, String dispositionCode, boolean endedWhileLinkDown, List<CallSegment> segments) {

    public CallFacts {
        Objects.requireNonNull(key, "key");
        if (enteredAt == null || endedAt == null) {
            throw invalid("giriş ve bitiş zamanı zorunludur.");
        }
        if (endedAt.isBefore(enteredAt)) {
            throw invalid("bitiş zamanı giriş zamanından önce olamaz.");
        }
        if (answeredAt != null && (answeredAt.isBefore(enteredAt) || answeredAt.isAfter(endedAt))) {
            throw invalid("cevaplanma zamanı giriş ile bitiş arasında olmalıdır.");
        }
        callerRaw = cut(callerRaw, 40);
        queue = cut(queue, 80);
        agent = cut(agent, 120);
        dispositionCode = cut(dispositionCode, 40);
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** A call without agent segments. */
    public CallFacts(CallKey key, String callerRaw, String queue, String agent, Instant enteredAt, Instant answeredAt,
                     Instant endedAt, String dispositionCode, boolean endedWhileLinkDown) {
        this(key, callerRaw, queue, agent, enteredAt, answeredAt, endedAt, dispositionCode, endedWhileLinkDown, List.of());
    }

    /**
     * Answered if an agent answered (even if the end was not seen); not answered and ended while the PBX link was
     * down: not observed (it may have been answered or abandoned unseen); otherwise abandoned.
     */
    public CallOutcome outcome() {
        if (answeredAt != null) {
            return CallOutcome.ANSWERED;
        }
        return endedWhileLinkDown ? CallOutcome.NOT_OBSERVED : CallOutcome.ABANDONED;
    }

    /** Seconds from entering until answered, or until hang-up for an abandoned call. */
    public int waitSeconds() {
        return (int) Duration.between(enteredAt, answeredAt == null ? endedAt : answeredAt).toSeconds();
    }

    /** Seconds from answer to end; 0 for an abandoned call. */
    public int talkSeconds() {
        return answeredAt == null ? 0 : (int) Duration.between(answeredAt, endedAt).toSeconds();
    }

    /** The caller's number in E.164 when the caller ID is a valid Turkish number. */
    public Optional<PhoneNumber> caller() {
        if (callerRaw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.of(callerRaw));
        } catch (DomainException notATurkishNumber) {
            return Optional.empty();
        }
    }

    private static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }

    private static DomainException invalid(String why) {
        return new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Çağrı kaydı geçersiz: " + why);
    }
}
