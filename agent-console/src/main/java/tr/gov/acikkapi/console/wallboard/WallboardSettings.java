package tr.gov.acikkapi.console.wallboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The wallboard's service-level threshold and colour thresholds, from MicroProfile Config (environment variables
 * such as {@code ACIKKAPI_SERVICE_LEVEL_SECONDS}, system properties, or {@code microprofile-config.properties}).
 * A figure is amber ("warn") beyond its first threshold and red ("alarm") beyond its second.
 */
@ApplicationScoped
public class WallboardSettings {

    @Inject
    @ConfigProperty(name = "acikkapi.service.level.seconds", defaultValue = "20")
    int serviceLevelSeconds;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.waiting.warn", defaultValue = "3")
    int waitingWarn;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.waiting.alarm", defaultValue = "6")
    int waitingAlarm;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.wait.warn.seconds", defaultValue = "60")
    int waitWarnSeconds;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.wait.alarm.seconds", defaultValue = "120")
    int waitAlarmSeconds;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.service.level.warn", defaultValue = "80")
    int serviceLevelWarnPercent;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.service.level.alarm", defaultValue = "60")
    int serviceLevelAlarmPercent;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.pause.warn.minutes", defaultValue = "15")
    int pauseWarnMinutes;

    @Inject
    @ConfigProperty(name = "acikkapi.wallboard.pause.alarm.minutes", defaultValue = "30")
    int pauseAlarmMinutes;

    /** A call answered after waiting at most this long counts for the service level (default 20 s). */
    public int serviceLevelSeconds() {
        return Math.max(1, serviceLevelSeconds);
    }

    /** More callers waiting than this is amber (default 3). */
    public int waitingWarn() {
        return waitingWarn;
    }

    /** More callers waiting than this is red (default 6). */
    public int waitingAlarm() {
        return waitingAlarm;
    }

    /** A longest wait above this many seconds is amber (default 60). */
    public int waitWarnSeconds() {
        return waitWarnSeconds;
    }

    /** A longest wait above this many seconds is red (default 120). */
    public int waitAlarmSeconds() {
        return waitAlarmSeconds;
    }

    /** A service level below this percentage is amber (default 80). */
    public int serviceLevelWarnPercent() {
        return serviceLevelWarnPercent;
    }

    /** A service level below this percentage is red (default 60). */
    public int serviceLevelAlarmPercent() {
        return serviceLevelAlarmPercent;
    }

    /** A pause longer than this many minutes is amber (default 15). */
    public int pauseWarnMinutes() {
        return pauseWarnMinutes;
    }

    /** A pause longer than this many minutes is red (default 30). */
    public int pauseAlarmMinutes() {
        return pauseAlarmMinutes;
    }
}
