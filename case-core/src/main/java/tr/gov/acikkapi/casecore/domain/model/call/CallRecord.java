package tr.gov.acikkapi.casecore.domain.model.call;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumberConverter;

import java.time.Instant;
import java.util.Optional;

/**
 * One call handled by the call center, written once at its end: who called (the raw caller ID and,
 * when it is a valid Turkish number, its E.164 form), which queue and agent, when it entered,
 * was answered and ended, wait and talk seconds, outcome, the agent's disposition code, and whether
 * it ended while the link to the PBX was down (times then are the best known, not exact).
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "server", nullable = false, length = CallKey.MAX_LENGTH)
    private String server;

    @Column(name = "linkedid", nullable = false, length = CallKey.MAX_LENGTH)
    private String linkedid;

    @Column(name = "caller_raw", length = 40)
    private String callerRaw;

    @Convert(converter = PhoneNumberConverter.class)
    @Column(name = "caller_e164", length = 16)
    private PhoneNumber caller;

    @Column(name = "queue", length = 80)
    private String queue;

    @Column(name = "agent", length = 120)
    private String agent;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "wait_seconds", nullable = false)
    private int waitSeconds;

    @Column(name = "talk_seconds", nullable = false)
    private int talkSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 12)
    private CallOutcome outcome;

    @Column(name = "disposition_code", length = 40)
    private String dispositionCode;

    @Column(name = "ended_while_link_down", nullable = false)
    private boolean endedWhileLinkDown;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CallRecord() {
    }

    public Long id() {
        return id;
    }

    public CallKey key() {
        return new CallKey(server, linkedid);
    }

    public Optional<String> callerRaw() {
        return Optional.ofNullable(callerRaw);
    }

    public Optional<PhoneNumber> caller() {
        return Optional.ofNullable(caller);
    }

    public Optional<String> queue() {
        return Optional.ofNullable(queue);
    }

    public Optional<String> agent() {
        return Optional.ofNullable(agent);
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Instant endedAt() {
        return endedAt;
    }

    public int waitSeconds() {
        return waitSeconds;
    }

    public int talkSeconds() {
        return talkSeconds;
    }

    public CallOutcome outcome() {
        return outcome;
    }

    public Optional<String> dispositionCode() {
        return Optional.ofNullable(dispositionCode);
    }

    public boolean endedWhileLinkDown() {
        return endedWhileLinkDown;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
