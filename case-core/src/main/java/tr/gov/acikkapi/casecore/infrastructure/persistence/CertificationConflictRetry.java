package tr.gov.acikkapi.casecore.infrastructure.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs a call of a case-core bean again when its transaction was refused for a write conflict (see
 * {@link CertificationConflict}), so that two agents on two nodes saving the same record at the same moment both
 * succeed instead of one of them seeing an error page.
 *
 * <p>A WildFly container interceptor (bound to every bean of the case core in {@code META-INF/jboss-ejb3.xml}): it runs
 * before the container begins the bean's transaction and after it committed, which an ordinary interceptor cannot
 * (it runs inside the transaction, which a conflict has already doomed). It retries only where the call is the
 * transaction's boundary: when the caller has a transaction of its own, the conflict goes to the caller, whose
 * boundary retries the whole of it.
 */
public class CertificationConflictRetry {

    private static final String REGISTRY = "java:jboss/TransactionSynchronizationRegistry";

    private static volatile TransactionSynchronizationRegistry registry;

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        if (callerHasTransaction()) {
            return invocation.proceed();
        }
        String what = invocation.getMethod() == null ? "a case-core call"
                : invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        return ConflictRetry.DEFAULT.call(invocation::proceed, what);
    }

    private static boolean callerHasTransaction() throws NamingException {
        TransactionSynchronizationRegistry current = registry;
        if (current == null) {
            current = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            registry = current;
        }
        return current.getTransactionKey() != null;
    }
}
