package tr.gov.acikkapi.casecore.domain.model.callback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/**
 * A citizen hung up while waiting in the queue: the task stays open until an agent calls the number back (or the
 * citizen called again and was answered), so that no abandoned caller is forgotten.
 */
@Entity
@Table(name = "callback_task")
public class CallbackTask {

    /** Why a task was closed. */
    public enum CloseReason {
        CALLED_BACK,
        CALLED_AGAIN,
        DISMISSED
    }

    /** Open until closed. */
    public enum Status {
        OPEN,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "server", nullable = false, length = 64)
    private String server;

    @Column(name = "linkedid", nullable = false, length = 64)
    private String linkedid;

    @Column(name = "caller_raw", nullable = false, length = 40)
    private String callerRaw;

    @Column(name = "phone_e164", length = 16)
    private String phoneE164;

    @Column(name = "queue", nullable = false, length = 64)
    private String queue;

    @Column(name = "abandoned_at", nullable = false)
    private Instant abandonedAt;

    @Column(name = "wait_seconds", nullable = false)
    private int waitSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status = Status.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 20)
    private CloseReason closeReason;

    @Version
    private long version;

    protected CallbackTask() {
    }

    public CallbackTask(String server, String linkedid, String callerRaw, String phoneE164, String queue,
                        Instant abandonedAt, int waitSeconds) {
        this.server = server;
        this.linkedid = linkedid;
        this.callerRaw = callerRaw;
        this.phoneE164 = phoneE164;
        this.queue = queue;
        this.abandonedAt = abandonedAt;
        this.waitSeconds = waitSeconds;
    }

    /** Closes the task; closing a closed task changes nothing. */
    public void close(CloseReason reason, String actor, Instant at) {
        if (status == Status.DONE) {
            return;
        }
        status = Status.DONE;
        closeReason = reason;
        closedBy = actor;
        closedAt = at;
    }

    public Long id() {
        return id;
    }

    public String callerRaw() {
        return callerRaw;
    }

    public Optional<String> phoneE164() {
        return Optional.ofNullable(phoneE164);
    }

    public String queue() {
        return queue;
    }

    public Instant abandonedAt() {
        return abandonedAt;
    }

    public int waitSeconds() {
        return waitSeconds;
    }

    public Status status() {
        return status;
    }

    public long version() {
        return version;
    }
}
