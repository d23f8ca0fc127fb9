package tr.gov.acikkapi.casecore.infrastructure.persistence;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.testsupport.EmbeddedMariaDb;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two transactions that update the same two rows in opposite order deadlock on a real MariaDB: the server refuses one
 * of them with error 1213, as a Galera node refuses the later of two conflicting commits. Without a retry that write is
 * lost; with {@link ConflictRetry} both land.
 */
class ConflictRetryTest {

    private static DataSource db;

    @BeforeAll
    static void createTable() throws SQLException {
        db = EmbeddedMariaDb.shared().emptyDatabase("conflict_retry_test");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE counter (id INT PRIMARY KEY, hits INT NOT NULL) ENGINE=InnoDB");
        }
    }

    private static void reset() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM counter");
            s.execute("INSERT INTO counter VALUES (1, 0), (2, 0)");
        }
    }

    /** Adds one to both rows in one transaction, first {@code first}, then the other once {@code bothStarted} opens. */
    private static Void bump(int first, CountDownLatch bothStarted, AtomicInteger attempts) throws Exception {
        attempts.incrementAndGet();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE counter SET hits = hits + 1 WHERE id = " + first);
                bothStarted.countDown();
                bothStarted.await(10, TimeUnit.SECONDS);
                s.executeUpdate("UPDATE counter SET hits = hits + 1 WHERE id = " + (3 - first));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        return null;
    }

    private static List<Integer> hits() throws SQLException {
        List<Integer> hits = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT hits FROM counter ORDER BY id")) {
            while (rs.next()) {
                hits.add(rs.getInt(1));
            }
        }
        return hits;
    }

    /** Runs the two crossing transactions, each through {@code retry}; returns the failures (null where it landed). */
    private static List<Exception> crossing(ConflictRetry retry, AtomicInteger attempts) throws Exception {
        reset();
        CountDownLatch bothStarted = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> runs = List.of(
                    pool.submit(() -> retry.call(() -> bump(1, bothStarted, attempts), "first")),
                    pool.submit(() -> retry.call(() -> bump(2, bothStarted, attempts), "second")));
            List<Exception> failures = new ArrayList<>();
            for (Future<Void> run : runs) {
                try {
                    run.get(30, TimeUnit.SECONDS);
                    failures.add(null);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add((Exception) e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutRetryTheDeadlockVictimsWriteIsLostWithError1213() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Exception> failures = crossing(new ConflictRetry(1, Duration.ZERO), attempts);

        List<Exception> refused = failures.stream().filter(f -> f != null).toList();
        assertEquals(1, refused.size(), "exactly one of the two crossing transactions is refused");
        assertTrue(CertificationConflict.causedBy(refused.get(0)), "recognised as a conflict: " + refused.get(0));
        assertEquals(List.of(1, 1), hits(), "only the winner's two updates are there");
        assertEquals(2, attempts.get());
    }

    @Test
    void withRetryBothTransactionsLand() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Exception> failures = crossing(ConflictRetry.DEFAULT, attempts);

        assertEquals(2, failures.size());
        assertTrue(failures.stream().allMatch(f -> f == null), "no failure reaches the caller: " + failures);
        assertEquals(List.of(2, 2), hits(), "both transactions' updates are there");
        assertEquals(3, attempts.get(), "the refused transaction ran once more");
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        SQLException duplicate = new SQLException("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062);
        Exception thrown = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> ConflictRetry.DEFAULT.call(() -> {
                    attempts.incrementAndGet();
                    throw duplicate;
                }, "duplicate"));
        assertEquals(duplicate, thrown);
        assertEquals(1, attempts.get());
        assertFalse(CertificationConflict.causedBy(duplicate));
    }

    @Test
    void aConflictWrappedByTheContainerIsRecognised() {
        SQLException galera = new SQLException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
        RuntimeException rolledBack = new RuntimeException("Transaction rolled back");
        rolledBack.addSuppressed(new IllegalStateException("commit failed", galera));
        assertTrue(CertificationConflict.causedBy(new RuntimeException("EJB call failed", rolledBack)));
    }
}
