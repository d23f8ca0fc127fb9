package tr.gov.acikkapi.casecore.infrastructure.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UniqueKeyViolationTest {

    @Test
    void findsTheKeyInMariaDbsMessageAnywhereInTheChain() {
        SQLException sql = new SQLIntegrityConstraintViolationException(
                "(conn=12) Duplicate entry 'temsilci4' for key 'uq_app_user_username'", "23000", 1062);
        PersistenceException wrapped = new PersistenceException("could not execute statement",
                new RuntimeException("constraint", sql));
        assertEquals(Optional.of("uq_app_user_username"), UniqueKeyViolation.keyOf(wrapped));
    }

    @Test
    void readsTheOlderTableDotKeyFormAndThePrimaryKey() {
        assertEquals(Optional.of("uq_topic_name"), UniqueKeyViolation.keyOf(
                new SQLException("Duplicate entry 'Sağlık' for key 'topic.uq_topic_name'", "23000", 1062)));
        assertEquals(Optional.of("primary"), UniqueKeyViolation.keyOf(
                new SQLException("Duplicate entry '125' for key 'PRIMARY'", "23000", 1062)));
    }

    @Test
    void otherFailuresAreNotUniqueKeyViolations() {
        assertEquals(Optional.empty(), UniqueKeyViolation.keyOf(new SQLException("Lock wait timeout", "40001", 1205)));
        assertEquals(Optional.empty(), UniqueKeyViolation.keyOf(
                new SQLException("Cannot add or update a child row: a foreign key constraint fails", "23000", 1452)));
        assertEquals(Optional.empty(), UniqueKeyViolation.keyOf(new PersistenceException("no cause")));
        assertEquals(Optional.empty(), UniqueKeyViolation.keyOf(null));
    }
}
