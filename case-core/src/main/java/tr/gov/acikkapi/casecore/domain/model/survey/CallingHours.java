package tr.gov.acikkapi.casecore.domain.model.survey;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When citizens may be called: weekdays (Monday to Friday; Saturday and Sunday too with {@code weekends}), from
 * {@code from} (included) to {@code to} (excluded), Istanbul time, whatever the server's zone. Office hours on
 * weekdays by default (09:00-17:00).
 */
public record CallingHours(LocalTime from, LocalTime to, boolean weekends) {

    /** The zone the hours are read in. */
    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    /** Office hours, the default. */
    public static final CallingHours OFFICE = new CallingHours(LocalTime.of(9, 0), LocalTime.of(17, 0), false);

    public CallingHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new DomainException(DomainErrorCode.SURVEY_CAMPAIGN_INVALID,
                    "Arama saatlerinin başlangıcı bitişinden önce olmalıdır.");
        }
    }

    /** Whether a call may be placed at this instant. */
    public boolean allows(Instant at) {
        ZonedDateTime local = at.atZone(ISTANBUL);
        DayOfWeek day = local.getDayOfWeek();
        if (!weekends && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(from) && time.isBefore(to);
    }
}
