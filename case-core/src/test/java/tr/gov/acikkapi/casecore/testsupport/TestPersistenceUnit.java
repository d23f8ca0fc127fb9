package tr.gov.acikkapi.casecore.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import org.hibernate.jpa.HibernatePersistenceProvider;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptCounter;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationNote;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;
import tr.gov.acikkapi.casecore.domain.model.application.SurveyResponse;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumberConverter;
import tr.gov.acikkapi.casecore.domain.model.call.CallApplicationLink;
import tr.gov.acikkapi.casecore.domain.model.call.CallRecord;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.Topic;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.CitizenPhone;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumberConverter;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNoConverter;
import tr.gov.acikkapi.casecore.domain.model.desk.DispositionCode;
import tr.gov.acikkapi.casecore.domain.model.desk.PauseReason;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyCampaign;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyDial;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyTarget;
import tr.gov.acikkapi.casecore.domain.model.unit.EscalationRule;
import tr.gov.acikkapi.casecore.domain.model.unit.RoutingRule;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.model.unit.UnitKind;
import tr.gov.acikkapi.casecore.identity.ConsoleUser;

import javax.sql.DataSource;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * A resource-local stand-in for the container's {@code acikkapi} persistence unit: Hibernate (the
 * provider WildFly uses) over a migrated test database, with the schema VALIDATED against the
 * entity mappings, so a mapping that does not fit the Flyway schema fails here and not at deployment.
 */
public final class TestPersistenceUnit {

    /** The case-core entities of this module's domain. */
    public static final List<Class<?>> ENTITIES = List.of(
            Province.class, Topic.class, ApplicationType.class, UnitKind.class, Unit.class, RoutingRule.class,
            EscalationRule.class, Citizen.class, CitizenPhone.class, Application.class, StatusChange.class,
            ApplicationNote.class, SurveyResponse.class, CallRecord.class, CallApplicationLink.class, ConsoleUser.class,
            PauseReason.class, DispositionCode.class, AttemptCounter.class,
            SurveyCampaign.class, SurveyTarget.class, SurveyDial.class, tr.gov.acikkapi.casecore.audit.AuditRecord.class);

    private TestPersistenceUnit() {
    }

    /**
     * Builds the factory through Hibernate's JPA bootstrap (as WildFly does, so JPA semantics such
     * as cascading PERSIST at flush hold); fails if the mappings do not validate against the schema.
     */
    public static EntityManagerFactory create(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hibernate.hbm2ddl.auto", "validate");
        properties.put("hibernate.jdbc.time_zone", "UTC");
        properties.put("hibernate.jdbc.batch_size", "50");
        properties.put("hibernate.order_inserts", "true");
        properties.put("hibernate.order_updates", "true");
        properties.put("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName());
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(new UnitInfo(dataSource), properties);
    }

    /** Runs {@code work} in its own entity manager and transaction, committing at the end (or rolling back on failure). */
    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** The persistence unit description the container would build from persistence.xml. */
    private record UnitInfo(DataSource dataSource) implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return "acikkapi-test";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return HibernatePersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            List<String> names = new ArrayList<>();
            ENTITIES.forEach(c -> names.add(c.getName()));
            names.add(TcKimlikNoConverter.class.getName());
            names.add(tr.gov.acikkapi.casecore.domain.model.survey.IdListConverter.class.getName());
            names.add(PhoneNumberConverter.class.getName());
            names.add(TrackingNumberConverter.class.getName());
            return names;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return TestPersistenceUnit.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // no bytecode enhancement in tests
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }
    }
}
