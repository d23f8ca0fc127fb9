package tr.gov.acikkapi.casecore.domain.model.survey;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurveyTargetTest {

    private static final Instant T0 = Instant.parse("2026-12-07T07:00:00Z");
    private static final RetryRule THREE_TRIES_AN_HOUR_APART = new RetryRule(3, Duration.ofHours(1));

    private static SurveyTarget target() {
        return new SurveyTarget(1, 2, 3, "+905321234567", 6, 1, 101, T0);
    }

    @Test
    void noAnswerAndBusyWaitForTheSpacingAndEndUnreachedWhenTheTriesAreUsed() {
        SurveyTarget t = target();
        assertEquals(1, t.dial(T0, THREE_TRIES_AN_HOUR_APART));
        assertFalse(t.isDue(T0, THREE_TRIES_AN_HOUR_APART), "in flight");
        t.dialEnded(DialResult.NO_ANSWER, null, T0.plusSeconds(45), THREE_TRIES_AN_HOUR_APART);
        assertEquals(TargetState.WAITING, t.state());
        assertFalse(t.isDue(T0.plusSeconds(3_600), THREE_TRIES_AN_HOUR_APART));
        assertTrue(t.isDue(T0.plusSeconds(3_645), THREE_TRIES_AN_HOUR_APART));
        t.dial(T0.plusSeconds(3_645), THREE_TRIES_AN_HOUR_APART);
        t.dialEnded(DialResult.BUSY, null, T0.plusSeconds(3_650), THREE_TRIES_AN_HOUR_APART);
        t.dial(T0.plusSeconds(7_300), THREE_TRIES_AN_HOUR_APART);
        t.dialEnded(DialResult.NO_ANSWER, null, T0.plusSeconds(7_345), THREE_TRIES_AN_HOUR_APART);
        assertEquals(TargetState.UNREACHED, t.state());
        assertEquals(3, t.tries());
        assertThrows(IllegalStateException.class, () -> t.dial(T0.plus(Duration.ofDays(1)), THREE_TRIES_AN_HOUR_APART));
    }

    @Test
    void aRefusalDuringTheCallWinsAndIsNeverDialledAgain() {
        SurveyTarget t = target();
        t.dial(T0, THREE_TRIES_AN_HOUR_APART);
        t.refuse(T0.plusSeconds(20));
        t.dialEnded(DialResult.INCOMPLETE, null, T0.plusSeconds(30), THREE_TRIES_AN_HOUR_APART);
        assertEquals(TargetState.REFUSED, t.state());
        assertFalse(t.isDue(T0.plus(Duration.ofDays(3)), THREE_TRIES_AN_HOUR_APART));
    }

    @Test
    void aScoreCompletesAndAnAnsweredCallWithoutOneIsNotRetried() {
        SurveyTarget scored = target();
        scored.dial(T0, THREE_TRIES_AN_HOUR_APART);
        scored.dialEnded(DialResult.COMPLETED, 4, T0.plusSeconds(60), THREE_TRIES_AN_HOUR_APART);
        assertEquals(TargetState.COMPLETED, scored.state());
        assertEquals(4, scored.score().orElseThrow());
        SurveyTarget hungUp = target();
        hungUp.dial(T0, THREE_TRIES_AN_HOUR_APART);
        hungUp.dialEnded(DialResult.INCOMPLETE, null, T0.plusSeconds(60), THREE_TRIES_AN_HOUR_APART);
        assertEquals(TargetState.INCOMPLETE, hungUp.state());
    }

    @Test
    void aCampaignMovesOnlyAlongItsRules() {
        assertTrue(CampaignStatus.READY.canMoveTo(CampaignStatus.RUNNING));
        assertTrue(CampaignStatus.RUNNING.canMoveTo(CampaignStatus.PAUSED));
        assertTrue(CampaignStatus.PAUSED.canMoveTo(CampaignStatus.RUNNING));
        assertFalse(CampaignStatus.READY.canMoveTo(CampaignStatus.PAUSED));
        assertFalse(CampaignStatus.STOPPED.canMoveTo(CampaignStatus.RUNNING));
        assertFalse(CampaignStatus.FINISHED.canMoveTo(CampaignStatus.RUNNING));
    }
}
