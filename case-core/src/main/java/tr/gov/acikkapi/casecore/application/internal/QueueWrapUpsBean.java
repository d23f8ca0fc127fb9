package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.QueueWrapUps;

import java.util.Optional;

/** {@link QueueWrapUps} read from {@code queue_wrap_up}. */
@Stateless
public class QueueWrapUpsBean implements QueueWrapUps {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Override
    public Optional<QueueWrapUp> of(String queue) {
        if (queue == null || queue.isBlank()) {
            return Optional.empty();
        }
        return em.createNativeQuery("SELECT max_seconds, default_disposition FROM queue_wrap_up WHERE queue_name = ?")
                .setParameter(1, queue)
                .getResultStream()
                .findFirst()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new QueueWrapUp(queue, ((Number) columns[0]).intValue(), (String) columns[1]);
                });
    }
}
