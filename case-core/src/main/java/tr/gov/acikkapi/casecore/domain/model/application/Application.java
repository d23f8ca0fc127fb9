package tr.gov.acikkapi.casecore.domain.model.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An application (başvuru): a citizen's request, complaint or suggestion of one catalogue type,
 * with its tracking number, the unit it is routed to, and its way through the lifecycle of
 * {@link ApplicationStatus} within the 7-day deadline. Every status change goes through this class
 * and leaves a {@link StatusChange} line; concurrent edits are caught by the version (optimistic lock).
 */
@Entity
@Table(name = "application")
public class Application {

    /** Every application is to be concluded within this time after registration. */
    public static final Duration PROCESSING_TIME = Duration.ofDays(7);
    /** The longest subject, in characters: the column, the REST API and the console all use it. */
    public static final int SUBJECT_LENGTH = 200;
    /**
     * The longest description, in characters, everywhere an application comes in (console, REST API, Open311,
     * whose specification allows 4,000 too) and in the column: a longer text is refused with this limit in the
     * message, never cut.
     */
    public static final int DESCRIPTION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Convert(converter = TrackingNumberConverter.class)
    @Column(name = "tracking_no", nullable = false, length = TrackingNumber.LENGTH, unique = true)
    private TrackingNumber trackingNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "citizen_id", nullable = false)
    private Citizen citizen;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private ApplicationKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_type_id", nullable = false)
    private ApplicationType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_code", nullable = false)
    private Province province;

    @Column(name = "district", length = District.MAX_LENGTH)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private IntakeChannel channel;

    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ApplicationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = StatusChange.ACTOR_LENGTH)
    private String registeredBy;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "outcome_explanation", length = StatusChangeRequest.OUTCOME_LENGTH)
    private String outcomeExplanation;

    @Column(name = "alternatives_offered", length = StatusChangeRequest.OUTCOME_LENGTH)
    private String alternativesOffered;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_target", length = 12)
    private EscalationTarget escalationTarget;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "latitude", precision = 8, scale = GeoPosition.SCALE)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = GeoPosition.SCALE)
    private BigDecimal longitude;

    @Column(name = "address_string", length = ReportedLocation.ADDRESS_LENGTH)
    private String addressString;

    @Column(name = "media_url", length = ReportedLocation.MEDIA_URL_LENGTH)
    private String mediaUrl;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<StatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    private List<ApplicationNote> notes = new ArrayList<>();

    protected Application() {
    }

    /**
     * Registers a new application in status {@link ApplicationStatus#RECEIVED}, due
     * {@link #PROCESSING_TIME} after {@code now}.
     *
     * @param district may be null
     */
    public static Application register(TrackingNumber trackingNumber, Citizen citizen, ApplicationKind kind,
                                       ApplicationType type, Province province, District district, IntakeChannel channel,
                                       String subject, String description, String actor, Instant now) {
        Application application = new Application();
        application.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
        application.citizen = Objects.requireNonNull(citizen, "citizen");
        application.kind = Objects.requireNonNull(kind, "kind");
        application.type = Objects.requireNonNull(type, "type");
        application.province = Objects.requireNonNull(province, "province");
        application.district = district == null ? null : district.name();
        application.channel = Objects.requireNonNull(channel, "channel");
        application.subject = FreeText.requiredLine(subject, "Başvuru konusu", SUBJECT_LENGTH);
        application.description = FreeText.required(description, "Başvuru açıklaması", DESCRIPTION_LENGTH);
        application.registeredBy = actor(actor);
        application.registeredAt = Objects.requireNonNull(now, "now");
        application.deadlineAt = now.plus(PROCESSING_TIME);
        application.status = ApplicationStatus.RECEIVED;
        application.record(null, ApplicationStatus.RECEIVED, kind.label() + " alındı (kanal: " + channel.label() + ").",
                application.registeredBy, now);
        return application;
    }

    /** Records where the matter is, as the channel reported it at registration; replaces nothing else. */
    public void report(ReportedLocation location) {
        Objects.requireNonNull(location, "location");
        latitude = location.position().map(GeoPosition::latitude).orElse(null);
        longitude = location.position().map(GeoPosition::longitude).orElse(null);
        addressString = location.address().orElse(null);
        mediaUrl = location.mediaUrl().map(URI::toString).orElse(null);
    }

    /** Where the matter is, as reported at registration ({@link ReportedLocation#NONE} when nothing was). */
    public ReportedLocation reportedLocation() {
        return new ReportedLocation(latitude == null ? Optional.empty() : Optional.of(new GeoPosition(latitude, longitude)),
                Optional.ofNullable(addressString), Optional.ofNullable(mediaUrl).map(URI::create));
    }

    /** Routes a received application to the unit responsible for it. */
    public StatusChange routeTo(Unit target, String actor, Instant now) {
        Objects.requireNonNull(target, "target");
        status.requireManualTransitionTo(ApplicationStatus.ROUTED);
        this.unit = target;
        ApplicationStatus from = status;
        status = ApplicationStatus.ROUTED;
        return record(from, status, target.name() + " birimine yönlendirildi.", actor(actor), now);
    }

    /**
     * Moves the application as a person asks, if the lifecycle allows it; records the outcome on a
     * conclusion. Refuses with a Turkish message otherwise.
     */
    public StatusChange changeStatus(StatusChangeRequest request, String actor, Instant now) {
        Objects.requireNonNull(request, "request");
        ApplicationStatus target = request.target();
        status.requireManualTransitionTo(target);
        if (target == ApplicationStatus.ROUTED && unit == null) {
            throw new DomainException(DomainErrorCode.STATUS_TRANSITION_REFUSED,
                    "Başvuru bir birime atanmadan «" + target.label() + "» durumuna alınamaz.");
        }
        String who = actor(actor);
        ApplicationStatus from = status;
        status = target;
        if (target.isConcluded()) {
            concludedAt = now;
            outcomeExplanation = request.outcomeExplanation().orElseThrow();
            alternativesOffered = request.alternativesOffered().orElse(null);
        }
        return record(from, target, request.reason(), who, now);
    }

    /**
     * Sends the application up to the governor or the ministry: only when it is open, past its
     * deadline at {@code now}, and was never escalated before.
     */
    public StatusChange escalate(EscalationTarget target, String actor, Instant now) {
        Objects.requireNonNull(target, "target");
        status.requireEscalation(Optional.ofNullable(escalatedAt), deadlineAt, now);
        ApplicationStatus from = status;
        status = target.escalatedStatus();
        escalationTarget = target;
        escalatedAt = now;
        return record(from, status, StatusChange.escalationReason(target), actor(actor), now);
    }

    /** Adds a note to the application's timeline. */
    public ApplicationNote addNote(String body, String author, Instant now) {
        ApplicationNote note = new ApplicationNote(this, Objects.requireNonNull(now, "now"), actor(author),
                FreeText.required(body, "Not", ApplicationNote.BODY_LENGTH));
        notes.add(note);
        return note;
    }

    /** Open and not yet escalated, with the deadline passed at {@code now}: what the deadline watch picks up. */
    public boolean isOverdue(Instant now) {
        return ApplicationStatus.escalatable().contains(status) && escalatedAt == null && now.isAfter(deadlineAt);
    }

    /** Time left until the deadline at {@code now}; negative once it has passed. */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, deadlineAt);
    }

    private StatusChange record(ApplicationStatus from, ApplicationStatus to, String reason, String actor, Instant now) {
        StatusChange change = new StatusChange(this, Objects.requireNonNull(now, "now"), actor, from, to, reason);
        history.add(change);
        return change;
    }

    private static String actor(String actor) {
        return FreeText.requiredLine(actor, "İşlemi yapan kullanıcı", StatusChange.ACTOR_LENGTH);
    }

    public Long id() {
        return id;
    }

    public TrackingNumber trackingNumber() {
        return trackingNumber;
    }

    public Citizen citizen() {
        return citizen;
    }

    public ApplicationKind kind() {
        return kind;
    }

    public ApplicationType type() {
        return type;
    }

    public Province province() {
        return province;
    }

    public Optional<District> district() {
        return Optional.ofNullable(district).map(District::new);
    }

    public IntakeChannel channel() {
        return channel;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    /** The unit responsible; empty while the application is only received. */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public Optional<Instant> concludedAt() {
        return Optional.ofNullable(concludedAt);
    }

    public Optional<String> outcomeExplanation() {
        return Optional.ofNullable(outcomeExplanation);
    }

    public Optional<String> alternativesOffered() {
        return Optional.ofNullable(alternativesOffered);
    }

    /** Where it was sent up to; stays set after the application moves on from the escalated status. */
    public Optional<EscalationTarget> escalationTarget() {
        return Optional.ofNullable(escalationTarget);
    }

    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    /** The optimistic-lock version: what a client read, to be sent back with a change. */
    public long version() {
        return version;
    }

    /** The status changes, oldest first. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    /** The notes, oldest first. */
    public List<ApplicationNote> notes() {
        return List.copyOf(notes);
    }
}
