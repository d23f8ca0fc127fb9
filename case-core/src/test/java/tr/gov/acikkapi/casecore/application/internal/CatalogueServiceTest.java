package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueServiceTest {

    private static ServiceTestSupport services;

    @BeforeAll
    static void start() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(Instant.parse("2025-06-02T07:15:00Z")));
    }

    @Test
    void listsThe322TypesUnderThe17TopicsInCatalogueOrder() {
        List<CatalogueEntry> types = services.inTransaction(em -> new CatalogueService(em).activeTypes());
        assertEquals(322, types.size());
        Set<Integer> topics = new HashSet<>();
        types.forEach(t -> topics.add(t.topicId()));
        assertEquals(17, topics.size());
        CatalogueEntry first = types.get(0);
        assertEquals(new CatalogueEntry(101, "SAG-01", "Hastane randevusu alınamaması (MHRS)", ProblemArea.SERVICE_DELIVERY, 1,
                "SAG", "Sağlık"), first);
        for (int i = 1; i < types.size(); i++) {
            assertTrue(types.get(i - 1).topicId() <= types.get(i).topicId(), "topics in order");
        }
        assertEquals(322, new HashSet<>(types.stream().map(CatalogueEntry::typeCode).toList()).size(), "codes are unique");
    }

    @Test
    void findsOneTypeByItsCode() {
        assertEquals(Optional.of(102), services.inTransaction(em -> new CatalogueService(em).activeType(" SAG-02 "))
                .map(CatalogueEntry::typeId));
        assertEquals(Optional.empty(), services.inTransaction(em -> new CatalogueService(em).activeType("XYZ-99")));
        assertEquals(Optional.empty(), services.inTransaction(em -> new CatalogueService(em).activeType(null)));
    }
}
