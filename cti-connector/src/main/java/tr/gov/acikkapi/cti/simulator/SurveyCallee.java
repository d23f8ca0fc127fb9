package tr.gov.acikkapi.cti.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a simulated citizen does when the survey dialler calls: answers and keys (a score, 0 to decline, 9 never to be
 * called again, nothing), lets it ring out, is busy, or cannot be reached at all.
 */
public sealed interface SurveyCallee {

    /** Answers after {@code ring} and presses {@code keys}, one entry per question the script asks. */
    record Answers(Duration ring, List<String> keys) implements SurveyCallee {
        public Answers {
            Objects.requireNonNull(ring, "ring");
            keys = List.copyOf(keys);
        }
    }

    /** Rings for {@code ringFor}, unanswered (OriginateResponse Failure, Reason 3). */
    record NoAnswer(Duration ringFor) implements SurveyCallee {
        public NoAnswer {
            Objects.requireNonNull(ringFor, "ringFor");
        }
    }

    /** The line is busy at once (Reason 5). */
    record Busy() implements SurveyCallee {
    }

    /** The network cannot place the call (congestion, Reason 8). */
    record Unreachable() implements SurveyCallee {
    }

    /** A citizen who answers after {@code ring} and keys one score. */
    static SurveyCallee scores(int score, Duration ring) {
        return new Answers(ring, List.of(Integer.toString(score)));
    }
}
