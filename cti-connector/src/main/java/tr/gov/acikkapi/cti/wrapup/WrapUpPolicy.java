package tr.gov.acikkapi.cti.wrapup;

import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the wrap-up goes for the calls of one queue: the longest the agent may take (zero: no wrap-up, the agent is
 * offered the next call at once) and the disposition written when that time runs out.
 */
public record WrapUpPolicy(Duration maximum, String defaultDisposition) {

    /** No wrap-up. */
    public static final WrapUpPolicy NONE = new WrapUpPolicy(Duration.ZERO, "-");

    public WrapUpPolicy {
        Objects.requireNonNull(maximum, "maximum");
        if (maximum.isNegative() || maximum.compareTo(Duration.ofHours(1)) > 0) {
            throw new CtiConfigurationException("The longest wrap-up must be between 0 and 3600 seconds, not "
                    + maximum.toSeconds());
        }
        if (defaultDisposition == null || !defaultDisposition.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new CtiConfigurationException("The default wrap-up disposition code is not valid: " + defaultDisposition);
        }
    }

    /** The configured maximum when neither the configuration nor the queue says otherwise. */
    public static final int DEFAULT_MAX_SECONDS = 60;
    /** The configured default disposition when the configuration names none (added by migration V12, inactive). */
    public static final String DEFAULT_DISPOSITION = "SURE_DOLDU";

    /**
     * The policy of a queue without settings of its own: {@code WRAPUP_MAX_SECONDS} (60; 0 turns the wrap-up off) and
     * {@code WRAPUP_DEFAULT_DISPOSITION} ({@value #DEFAULT_DISPOSITION}). A wrong value throws one clear, Turkish
     * message.
     */
    public static WrapUpPolicy fromConfiguration(Function<String, Optional<String>> config) {
        String max = config.apply("WRAPUP_MAX_SECONDS").map(String::strip).orElse(Integer.toString(DEFAULT_MAX_SECONDS));
        if (!max.matches("\\d{1,4}")) {
            throw new CtiConfigurationException("WRAPUP_MAX_SECONDS='" + max + "' is not a number of seconds.");
        }
        return new WrapUpPolicy(Duration.ofSeconds(Integer.parseInt(max)),
                config.apply("WRAPUP_DEFAULT_DISPOSITION").map(String::strip).orElse(DEFAULT_DISPOSITION));
    }

    /** Whether calls of the queue have a wrap-up at all. */
    public boolean active() {
        return !maximum.isZero();
    }
}
