package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;
import tr.gov.acikkapi.casecore.testsupport.TestPersistenceUnit;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the EJB implementations as the container would for one call: a fresh entity manager and
 * transaction per call, committed when the method returns, rolled back when it throws.
 */
final class ServiceTestSupport {

    private static final AtomicInteger NEXT_TC = new AtomicInteger(200_000_000);

    private final EntityManagerFactory factory;
    final MutableClock clock;

    ServiceTestSupport(EntityManagerFactory factory, MutableClock clock) {
        this.factory = factory;
        this.clock = clock;
    }

    <T> T intake(Function<IntakeBean, T> call) {
        return TestPersistenceUnit.inTransaction(factory, em -> call.apply(new IntakeBean(em, clock)));
    }

    <T> T lifecycle(Function<ApplicationLifecycleBean, T> call) {
        return TestPersistenceUnit.inTransaction(factory, em -> call.apply(new ApplicationLifecycleBean(em, clock)));
    }

    <T> T lookups(Function<LookupsBean, T> call) {
        return TestPersistenceUnit.inTransaction(factory, em -> call.apply(new LookupsBean(em)));
    }

    <T> T calls(Function<CallRecordsBean, T> call) {
        return TestPersistenceUnit.inTransaction(factory, em -> call.apply(new CallRecordsBean(em, clock)));
    }

    <T> T watch(Function<DeadlineWatchBean, T> call) {
        return TestPersistenceUnit.inTransaction(factory, em -> call.apply(new DeadlineWatchBean(em, clock)));
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistenceUnit.inTransaction(factory, work);
    }

    /** A valid TC Kimlik No never used before in this test run. */
    static String newTcKimlikNo() {
        return TcKimlikNo.withCheckDigits(String.valueOf(NEXT_TC.incrementAndGet())).value();
    }

    static CitizenDetails citizen(String tc, String first, String last, String phone, int province) {
        return new CitizenDetails(tc, first, last, phone, null, province, null, 1975, Gender.UNSPECIFIED, EscortNeeds.none());
    }

    static NewApplication application(CitizenDetails citizen, int typeId, int province, CallKey call) {
        return new NewApplication(citizen, ApplicationKind.COMPLAINT, typeId, province, null, IntakeChannel.CALL_CENTER,
                "Konu " + typeId, "Açıklama: vatandaşın anlattıkları.", "ajan1", call);
    }

    /** Registers an application of the type in the province for a new citizen. */
    RegisteredApplication register(int typeId, int province) {
        return intake(bean -> bean.register(application(citizen(newTcKimlikNo(), "Deneme", "Vatandaş", null, province),
                typeId, province, null)));
    }
}
