package tr.gov.acikkapi.casecore.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A satisfaction survey campaign, as a supervisor defines it: which concluded applications (conclusion dates,
 * provinces, topics, types, outcome), how many of them (a sample size or a share), when citizens may be called, how
 * often an unanswered or busy citizen is tried and how many calls run at once. The dialler calls its
 * {@link SurveyTarget}s while it is {@link CampaignStatus#RUNNING}.
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign {

    public static final int NAME_LENGTH = 120;
    public static final int MAX_CONCURRENCY = 100;
    public static final int MAX_SAMPLE_SIZE = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private CampaignStatus status;

    @Column(name = "concluded_from", nullable = false)
    private LocalDate concludedFrom;

    @Column(name = "concluded_to", nullable = false)
    private LocalDate concludedTo;

    @Convert(converter = IdListConverter.class)
    @Column(name = "province_codes", nullable = false, length = 400)
    private Set<Integer> provinceCodes = new TreeSet<>();

    @Convert(converter = IdListConverter.class)
    @Column(name = "topic_ids", nullable = false, length = 200)
    private Set<Integer> topicIds = new TreeSet<>();

    @Convert(converter = IdListConverter.class)
    @Column(name = "type_ids", nullable = false, length = 2000)
    private Set<Integer> typeIds = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private OutcomeFilter outcome;

    @Column(name = "sample_size")
    private Integer sampleSize;

    @Column(name = "sample_percent")
    private Integer samplePercent;

    @Column(name = "selected", nullable = false)
    private int selected;

    @Column(name = "calling_from", nullable = false)
    private LocalTime callingFrom;

    @Column(name = "calling_to", nullable = false)
    private LocalTime callingTo;

    @Column(name = "weekends", nullable = false)
    private boolean weekends;

    @Column(name = "max_tries", nullable = false)
    private int maxTries;

    @Column(name = "retry_minutes", nullable = false)
    private int retryMinutes;

    @Column(name = "concurrency", nullable = false)
    private int concurrency;

    @Column(name = "created_by", nullable = false, length = StatusChange.ACTOR_LENGTH)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SurveyCampaign() {
    }

    /**
     * A new campaign, {@link CampaignStatus#READY}. Exactly one of {@code sampleSize} and {@code samplePercent} is
     * given.
     */
    public SurveyCampaign(String name, Selection selection, Integer sampleSize, Integer samplePercent,
            CallingHours hours, RetryRule retries, int concurrency, String createdBy, Instant createdAt) {
        this.name = FreeText.requiredLine(name, "Kampanya adı", NAME_LENGTH);
        Objects.requireNonNull(selection, "selection");
        this.concludedFrom = selection.concludedFrom();
        this.concludedTo = selection.concludedTo();
        this.provinceCodes = new TreeSet<>(selection.provinceCodes());
        this.topicIds = new TreeSet<>(selection.topicIds());
        this.typeIds = new TreeSet<>(selection.typeIds());
        this.outcome = selection.outcome();
        if ((sampleSize == null) == (samplePercent == null)) {
            throw invalid("Örneklem için ya kişi sayısı ya da yüzde verilmelidir (ikisi birden değil).");
        }
        if (sampleSize != null && (sampleSize < 1 || sampleSize > MAX_SAMPLE_SIZE)) {
            throw invalid("Örneklem büyüklüğü 1 ile " + MAX_SAMPLE_SIZE + " arasında olmalıdır.");
        }
        if (samplePercent != null && (samplePercent < 1 || samplePercent > 100)) {
            throw invalid("Örneklem yüzdesi 1 ile 100 arasında olmalıdır.");
        }
        this.sampleSize = sampleSize;
        this.samplePercent = samplePercent;
        Objects.requireNonNull(hours, "hours");
        this.callingFrom = hours.from();
        this.callingTo = hours.to();
        this.weekends = hours.weekends();
        Objects.requireNonNull(retries, "retries");
        this.maxTries = retries.maxTries();
        this.retryMinutes = (int) retries.spacing().toMinutes();
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw invalid("Aynı anda arama sayısı 1 ile " + MAX_CONCURRENCY + " arasında olmalıdır.");
        }
        this.concurrency = concurrency;
        this.createdBy = FreeText.requiredLine(createdBy, "Oluşturan", StatusChange.ACTOR_LENGTH);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = CampaignStatus.READY;
    }

    /** The applications a campaign selects from: concluded in a date range (Istanbul days, both included). */
    public record Selection(LocalDate concludedFrom, LocalDate concludedTo, Set<Integer> provinceCodes,
                            Set<Integer> topicIds, Set<Integer> typeIds, OutcomeFilter outcome) {

        public Selection {
            if (concludedFrom == null || concludedTo == null) {
                throw invalid("Sonuçlanma tarih aralığı verilmelidir.");
            }
            if (concludedFrom.isAfter(concludedTo)) {
                throw invalid("Tarih aralığının başı sonundan sonra olamaz.");
            }
            provinceCodes = Set.copyOf(provinceCodes == null ? Set.of() : provinceCodes);
            topicIds = Set.copyOf(topicIds == null ? Set.of() : topicIds);
            typeIds = Set.copyOf(typeIds == null ? Set.of() : typeIds);
            outcome = outcome == null ? OutcomeFilter.ANY : outcome;
        }
    }

    /** How many of the matching applications to take: the sample size, or the share of {@code matching}. */
    public int sampleOf(int matching) {
        if (sampleSize != null) {
            return Math.min(sampleSize, matching);
        }
        return (int) Math.min(matching, Math.ceil(matching * samplePercent / 100.0));
    }

    /** Moves to {@code next} (start, pause, resume, stop, finish), or refuses with a clear message. */
    public void moveTo(CampaignStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new DomainException(DomainErrorCode.SURVEY_CAMPAIGN_STATE,
                    "Kampanya şu anda bu duruma geçirilemez (" + status + " → " + next + ").");
        }
        if (next == CampaignStatus.RUNNING && startedAt == null) {
            startedAt = now;
        }
        if (next.isFinal()) {
            endedAt = now;
        }
        status = next;
    }

    /** Records how many applications the selection gave. */
    public void selected(int count) {
        this.selected = count;
    }

    private static DomainException invalid(String message) {
        return new DomainException(DomainErrorCode.SURVEY_CAMPAIGN_INVALID, message);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CampaignStatus status() {
        return status;
    }

    public Selection selection() {
        return new Selection(concludedFrom, concludedTo, provinceCodes, topicIds, typeIds, outcome);
    }

    public OptionalInt sampleSize() {
        return sampleSize == null ? OptionalInt.empty() : OptionalInt.of(sampleSize);
    }

    public OptionalInt samplePercent() {
        return samplePercent == null ? OptionalInt.empty() : OptionalInt.of(samplePercent);
    }

    public int selected() {
        return selected;
    }

    public CallingHours hours() {
        return new CallingHours(callingFrom, callingTo, weekends);
    }

    public RetryRule retries() {
        return new RetryRule(maxTries, Duration.ofMinutes(retryMinutes));
    }

    public int concurrency() {
        return concurrency;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }
}
