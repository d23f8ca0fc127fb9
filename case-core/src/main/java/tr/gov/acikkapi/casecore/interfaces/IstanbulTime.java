package tr.gov.acikkapi.casecore.interfaces;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as the HTTP interfaces show them: stored in UTC, written in Turkey's time (Europe/Istanbul) with
 * the offset, ISO 8601 ({@code 2026-03-01T10:15:30+03:00}), so every client reads the same instant.
 */
public final class IstanbulTime {

    /** Turkey's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

    private IstanbulTime() {
    }

    /** The instant in Turkey's time, to the millisecond; null stays null. */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atZone(ZONE).toOffsetDateTime();
    }

    /** The instant as ISO 8601 text to the second with the offset ({@code 2026-03-01T10:15:30+03:00}); null stays null. */
    public static String iso(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime());
    }
}
