package tr.gov.acikkapi.console.wallboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One queue on the wallboard: who waits now, and what happened to its calls since the counters started (midnight in
 * Istanbul, or the server's start if later).
 *
 * @param waiting                 callers waiting now
 * @param oldestWaitingSince      when the caller who has waited longest entered the queue
 * @param offered                 calls that entered the queue
 * @param answered                calls an agent answered
 * @param answeredWithinThreshold answered after waiting no longer than the service-level threshold
 * @param abandoned               callers who hung up while waiting
 * @param unanswered              calls that left the queue without an agent (timeout, redirect)
 * @param waitSecondsTotal        total wait of the answered and abandoned calls
 * @param talkSecondsTotal        total talk time of the answered calls that ended
 * @param talkCount               answered calls that ended (the talk average's divisor)
 */
public record QueueFigures(String queue, int waiting, Optional<Instant> oldestWaitingSince, long offered, long answered,
                           long answeredWithinThreshold, long abandoned, long unanswered, long waitSecondsTotal,
                           long talkSecondsTotal, long talkCount) {

    /** The key of the all-queues row. */
    public static final String ALL = "";

    /**
     * Service level: the share of calls answered within the threshold among the calls whose wait is over (answered,
     * abandoned or unanswered), 0 to 1; empty before the first such call.
     */
    public OptionalDouble serviceLevel() {
        long finished = answered + abandoned + unanswered;
        return finished == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) answeredWithinThreshold / finished);
    }

    /** Average wait in seconds of the answered and abandoned calls. */
    public OptionalDouble averageWaitSeconds() {
        long n = answered + abandoned;
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) waitSecondsTotal / n);
    }

    /** Average talk time in seconds of the answered calls that ended. */
    public OptionalDouble averageTalkSeconds() {
        return talkCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) talkSecondsTotal / talkCount);
    }

    /** How long the longest-waiting caller has waited at {@code now} (zero when nobody waits). */
    public Duration longestWaitAt(Instant now) {
        return oldestWaitingSince.map(since -> Duration.between(since, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }

    /** The sum of several queues (the all-queues row). */
    public static QueueFigures total(List<QueueFigures> queues) {
        int waiting = 0;
        Optional<Instant> oldest = Optional.empty();
        long offered = 0, answered = 0, within = 0, abandoned = 0, unanswered = 0, wait = 0, talk = 0, talks = 0;
        for (QueueFigures q : queues) {
            waiting += q.waiting;
            if (q.oldestWaitingSince.isPresent() && (oldest.isEmpty() || q.oldestWaitingSince.get().isBefore(oldest.get()))) {
                oldest = q.oldestWaitingSince;
            }
            offered += q.offered;
            answered += q.answered;
            within += q.answeredWithinThreshold;
            abandoned += q.abandoned;
            unanswered += q.unanswered;
            wait += q.waitSecondsTotal;
            talk += q.talkSecondsTotal;
            talks += q.talkCount;
        }
        return new QueueFigures(ALL, waiting, oldest, offered, answered, within, abandoned, unanswered, wait, talk, talks);
    }
}
