package tr.gov.acikkapi.console.reports;

import tr.gov.acikkapi.casecore.application.AnalyticsFilter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a supervisor chose on the analytics page: a period of days in Istanbul (both ends included, either open) and
 * optionally one province. The same selection travels in the CSV link's query string.
 */
public record AnalyticsSelection(Optional<LocalDate> from, Optional<LocalDate> to, Optional<Integer> provinceCode) {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    public AnalyticsSelection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(provinceCode, "provinceCode");
    }

    /** Everything. */
    public static AnalyticsSelection all() {
        return new AnalyticsSelection(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** From possibly null values of a form. */
    public static AnalyticsSelection of(LocalDate from, LocalDate to, Integer provinceCode) {
        return new AnalyticsSelection(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(provinceCode));
    }

    /**
     * From request parameters {@code from}, {@code to} (ISO dates) and {@code province} (plate code); blank ones are
     * open. A value that is not a date or a number is refused with {@link IllegalArgumentException}.
     */
    public static AnalyticsSelection parse(Function<String, String> parameter) {
        try {
            return new AnalyticsSelection(text(parameter, "from").map(LocalDate::parse), text(parameter, "to").map(LocalDate::parse),
                    text(parameter, "province").map(Integer::valueOf));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("Bad analytics selection: " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(Function<String, String> parameter, String name) {
        return Optional.ofNullable(parameter.apply(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** False when the period ends before it starts. */
    public boolean valid() {
        return from.isEmpty() || to.isEmpty() || !from.get().isAfter(to.get());
    }

    /** The case core's filter: from the first day's midnight to the midnight after the last day, Istanbul time. */
    public AnalyticsFilter filter() {
        if (!valid()) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        return new AnalyticsFilter(from.map(d -> d.atStartOfDay(ISTANBUL).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(ISTANBUL).toInstant()), provinceCode);
    }

    /** The selection as a query string ({@code from=2026-01-01&province=6}), empty when everything is selected. */
    public String query() {
        List<String> parts = new ArrayList<>();
        from.ifPresent(d -> parts.add("from=" + d));
        to.ifPresent(d -> parts.add("to=" + d));
        provinceCode.ifPresent(p -> parts.add("province=" + p));
        return String.join("&", parts);
    }
}
