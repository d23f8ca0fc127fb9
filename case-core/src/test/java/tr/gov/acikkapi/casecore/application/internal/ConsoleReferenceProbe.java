package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.application.ConsoleReference;

/** Lets tests of other packages read the desk's lists as the agent desk does ({@link ConsoleReferenceBean}). */
public final class ConsoleReferenceProbe {

    private ConsoleReferenceProbe() {
    }

    public static ConsoleReference over(EntityManager em) {
        return new ConsoleReferenceBean(em);
    }
}
