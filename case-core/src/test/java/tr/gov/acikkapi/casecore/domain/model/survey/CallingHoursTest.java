package tr.gov.acikkapi.casecore.domain.model.survey;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Instant;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallingHoursTest {

    @Test
    void officeHoursAreWeekdaysNineToFiveInIstanbulWhateverTheServersZone() {
        CallingHours office = CallingHours.OFFICE;
        assertTrue(office.allows(Instant.parse("2026-12-07T06:00:00Z")), "Monday 09:00 Istanbul");
        assertFalse(office.allows(Instant.parse("2026-12-07T05:59:59Z")), "Monday 08:59:59 Istanbul");
        assertTrue(office.allows(Instant.parse("2026-12-07T13:59:59Z")), "Monday 16:59:59 Istanbul");
        assertFalse(office.allows(Instant.parse("2026-12-07T14:00:00Z")), "Monday 17:00 Istanbul");
        assertFalse(office.allows(Instant.parse("2026-12-05T09:00:00Z")), "Saturday noon");
        assertFalse(office.allows(Instant.parse("2026-12-06T09:00:00Z")), "Sunday noon");
        assertFalse(office.allows(Instant.parse("2026-12-06T21:30:00Z")), "Monday 00:30 Istanbul, still Sunday in UTC");
    }

    @Test
    void aCampaignMayCallAtWeekendsToo() {
        CallingHours everyDay = new CallingHours(LocalTime.of(10, 0), LocalTime.of(12, 0), true);
        assertTrue(everyDay.allows(Instant.parse("2026-12-05T08:00:00Z")), "Saturday 11:00 Istanbul");
        assertFalse(everyDay.allows(Instant.parse("2026-12-05T09:00:00Z")), "Saturday 12:00 Istanbul");
    }

    @Test
    void hoursOutOfOrderAreRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> new CallingHours(LocalTime.of(17, 0), LocalTime.of(9, 0), false));
        assertEquals(DomainErrorCode.SURVEY_CAMPAIGN_INVALID, e.code());
    }
}
