package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.CitizenEvidence;
import tr.gov.acikkapi.casecore.application.CitizenProof;
import tr.gov.acikkapi.casecore.application.ProofOutcome;
import tr.gov.acikkapi.casecore.application.ProvenCitizen;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptCounterKey;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptPolicy;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptState;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen proof against the real schema: a read is answered only with the citizen's last four TC Kimlik digits
 * or phone on file; failed proofs lock the record and then the requester, reads are limited per requester, and the
 * counters live in the database (the ledger here is the real one over {@code attempt_counter}).
 */
class CitizenProofBeanTest {

    private static final String PHONE = "0532 555 12 34";
    private static final AtomicInteger REQUESTERS = new AtomicInteger();

    private static ServiceTestSupport services;
    private static TrackingNumber number;
    private static String tc;

    private final List<String> audited = new ArrayList<>();

    @BeforeAll
    static void application() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(Instant.parse("2025-07-01T06:00:00Z")));
        tc = ServiceTestSupport.newTcKimlikNo();
        RegisteredApplication registered = services.intake(bean -> bean.register(ServiceTestSupport.application(
                ServiceTestSupport.citizen(tc, "Kanıt", "Sahibi", PHONE, 6), 1101, 6, null)));
        number = registered.application().trackingNumber();
    }

    private final AttemptLedgerBean ledger = new AttemptLedgerBean(new AttemptCounterStore() {
        @Override
        public AttemptState read(AttemptCounterKey key) {
            return services.inTransaction(em -> new AttemptCounterStore(em).read(key));
        }

        @Override
        public AttemptState count(AttemptCounterKey key, AttemptPolicy policy, Instant now) {
            return services.inTransaction(em -> new AttemptCounterStore(em).count(key, policy, now));
        }

        @Override
        public void clear(AttemptCounterKey key) {
            services.inTransaction(em -> {
                new AttemptCounterStore(em).clear(key);
                return null;
            });
        }
    }, services.clock);

    private final AuditTrail audit = new AuditTrail() {
        @Override
        public void record(String actor, String action, String subjectType, String subjectId, String reason) {
            audited.add(actor + " " + action + " " + subjectType);
        }
    };

    /** Runs one call of the proof as the container would: its own transaction, the shared ledger and audit. */
    private <T> T prove(int readsPerWindow, int failedProofsPerWindow, Function<CitizenProof, T> call) {
        return services.inTransaction(em -> call.apply(new CitizenProofBean(new LookupsBean(em), ledger, audit, readsPerWindow,
                failedProofsPerWindow)));
    }

    private static String requester() {
        return "kanal-test-" + REQUESTERS.incrementAndGet();
    }

    private ProofOutcome<ApplicationDetail> read(int readsPerWindow, String requester, String evidence) {
        return prove(readsPerWindow, 100, proof -> proof.application(requester, number, CitizenEvidence.parse(evidence)));
    }

    private static String wrongLastFour() {
        return String.format("%04d", (Integer.parseInt(TcKimlikNo.of(tc).lastFour()) + 1) % 10_000);
    }

    @Test
    void theLastFourDigitsOrThePhoneOnFileProveTheCitizenAndNothingElseDoes() {
        String requester = requester();
        ProofOutcome<ApplicationDetail> byDigits = read(100, requester, TcKimlikNo.of(tc).lastFour());
        ApplicationDetail detail = (ApplicationDetail) assertInstanceOf(ProofOutcome.Proven.class, byDigits).value();
        assertEquals(number, detail.summary().trackingNumber());
        assertInstanceOf(ProofOutcome.Proven.class, read(100, requester, "+905325551234"));
        assertInstanceOf(ProofOutcome.NotProven.class, read(100, requester, wrongLastFour()));
        assertInstanceOf(ProofOutcome.NotProven.class, read(100, requester, "0533 555 12 34"));
    }

    @Test
    void fiveWrongProofsLockTheRecordForTheRequesterEvenAgainstTheRightDigitsAndTheLockIsAudited() {
        String requester = requester();
        for (int i = 0; i < CitizenProofBean.RECORD_FAILURES; i++) {
            assertInstanceOf(ProofOutcome.NotProven.class, read(100, requester, wrongLastFour()));
        }
        ProofOutcome<ApplicationDetail> refused = read(100, requester, TcKimlikNo.of(tc).lastFour());
        assertTrue(assertInstanceOf(ProofOutcome.Throttled.class, refused).retryAfter().toMinutes() >= 14, refused.toString());
        assertTrue(audited.stream().anyMatch(a -> a.equals(requester + " LOCKED " + CitizenProofBean.RECORD_SCOPE)), audited.toString());
        assertInstanceOf(ProofOutcome.Proven.class, read(100, requester(), TcKimlikNo.of(tc).lastFour()),
                "another requester is not locked out of the record");
    }

    @Test
    void readsBeyondTheRequestersLimitAreRefused() {
        String requester = requester();
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(ProofOutcome.Proven.class, read(3, requester, TcKimlikNo.of(tc).lastFour()));
        }
        assertInstanceOf(ProofOutcome.Throttled.class, read(3, requester, TcKimlikNo.of(tc).lastFour()));
        assertTrue(audited.contains(requester + " LOCKED " + CitizenProofBean.READ_SCOPE), audited.toString());
    }

    @Test
    void aTcKimlikNoListsTheCitizensApplicationsOnlyWithAPhoneOnFile() {
        String requester = requester();
        ProofOutcome<ProvenCitizen> proven = prove(100, 100,
                proof -> proof.citizen(requester, TcKimlikNo.of(tc), PhoneNumber.of(PHONE)));
        ProvenCitizen citizen = (ProvenCitizen) assertInstanceOf(ProofOutcome.Proven.class, proven).value();
        assertEquals(List.of(number), citizen.applications().stream().map(a -> a.trackingNumber()).toList());
        ProofOutcome<ProvenCitizen> stranger = prove(100, 100,
                proof -> proof.citizen(requester, TcKimlikNo.of(tc), PhoneNumber.of("0533 555 12 34")));
        assertInstanceOf(ProofOutcome.NotProven.class, stranger);
    }
}
