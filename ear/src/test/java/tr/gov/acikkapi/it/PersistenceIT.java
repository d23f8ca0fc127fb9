package tr.gov.acikkapi.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.identity.UserAccounts;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the deployed EAR: the migrations ran on MariaDB and JPA writes and reads through the data source. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(PersistenceIT.class, JpaProbe.class);
    }

    @Inject
    JpaProbe probe;

    @Inject
    AuditTrail audit;

    @Inject
    UserAccounts accounts;

    @Test
    void migrationsLoadedTheProvincesWithTurkishNames() {
        assertEquals(81, probe.provinceCount());
        assertEquals("İstanbul", probe.provinceName(34));
        assertEquals("Düzce", probe.provinceName(81));
    }

    @Test
    void auditEntryIsWrittenAndReadBackThroughJpa() {
        String subject = UUID.randomUUID().toString();
        audit.record("it-user", "VIEW", "citizen", subject, "search: 0532");
        audit.record("other-user", "VIEW", "citizen", subject, "call 1764337000.1");

        List<AuditTrail.Entry> entries = audit.about("citizen", subject);
        assertEquals(2, entries.size());
        assertEquals("other-user", entries.get(0).actor());
        assertEquals("call 1764337000.1", entries.get(0).reason());
        assertEquals(List.of("it-user", "other-user"), probe.auditActors(subject).stream().sorted().toList());
    }

    @Test
    void demoAccountsExistWithRolesAndPhones() {
        UserAccounts.UserAccount agent = accounts.find("temsilci1").orElseThrow();
        assertEquals("Local/1001@agents", agent.pbxInterface().orElseThrow());
        assertTrue(agent.roles().contains(tr.gov.acikkapi.casecore.identity.Role.AGENT));
        assertEquals(5, accounts.all().size());
    }
}
