package tr.gov.acikkapi.casecore.application.admin.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import tr.gov.acikkapi.casecore.testsupport.EmbeddedMariaDb;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;
import tr.gov.acikkapi.casecore.testsupport.TestPersistenceUnit;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The administration beans as the container runs them for one call (fresh entity manager and transaction, committed
 * on return, rolled back on a refusal), over a database of their own so that their edits of the catalogue never meet
 * other test classes. Audit entries are collected in {@link #audit}.
 */
final class AdminServices {

    private static EntityManagerFactory factory;

    final List<List<String>> audit = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    String caller = "yonetici";

    static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            factory = TestPersistenceUnit.create(EmbeddedMariaDb.shared().migratedDatabase("admin_test"));
        }
        return factory;
    }

    private final ChangeLog log = (actor, action, type, id, detail) -> audit.add(List.of(actor, action, type, id,
            detail == null ? "" : detail));

    <T> T users(Function<UserAdministrationBean, T> call) {
        return inTransaction(em -> call.apply(new UserAdministrationBean(em, log, () -> caller, clock)));
    }

    <T> T catalogue(Function<CatalogueAdministrationBean, T> call) {
        return inTransaction(em -> call.apply(new CatalogueAdministrationBean(em, log, () -> caller)));
    }

    <T> T routing(Function<RoutingAdministrationBean, T> call) {
        return inTransaction(em -> call.apply(new RoutingAdministrationBean(em, log, () -> caller)));
    }

    <T> T desk(Function<DeskChoiceAdministrationBean, T> call) {
        return inTransaction(em -> call.apply(new DeskChoiceAdministrationBean(em, log, () -> caller)));
    }

    <T> T wrapUps(Function<QueueWrapUpAdministrationBean, T> call) {
        return inTransaction(em -> call.apply(new QueueWrapUpAdministrationBean(em, log, () -> caller)));
    }

    /** Where an application of the type in the province goes now. */
    tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.Route route(int typeId, int provinceCode) {
        return routing(b -> b.route(typeId, provinceCode));
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistenceUnit.inTransaction(factory(), work);
    }

    /** The last audit entry: actor, action, subject type, subject id, detail. */
    List<String> lastAudit() {
        return audit.get(audit.size() - 1);
    }
}
