package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.AttemptLedger;
import tr.gov.acikkapi.casecore.application.CitizenEvidence;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenProof;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.application.ProofOutcome;
import tr.gov.acikkapi.casecore.application.ProvenCitizen;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptPolicy;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptState;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link CitizenProof} over {@link Lookups} and the {@link AttemptLedger}. Limits (environment in brackets): reads
 * per requester {@code acikkapi.api.reads-per-10-minutes} ({@code ACIKKAPI_API_READS_PER_10_MINUTES}, 600); failed
 * proofs per requester {@code acikkapi.api.failed-proofs-per-15-minutes} (50), then a lock of 15 minutes, doubling up
 * to a day; failed proofs per record asked for: {@value #RECORD_FAILURES} in 15 minutes, then the same lock. The
 * record's counter key holds a tracking number or a hash of the TC Kimlik No, never the number itself.
 */
@Stateless
public class CitizenProofBean implements CitizenProof {

    static final String READ_SCOPE = "proof-read";
    static final String REQUESTER_SCOPE = "proof-requester";
    static final String RECORD_SCOPE = "proof-record";
    static final int RECORD_FAILURES = 5;

    private static final Logger LOG = Logger.getLogger(CitizenProofBean.class);
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Duration MAX_LOCK = Duration.ofDays(1);

    @Inject
    private Lookups lookups;

    @EJB
    private AttemptLedger ledger;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "acikkapi.api.reads-per-10-minutes", defaultValue = "600")
    int readsPerWindow;

    @Inject
    @ConfigProperty(name = "acikkapi.api.failed-proofs-per-15-minutes", defaultValue = "50")
    int failedProofsPerWindow;

    public CitizenProofBean() {
    }

    CitizenProofBean(Lookups lookups, AttemptLedger ledger, AuditTrail audit, int readsPerWindow, int failedProofsPerWindow) {
        this.lookups = lookups;
        this.ledger = ledger;
        this.audit = audit;
        this.readsPerWindow = readsPerWindow;
        this.failedProofsPerWindow = failedProofsPerWindow;
    }

    @Override
    public ProofOutcome<ApplicationDetail> application(String requester, TrackingNumber trackingNumber,
                                                       CitizenEvidence evidence) {
        String record = "application:" + trackingNumber.value();
        return read(requester, record, () -> lookups.byTrackingNumber(trackingNumber)
                .filter(detail -> matches(detail.citizen(), evidence)));
    }

    @Override
    public ProofOutcome<ProvenCitizen> citizen(String requester, TcKimlikNo tcKimlikNo, PhoneNumber phone) {
        String record = "citizen:" + sha256(tcKimlikNo.value()).substring(0, 32);
        return read(requester, record, () -> lookups.byTcKimlikNo(tcKimlikNo)
                .map(CitizenOverview::citizen)
                .filter(citizen -> citizen.phones().contains(phone))
                .map(citizen -> new ProvenCitizen(citizen, lookups.applicationsOf(citizen.id()))));
    }

    private <T> ProofOutcome<T> read(String requester, String record, Supplier<Optional<T>> lookup) {
        String recordKey = requester + "|" + record;
        Optional<Duration> wait = longest(ledger.waitFor(READ_SCOPE, requester), ledger.waitFor(REQUESTER_SCOPE, requester),
                ledger.waitFor(RECORD_SCOPE, recordKey));
        if (wait.isPresent()) {
            return new ProofOutcome.Throttled<>(wait.get());
        }
        AttemptState reads = ledger.count(READ_SCOPE, requester, AttemptPolicy.rate(readsPerWindow, Duration.ofMinutes(10)));
        if (reads.justLocked()) {
            lockAudited(requester, READ_SCOPE, requester);
            return new ProofOutcome.Throttled<>(reads.waitAt(reads.windowStart()).orElse(Duration.ofMinutes(10)));
        }
        Optional<T> found = lookup.get();
        if (found.isPresent()) {
            return new ProofOutcome.Proven<>(found.get());
        }
        AttemptState byRequester = ledger.count(REQUESTER_SCOPE, requester, failures(failedProofsPerWindow));
        AttemptState byRecord = ledger.count(RECORD_SCOPE, recordKey, failures(RECORD_FAILURES));
        if (byRequester.justLocked()) {
            lockAudited(requester, REQUESTER_SCOPE, requester);
        }
        if (byRecord.justLocked()) {
            lockAudited(requester, RECORD_SCOPE, record);
        }
        return new ProofOutcome.NotProven<>();
    }

    private static AttemptPolicy failures(int lockAt) {
        return new AttemptPolicy(lockAt - 1, lockAt, LOCK, Duration.ZERO, LOCK, MAX_LOCK);
    }

    private void lockAudited(String requester, String scope, String subject) {
        LOG.warnf("Citizen reads of %s locked (%s)", requester, scope);
        audit.record(requester, "LOCKED", scope, subject, "API: çok fazla okuma ya da hatalı kimlik kanıtı");
    }

    @SafeVarargs
    private static Optional<Duration> longest(Optional<Duration>... waits) {
        Optional<Duration> longest = Optional.empty();
        for (Optional<Duration> wait : waits) {
            if (wait.isPresent() && (longest.isEmpty() || wait.get().compareTo(longest.get()) > 0)) {
                longest = wait;
            }
        }
        return longest;
    }

    /** Whether the evidence is the citizen's: constant-time comparison of the digits, membership of the phone. */
    static boolean matches(CitizenSummary citizen, CitizenEvidence evidence) {
        if (evidence instanceof CitizenEvidence.TcKimlikLastFour lastFour) {
            return MessageDigest.isEqual(citizen.tcKimlikNo().lastFour().getBytes(StandardCharsets.US_ASCII),
                    lastFour.digits().getBytes(StandardCharsets.US_ASCII));
        }
        return evidence instanceof CitizenEvidence.PhoneOnFile phone && citizen.phones().contains(phone.phone());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
