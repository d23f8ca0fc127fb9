package tr.gov.acikkapi.cti.simulator;

import java.time.Duration;
import java.util.List;

/**
 * How the simulated citizens answer survey calls: the callee for a number on its {@code attempt}-th call (1 for the
 * first). Tests give their own; {@link #demo()} is the demo's mix.
 */
@FunctionalInterface
public interface SurveyAnswering {

    SurveyCallee callee(String number, int attempt);

    /**
     * The demo's mix, by the number's last digit: 0 busy on the first call, then scores 5; 1 no answer on the first
     * call, then scores 4; 2 never answers; 3 declines (key 0); 4 hangs up without a key; 5 scores 4; 6 and 7 score 5;
     * 8 scores 4; 9 scores 2. So most citizens who key a score are satisfied (six in seven), as the service reports.
     */
    static SurveyAnswering demo() {
        Duration ring = Duration.ofSeconds(3);
        Duration ringOut = Duration.ofSeconds(20);
        return (number, attempt) -> {
            char last = number.isEmpty() ? '6' : number.charAt(number.length() - 1);
            return switch (last) {
                case '0' -> attempt == 1 ? new SurveyCallee.Busy() : SurveyCallee.scores(5, ring);
                case '1' -> attempt == 1 ? new SurveyCallee.NoAnswer(ringOut) : SurveyCallee.scores(4, ring);
                case '2' -> new SurveyCallee.NoAnswer(ringOut);
                case '3' -> new SurveyCallee.Answers(ring, List.of("0"));
                case '4' -> new SurveyCallee.Answers(ring, List.of());
                case '5' -> SurveyCallee.scores(4, ring);
                case '8' -> SurveyCallee.scores(4, ring);
                case '9' -> SurveyCallee.scores(2, ring);
                default -> SurveyCallee.scores(5, ring);
            };
        };
    }
}
