package tr.gov.acikkapi.casecore.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.testsupport.EmbeddedMariaDb;
import tr.gov.acikkapi.casecore.testsupport.TestPersistenceUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

class EntityMappingTest {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void start() {
        factory = TestPersistenceUnit.create(EmbeddedMariaDb.shared().migratedDatabase("mapping_test"));
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void mappingsValidateAgainstTheMigratedSchema() {
        assertNotNull(factory);
    }
}
