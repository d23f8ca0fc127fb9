package tr.gov.acikkapi.casecore.interfaces.problem;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemTranslationTest {

    @Test
    void everyDomainCodeHasAClientErrorStatus() {
        for (DomainErrorCode code : DomainErrorCode.values()) {
            int status = ProblemTranslation.statusOf(code);
            assertTrue(status >= 400 && status < 500, code + " → " + status);
        }
    }

    @Test
    void statusesFollowWhatWentWrong() {
        assertEquals(400, ProblemTranslation.statusOf(DomainErrorCode.TC_KIMLIK_NO_CHECKSUM));
        assertEquals(400, ProblemTranslation.statusOf(DomainErrorCode.INVALID_TEXT));
        assertEquals(400, ProblemTranslation.statusOf(DomainErrorCode.APPLICATION_TYPE_NOT_FOUND));
        assertEquals(400, ProblemTranslation.statusOf(DomainErrorCode.PROVINCE_NOT_FOUND));
        assertEquals(404, ProblemTranslation.statusOf(DomainErrorCode.APPLICATION_NOT_FOUND));
        assertEquals(409, ProblemTranslation.statusOf(DomainErrorCode.CONCURRENT_MODIFICATION));
        assertEquals(422, ProblemTranslation.statusOf(DomainErrorCode.STATUS_TRANSITION_REFUSED));
        assertEquals(422, ProblemTranslation.statusOf(DomainErrorCode.OUTCOME_EXPLANATION_REQUIRED));
    }

    @Test
    void aDomainRefusalKeepsItsCodeAndTurkishMessageAndNamesItsField() {
        ApiProblem problem = ProblemTranslation.of(new DomainException(DomainErrorCode.PHONE_FOREIGN, "Yalnızca Türkiye numaraları."));
        assertEquals(400, problem.status());
        assertEquals("PHONE_FOREIGN", problem.code());
        assertEquals("Yalnızca Türkiye numaraları.", problem.getMessage());
        assertEquals("citizen.phone", problem.field().orElseThrow());
    }

    @Test
    void refusalsWrappedByTheEjbContainerAreUnwrapped() {
        DomainException refused = new DomainException(DomainErrorCode.STATUS_TRANSITION_REFUSED, "Başvuru sonuçlanmış.");
        ApiProblem problem = ProblemTranslation.of(new EJBException(refused));
        assertEquals(422, problem.status());
        assertEquals("Başvuru sonuçlanmış.", problem.getMessage());

        ApiProblem conflict = ProblemTranslation.of(new EJBTransactionRolledbackException("rolled back",
                new RuntimeException(new OptimisticLockException("stale"))));
        assertEquals(409, conflict.status());
        assertEquals("CONCURRENT_MODIFICATION", conflict.code());
    }

    @Test
    void anApiProblemStaysItself() {
        ApiProblem forbidden = ApiProblem.forbidden("ROLE_REQUIRED", "Yetki yok.");
        assertSame(forbidden, ProblemTranslation.of(forbidden));
    }

    @Test
    void unreadableBodiesAreBadRequests() {
        ApiProblem problem = ProblemTranslation.of(new ProcessingException("RESTEASY008200", new JsonbException("Unexpected char")));
        assertEquals(400, problem.status());
        assertEquals(ProblemTranslation.INVALID_BODY, problem.code());
        assertEquals(400, ProblemTranslation.of(new JsonbException("bad")).status());
    }

    @Test
    void unexpectedFailuresAre500sThatRevealNothing() {
        ApiProblem problem = ProblemTranslation.of(new IllegalStateException("SQL: select * from citizen where tc=..."));
        assertEquals(500, problem.status());
        assertEquals(ProblemTranslation.INTERNAL_ERROR, problem.code());
        assertFalse(problem.getMessage().contains("SQL"));
        assertTrue(problem.field().isEmpty());
    }
}
