package tr.gov.acikkapi.casecore.domain.model.call;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Instant;
import java.util.Optional;

/**
 * One agent's part of a call: who had the citizen, from when to when, how long they talked and how the part ended
 * (to whom it was transferred). A call answered once and transferred once has two; per-agent figures count each, so
 * the first agent's work is not lost to the last agent's name on the call record.
 *
 * @param agent         the console user name (or PBX interface) of the agent
 * @param from          when the agent got the call
 * @param to            when the agent's part ended
 * @param talkSeconds   the agent's talk time
 * @param end           how the part ended
 * @param transferredTo the agent who got the call; may be null (not transferred, or target unknown)
 */
public record CallSegment(String agent, Instant from, Instant to, int talkSeconds, SegmentEnd end,
                          String transferredTo) {

    public CallSegment {
        agent = agent == null ? "" : agent.strip();
        if (agent.isEmpty() || from == null || to == null || end == null) {
            throw invalid("temsilci, başlangıç, bitiş ve sonuç zorunludur.");
        }
        if (to.isBefore(from)) {
            throw invalid("temsilcinin payının bitişi başlangıcından önce olamaz.");
        }
        if (talkSeconds < 0) {
            throw invalid("görüşme süresi eksi olamaz.");
        }
        agent = agent.length() <= 120 ? agent : agent.substring(0, 120);
        transferredTo = transferredTo == null || transferredTo.isBlank() ? null
                : transferredTo.strip().substring(0, Math.min(120, transferredTo.strip().length()));
    }

    /** The agent who got the call, when this part ended by a transfer to a known agent. */
    public Optional<String> target() {
        return Optional.ofNullable(transferredTo);
    }

    private static DomainException invalid(String why) {
        return new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Çağrı kaydı geçersiz: " + why);
    }
}
