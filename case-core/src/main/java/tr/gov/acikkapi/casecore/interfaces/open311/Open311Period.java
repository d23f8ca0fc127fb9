package tr.gov.acikkapi.casecore.interfaces.open311;

import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The registration period a request list covers, from Open311's {@code start_date} and {@code end_date}
 * (both inclusive): at most {@value #MAX_DAYS} days. Without dates, the last {@value #MAX_DAYS} days; with
 * one date, {@value #MAX_DAYS} days from or up to it. Dates are ISO 8601 with an offset as the spec asks
 * ({@code 2026-03-01T00:00:00+03:00}, {@code …Z}); a date-time without offset or a bare date
 * ({@code 2026-03-01}, the whole day) is read in Turkey's time. A {@code +} of an offset that reached us as a
 * space (an unencoded query string) is read as {@code +}.
 *
 * @param from   first instant included
 * @param before first instant no longer included
 */
public record Open311Period(Instant from, Instant before) {

    /** Longest period one list covers, and the default period. */
    public static final int MAX_DAYS = 90;
    private static final Duration MAX = Duration.ofDays(MAX_DAYS);

    /** The period for the given parameters (either may be null or blank) at {@code now}. */
    public static Open311Period of(String startDate, String endDate, Instant now) {
        Instant start = blank(startDate) ? null : parse(startDate, "start_date", false);
        Instant end = blank(endDate) ? null : parse(endDate, "end_date", true);
        if (start == null && end == null) {
            return new Open311Period(now.minus(MAX), now.plusMillis(1));
        }
        if (start == null) {
            return new Open311Period(end.minus(MAX), end);
        }
        if (end == null) {
            return new Open311Period(start, start.plus(MAX));
        }
        if (!end.isAfter(start)) {
            throw ApiProblem.badRequest("INVALID_VALUE", "end_date, start_date'ten sonra olmalıdır.", "end_date");
        }
        if (Duration.between(start, end).compareTo(MAX.plusMillis(1)) > 0) {
            throw ApiProblem.badRequest("INVALID_VALUE",
                    "start_date ile end_date arası en fazla " + MAX_DAYS + " gün olabilir.", "end_date");
        }
        return new Open311Period(start, end);
    }

    /**
     * Reads one date parameter. For an end date the instant returned is the first one no longer included:
     * the next millisecond after a date-time, the next midnight after a bare date.
     */
    static Instant parse(String text, String parameter, boolean end) {
        String value = text.strip().replace(' ', '+');
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(IstanbulTime.ZONE).toInstant();
            }
            Instant instant = hasOffset(value) ? OffsetDateTime.parse(value).toInstant()
                    : LocalDateTime.parse(value).atZone(IstanbulTime.ZONE).toInstant();
            return end ? instant.truncatedTo(ChronoUnit.MILLIS).plusMillis(1) : instant;
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_VALUE", parameter
                    + " ISO 8601 biçiminde olmalıdır, ör. 2026-03-01T09:00:00+03:00 veya 2026-03-01.", parameter);
        }
    }

    private static boolean hasOffset(String value) {
        int time = value.indexOf('T');
        return value.endsWith("Z") || time > 0
                && (value.indexOf('+', time) > 0 || value.indexOf('-', time) > 0);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
