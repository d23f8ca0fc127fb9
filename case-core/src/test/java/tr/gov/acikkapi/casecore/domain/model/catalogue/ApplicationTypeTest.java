package tr.gov.acikkapi.casecore.domain.model.catalogue;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationTypeTest {

    private final Topic health = new Topic(1, "SAG", "Sağlık");
    private final Topic tax = new Topic(17, "VRG", "Vergi ve Mali İşler");

    @Test
    void aNewTypeTakesTheNumberAfterTheHighest() {
        ApplicationType type = ApplicationType.nextIn(health, List.of(101, 102, 124), "Yeni tür", ProblemArea.INFORMATION);
        assertEquals(125, type.id());
        assertEquals("SAG-25", type.code());
        assertEquals(1, type.topicId());
        assertEquals("Yeni tür", type.name());
        assertEquals(ProblemArea.INFORMATION, type.problemArea());
        assertTrue(type.active());
    }

    @Test
    void numbersStartAtOneInAnEmptyTopicAndIgnoreOtherTopics() {
        ApplicationType type = ApplicationType.nextIn(tax, List.of(101, 1801), "İlk tür", ProblemArea.PAYMENT);
        assertEquals(1701, type.id());
        assertEquals("VRG-01", type.code());
    }

    @Test
    void aTopicHoldsAtMost99Types() {
        List<Integer> full = IntStream.rangeClosed(101, 199).boxed().toList();
        DomainException e = assertThrows(DomainException.class,
                () -> ApplicationType.nextIn(health, full, "Fazla", ProblemArea.INFORMATION));
        assertEquals(DomainErrorCode.TOPIC_FULL, e.code());
    }
}
