package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.Callbacks;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.callback.CallbackTask;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link Callbacks} on the {@code callback_task} table; idempotent per call through its unique key. */
@Stateless
public class CallbacksBean implements Callbacks {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public void abandoned(CallKey call, String callerRaw, String queue, Instant at, int waitSeconds) {
        String caller = callerRaw == null || callerRaw.isBlank() ? "" : callerRaw.strip();
        em.createNativeQuery("INSERT IGNORE INTO callback_task (server, linkedid, caller_raw, phone_e164, queue, "
                        + "abandoned_at, wait_seconds, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')")
                .setParameter(1, call.server())
                .setParameter(2, call.linkedid())
                .setParameter(3, caller.length() <= 40 ? caller : caller.substring(0, 40))
                .setParameter(4, PhoneNumber.tryParse(caller).map(PhoneNumber::e164).orElse(null))
                .setParameter(5, queue)
                .setParameter(6, java.sql.Timestamp.from(at))
                .setParameter(7, Math.max(0, waitSeconds))
                .executeUpdate();
    }

    @Override
    public List<Task> open(int limit) {
        return em.createQuery("select t from CallbackTask t where t.status = :open order by t.abandonedAt, t.id",
                        CallbackTask.class)
                .setParameter("open", CallbackTask.Status.OPEN)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultStream().map(CallbacksBean::task).toList();
    }

    @Override
    public Optional<Task> close(long taskId, boolean calledBack, String actor) {
        CallbackTask task = em.find(CallbackTask.class, taskId);
        if (task == null || task.status() != CallbackTask.Status.OPEN) {
            return Optional.empty();
        }
        task.close(calledBack ? CallbackTask.CloseReason.CALLED_BACK : CallbackTask.CloseReason.DISMISSED, actor,
                clock.instant());
        return Optional.of(task(task));
    }

    @Override
    public int answeredAgain(String callerRaw, String actor) {
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(callerRaw);
        if (phone.isEmpty()) {
            return 0;
        }
        List<CallbackTask> tasks = em.createQuery("select t from CallbackTask t where t.status = :open "
                        + "and t.phoneE164 = :phone", CallbackTask.class)
                .setParameter("open", CallbackTask.Status.OPEN)
                .setParameter("phone", phone.get().e164())
                .getResultList();
        Instant now = clock.instant();
        tasks.forEach(t -> t.close(CallbackTask.CloseReason.CALLED_AGAIN, actor, now));
        return tasks.size();
    }

    private static Task task(CallbackTask t) {
        return new Task(t.id(), t.callerRaw(), t.phoneE164(), t.queue(), t.abandonedAt(), t.waitSeconds());
    }

}
