package tr.gov.acikkapi.casecore.interfaces.open311;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Open311PeriodTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");

    @Test
    void withoutDatesTheLastNinetyDaysUpToNow() {
        Open311Period period = Open311Period.of(null, " ", NOW);
        assertEquals(NOW.minus(Duration.ofDays(90)), period.from());
        assertEquals(NOW.plusMillis(1), period.before());
    }

    @Test
    void dateTimesWithOffsetAreInstantsAndTheEndIsInclusive() {
        Open311Period period = Open311Period.of("2026-03-01T09:00:00+03:00", "2026-03-02T10:15:30Z", NOW);
        assertEquals(Instant.parse("2026-03-01T06:00:00Z"), period.from());
        assertEquals(Instant.parse("2026-03-02T10:15:30.001Z"), period.before());
    }

    @Test
    void bareDatesAreWholeDaysInTurkeysTime() {
        Open311Period period = Open311Period.of("2026-03-01", "2026-03-01", NOW);
        assertEquals(Instant.parse("2026-02-28T21:00:00Z"), period.from());
        assertEquals(Instant.parse("2026-03-01T21:00:00Z"), period.before());
    }

    @Test
    void dateTimesWithoutOffsetAreTurkeysTime() {
        assertEquals(Instant.parse("2026-03-01T06:30:00Z"), Open311Period.of("2026-03-01T09:30:00", null, NOW).from());
    }

    @Test
    void aPlusSignDecodedAsASpaceIsReadAsPlus() {
        assertEquals(Instant.parse("2026-03-01T06:00:00Z"), Open311Period.of("2026-03-01T09:00:00 03:00", null, NOW).from());
    }

    @Test
    void oneDateGivesNinetyDaysFromOrUpToIt() {
        Open311Period fromStart = Open311Period.of("2026-01-01T00:00:00Z", null, NOW);
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), fromStart.from());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), fromStart.before());

        Open311Period upToEnd = Open311Period.of(null, "2026-04-01T00:00:00Z", NOW);
        assertEquals(Instant.parse("2026-04-01T00:00:00.001Z"), upToEnd.before());
        assertEquals(upToEnd.before().minus(Duration.ofDays(90)), upToEnd.from());
    }

    @Test
    void ninetyWholeDaysAreAllowedOneMoreIsNot() {
        Open311Period.of("2026-01-01", "2026-03-31", NOW);
        ApiProblem tooLong = assertThrows(ApiProblem.class, () -> Open311Period.of("2026-01-01", "2026-04-01", NOW));
        assertEquals(400, tooLong.status());
        assertEquals("end_date", tooLong.field().orElseThrow());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> Open311Period.of("2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", NOW));
        assertEquals("end_date", problem.field().orElseThrow());
    }

    @Test
    void unreadableDatesAreBadRequestsNamingTheParameter() {
        ApiProblem start = assertThrows(ApiProblem.class, () -> Open311Period.of("01.03.2026", null, NOW));
        assertEquals(400, start.status());
        assertEquals("start_date", start.field().orElseThrow());
        ApiProblem end = assertThrows(ApiProblem.class, () -> Open311Period.of(null, "2026-13-01T00:00:00Z", NOW));
        assertEquals("end_date", end.field().orElseThrow());
    }
}
