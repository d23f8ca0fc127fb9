package tr.gov.acikkapi.casecore.infrastructure.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a write refused by a unique key of the schema, so that a service can turn it into a clear domain message
 * ("this user name is taken") instead of a stack trace. A service checks for duplicates before writing; this covers
 * the race where two people save the same value at the same moment.
 */
public final class UniqueKeyViolation {

    /** SQLSTATE class 23: integrity constraint violation. */
    private static final String INTEGRITY_CLASS = "23";
    /** MariaDB: {@code Duplicate entry 'x' for key 'uq_app_user_username'} (older servers: {@code 'table.key'}). */
    private static final Pattern KEY = Pattern.compile("Duplicate entry .* for key '(?:[^'.]*\\.)?([^']+)'", Pattern.DOTALL);

    private UniqueKeyViolation() {
    }

    /** The name of the unique key (constraint or {@code PRIMARY}) a failure was refused by, lower case; empty otherwise. */
    public static Optional<String> keyOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_CLASS)
                    && sql.getMessage() != null) {
                Matcher m = KEY.matcher(sql.getMessage());
                if (m.find()) {
                    return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }
}
