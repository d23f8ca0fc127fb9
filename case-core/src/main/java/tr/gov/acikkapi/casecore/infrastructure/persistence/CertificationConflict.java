package tr.gov.acikkapi.casecore.infrastructure.persistence;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a transaction the database refused because another transaction wrote the same rows at the same moment:
 * on MariaDB Galera a certification failure (two nodes changed one row; the later commit loses), on a single MariaDB
 * an InnoDB deadlock. Both arrive as error 1213, SQLSTATE 40001 ("Deadlock found when trying to get lock; try
 * restarting transaction"), and both mean the same: nothing was written, and the whole transaction may simply run
 * again. {@link ConflictRetry} does that.
 */
public final class CertificationConflict {

    /** MariaDB's ER_LOCK_DEADLOCK, also what a Galera certification failure reports. */
    static final int LOCK_DEADLOCK = 1213;
    /** SQLSTATE of a serialization failure. */
    static final String SERIALIZATION_FAILURE = "40001";

    private CertificationConflict() {
    }

    /** Whether {@code failure}, or any exception it was caused by or carries, is such a conflict. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                if (sql.getErrorCode() == LOCK_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    pending.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            Collections.addAll(pending, t.getSuppressed());
        }
        return false;
    }
}
