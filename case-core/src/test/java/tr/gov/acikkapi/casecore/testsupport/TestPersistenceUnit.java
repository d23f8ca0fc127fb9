package tr.gov.acikkapi.casecore.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.hibernate.cfg.Configuration;
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
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.EscalationRule;
import tr.gov.acikkapi.casecore.domain.model.unit.RoutingRule;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.model.unit.UnitKind;

import javax.sql.DataSource;
import java.util.List;
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
            ApplicationNote.class, SurveyResponse.class, CallRecord.class, CallApplicationLink.class);

    private TestPersistenceUnit() {
    }

    /** Builds the factory; fails if the mappings do not validate against the database schema. */
    public static EntityManagerFactory create(DataSource dataSource) {
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.addAttributeConverter(TcKimlikNoConverter.class);
        configuration.addAttributeConverter(PhoneNumberConverter.class);
        configuration.addAttributeConverter(TrackingNumberConverter.class);
        configuration.getProperties().put("hibernate.connection.datasource", dataSource);
        configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
        configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
        configuration.setProperty("hibernate.jdbc.batch_size", "50");
        configuration.setProperty("hibernate.order_inserts", "true");
        configuration.setProperty("hibernate.order_updates", "true");
        configuration.setProperty("hibernate.show_sql", "false");
        configuration.setProperty("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName());
        return configuration.buildSessionFactory();
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
}
