package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.call.CallApplicationLink;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;

import java.time.Instant;

/** Links applications to the call they were touched in, keeping the strongest relation. */
public final class CallLinks {

    private final EntityManager em;

    public CallLinks(EntityManager em) {
        this.em = em;
    }

    public void link(CallKey call, Application application, CallRelation relation, String actor, Instant now) {
        CallApplicationLink existing = em.find(CallApplicationLink.class,
                new CallApplicationLink.Id(call.server(), call.linkedid(), application.id()));
        if (existing == null) {
            em.persist(new CallApplicationLink(call, application.id(), relation, now, actor));
        } else {
            existing.strengthen(relation);
        }
    }
}
