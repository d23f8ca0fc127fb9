package tr.gov.acikkapi.casecore.interfaces.open311;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Open311StatusTest {

    @Test
    void concludedApplicationsAreClosedAllOthersOpen() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Open311Status expected = status.isConcluded() ? Open311Status.CLOSED : Open311Status.OPEN;
            assertEquals(expected, Open311Status.of(status), status.name());
        }
        assertEquals("open", Open311Status.of(ApplicationStatus.ESCALATED_MINISTRY).value());
        assertEquals("closed", Open311Status.of(ApplicationStatus.REDIRECTED).value());
    }

    @Test
    void filterOpenAndClosedSelectTheMatchingStatuses() {
        assertEquals(ApplicationStatus.open(), Open311Status.filter("open"));
        assertEquals(ApplicationStatus.concluded(), Open311Status.filter(" CLOSED "));
    }

    @Test
    void noFilterOrBothMeanEveryStatus() {
        assertTrue(Open311Status.filter(null).isEmpty());
        assertTrue(Open311Status.filter("").isEmpty());
        assertTrue(Open311Status.filter("open,closed").isEmpty());
        assertEquals(EnumSet.noneOf(ApplicationStatus.class), Open311Status.filter("closed, open"));
    }

    @Test
    void anyOtherValueIsABadRequestNamingTheParameter() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> Open311Status.filter("open,pending"));
        assertEquals(400, problem.status());
        assertEquals("status", problem.field().orElseThrow());
        assertTrue(problem.getMessage().contains("pending"));
    }
}
