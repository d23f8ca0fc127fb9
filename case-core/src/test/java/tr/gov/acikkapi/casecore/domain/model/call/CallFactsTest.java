package tr.gov.acikkapi.casecore.domain.model.call;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CallFactsTest {

    private static final CallKey KEY = new CallKey("pbx1", "1718000000.42");
    private static final Instant ENTERED = Instant.parse("2025-05-01T08:00:00Z");

    @Test
    void anAnsweredCallCountsWaitAndTalkSeconds() {
        CallFacts call = new CallFacts(KEY, "05321234567", "acikkapi", "ajan1", ENTERED, ENTERED.plusSeconds(25),
                ENTERED.plusSeconds(205), "BILGI", false);
        assertEquals(CallOutcome.ANSWERED, call.outcome());
        assertEquals(25, call.waitSeconds());
        assertEquals(180, call.talkSeconds());
        assertEquals(Optional.of(PhoneNumber.of("+905321234567")), call.caller());
    }

    @Test
    void anAbandonedCallWaitedUntilItEnded() {
        CallFacts call = new CallFacts(KEY, "anonymous", " ", null, ENTERED, null, ENTERED.plusSeconds(40), null, false);
        assertEquals(CallOutcome.ABANDONED, call.outcome());
        assertEquals(40, call.waitSeconds());
        assertEquals(0, call.talkSeconds());
        assertEquals(Optional.empty(), call.caller());
        assertEquals(null, call.queue());
    }

    /**
     * Waiting when the PBX link went down, gone when it came back: it may have been answered unseen, so it is not
     * abandoned; the wait seen until the cut is kept. Answered before the cut, it stays answered.
     */
    @Test
    void aCallNotSeenToItsEndIsNotObservedUnlessSeenAnswered() {
        CallFacts unseen = new CallFacts(KEY, "05321234567", "acikkapi", null, ENTERED, null, ENTERED.plusSeconds(30),
                null, true);
        assertEquals(CallOutcome.NOT_OBSERVED, unseen.outcome());
        assertEquals(30, unseen.waitSeconds());
        assertEquals(0, unseen.talkSeconds());
        CallFacts answeredBeforeTheCut = new CallFacts(KEY, "05321234567", "acikkapi", "ajan1", ENTERED,
                ENTERED.plusSeconds(10), ENTERED.plusSeconds(30), null, true);
        assertEquals(CallOutcome.ANSWERED, answeredBeforeTheCut.outcome());
    }

    @Test
    void aSegmentEndingBeforeItStartsIsRefused() {
        assertThrows(DomainException.class, () -> new CallSegment("ajan1", ENTERED, ENTERED.minusSeconds(1), 0,
                SegmentEnd.COMPLETED, null));
        assertThrows(DomainException.class, () -> new CallSegment(" ", ENTERED, ENTERED, 0, SegmentEnd.COMPLETED, null));
        assertEquals(Optional.of("ajan2"), new CallSegment("ajan1", ENTERED, ENTERED.plusSeconds(9), 9,
                SegmentEnd.TRANSFERRED, " ajan2 ").target());
    }

    @Test
    void refusesTimesOutOfOrder() {
        assertEquals(DomainErrorCode.CALL_RECORD_INVALID, assertThrows(DomainException.class,
                () -> new CallFacts(KEY, null, null, null, ENTERED, null, ENTERED.minusSeconds(1), null, false)).code());
        assertThrows(DomainException.class,
                () -> new CallFacts(KEY, null, null, null, ENTERED, ENTERED.plusSeconds(50), ENTERED.plusSeconds(40), null, false));
        assertThrows(DomainException.class,
                () -> new CallFacts(KEY, null, null, null, ENTERED, ENTERED.minusSeconds(5), ENTERED.plusSeconds(40), null, false));
        assertThrows(DomainException.class, () -> new CallFacts(KEY, null, null, null, null, null, ENTERED, null, false));
    }

    @Test
    void callKeysAreAsciiTokens() {
        assertThrows(DomainException.class, () -> new CallKey("", "1"));
        assertThrows(DomainException.class, () -> new CallKey("pbx 1", "1"));
        assertThrows(DomainException.class, () -> new CallKey("pbx1", "x".repeat(65)));
        assertEquals("pbx1/1.2", new CallKey("pbx1", "1.2").toString());
    }

    @Test
    void relationsKeepTheStrongest() {
        assertEquals(CallRelation.CREATED, CallRelation.VIEWED.strongest(CallRelation.CREATED));
        assertEquals(CallRelation.UPDATED, CallRelation.UPDATED.strongest(CallRelation.VIEWED));
        assertEquals(CallRelation.VIEWED, CallRelation.VIEWED.strongest(null));
    }
}
