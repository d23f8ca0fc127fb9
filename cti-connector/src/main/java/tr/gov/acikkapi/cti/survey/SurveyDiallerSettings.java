package tr.gov.acikkapi.cti.survey;

import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The survey dialler's settings, from the environment.
 *
 * @param maxChannels   survey calls at once over all campaigns: the PBX's (trunk's) capacity spared for surveys
 * @param ringTimeout   how long a citizen's phone rings before the call counts as not answered
 * @param callerId      the number citizens see (the call center's)
 * @param maxCallLength a call in flight longer than this is given up as interrupted (a lost Hangup)
 * @param interval      how often the dialler looks for due citizens when nothing else wakes it
 */
public record SurveyDiallerSettings(int maxChannels, Duration ringTimeout, String callerId, Duration maxCallLength,
                                    Duration interval) {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,20}");

    public SurveyDiallerSettings {
        if (maxChannels < 1 || maxChannels > 500) {
            throw new CtiConfigurationException("Survey setting ACIKKAPI_SURVEY_MAX_CHANNELS='" + maxChannels
                    + "' is wrong: it must be between 1 and 500.");
        }
        if (callerId == null || !NUMBER.matcher(callerId).matches()) {
            throw new CtiConfigurationException("Survey setting ACIKKAPI_SURVEY_CALLER_ID='" + callerId
                    + "' is wrong: it must be a phone number (digits, optionally a leading +).");
        }
    }

    /** The defaults: 10 channels, 30 s of ringing, caller ID 3122223344, 15 minutes at most per call, every second. */
    public static SurveyDiallerSettings defaults() {
        return new SurveyDiallerSettings(10, Duration.ofSeconds(30), "3122223344", Duration.ofMinutes(15),
                Duration.ofSeconds(1));
    }

    /** From {@code ACIKKAPI_SURVEY_*} variables; a wrong value stops with a message naming it. */
    public static SurveyDiallerSettings from(Function<String, Optional<String>> env) {
        SurveyDiallerSettings d = defaults();
        return new SurveyDiallerSettings(
                number(env, "ACIKKAPI_SURVEY_MAX_CHANNELS", d.maxChannels(), 1, 500),
                Duration.ofSeconds(number(env, "ACIKKAPI_SURVEY_RING_SECONDS", (int) d.ringTimeout().toSeconds(), 10, 120)),
                env.apply("ACIKKAPI_SURVEY_CALLER_ID").map(String::trim).orElse(d.callerId()),
                d.maxCallLength(), d.interval());
    }

    private static int number(Function<String, Optional<String>> env, String name, int fallback, int min, int max) {
        Optional<String> raw = env.apply(name).map(String::trim).filter(v -> !v.isEmpty());
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CtiConfigurationException("Survey setting " + name + "='" + raw.get() + "' is wrong: it must be "
                + "between " + min + " and " + max + ".");
    }
}
