package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.DeadlineWatch;
import tr.gov.acikkapi.casecore.application.EscalatedApplication;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.model.unit.EscalationRule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link DeadlineWatch}. Candidates are read as plain values; each is then claimed with
 * {@code UPDATE … WHERE id = ? AND status = <status read> AND escalated_at IS NULL AND deadline_at < now},
 * so only the run whose update changed the row writes the history line and reports it. An
 * application whose status changed between read and claim is left for the next run.
 */
@Stateless
public class DeadlineWatchBean implements DeadlineWatch {

    /** Most escalations per call, to keep one transaction short. */
    static final int BATCH = 500;
    private static final int MAX_LIST = 500;
    private static final Logger LOG = Logger.getLogger(DeadlineWatchBean.class);

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private Clock clock;

    public DeadlineWatchBean() {
    }

    DeadlineWatchBean(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public List<EscalatedApplication> escalateOverdue() {
        return escalateOverdue(clock.instant());
    }

    @Override
    public List<EscalatedApplication> escalateOverdue(Instant now) {
        Objects.requireNonNull(now, "now");
        List<Object[]> candidates = em.createQuery("select a.id, a.trackingNumber, a.status, a.deadlineAt, t.topicId, "
                        + "t.problemArea, u.kindCode from Application a join a.type t left join a.unit u "
                        + "where a.status in :escalatable and a.escalatedAt is null and a.deadlineAt < :now "
                        + "order by a.deadlineAt, a.id", Object[].class)
                .setParameter("escalatable", ApplicationStatus.escalatable())
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<EscalationRule> rules = em.createQuery("select r from EscalationRule r", EscalationRule.class).getResultList();
        List<EscalatedApplication> escalated = new ArrayList<>();
        for (Object[] row : candidates) {
            long id = (Long) row[0];
            ApplicationStatus from = (ApplicationStatus) row[2];
            Instant deadline = (Instant) row[3];
            EscalationTarget target = EscalationRule.targetFor(rules, ((Number) row[4]).intValue(), (String) row[6],
                    (ProblemArea) row[5]);
            int claimed = em.createQuery("update Application a set a.status = :to, a.escalationTarget = :target, "
                            + "a.escalatedAt = :now, a.version = a.version + 1 where a.id = :id and a.status = :from "
                            + "and a.escalatedAt is null and a.deadlineAt < :now")
                    .setParameter("to", target.escalatedStatus())
                    .setParameter("target", target)
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .setParameter("from", from)
                    .executeUpdate();
            if (claimed == 1) {
                em.persist(StatusChange.escalation(em.getReference(Application.class, id), from, target, now, ACTOR));
                escalated.add(new EscalatedApplication(id, (TrackingNumber) row[1], from, target, deadline, now));
            }
        }
        em.flush();
        if (!escalated.isEmpty()) {
            LOG.infof("Deadline watch escalated %d of %d overdue application(s)", escalated.size(), candidates.size());
        }
        return escalated;
    }

    @Override
    public List<ApplicationSummary> dueWithin(Duration window) {
        return dueWithin(clock.instant(), window);
    }

    @Override
    public List<ApplicationSummary> dueWithin(Instant now, Duration window) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(window, "window");
        return em.createQuery("select a from Application a join fetch a.type t join fetch t.topic join fetch a.province "
                        + "left join fetch a.unit join fetch a.citizen where a.status in :escalatable and a.escalatedAt is null "
                        + "and a.deadlineAt >= :now and a.deadlineAt < :until order by a.deadlineAt, a.id", Application.class)
                .setParameter("escalatable", ApplicationStatus.escalatable())
                .setParameter("now", now)
                .setParameter("until", now.plus(window))
                .setMaxResults(MAX_LIST)
                .getResultStream()
                .map(ApplicationSummary::of)
                .toList();
    }

    @Override
    public List<ApplicationSummary> pastDeadline(int limit) {
        return pastDeadline(clock.instant(), limit);
    }

    @Override
    public List<ApplicationSummary> pastDeadline(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        return em.createQuery("select a from Application a join fetch a.type t join fetch t.topic join fetch a.province "
                        + "left join fetch a.unit join fetch a.citizen where a.status in :open and a.deadlineAt < :now "
                        + "order by a.deadlineAt, a.id", Application.class)
                .setParameter("open", ApplicationStatus.open())
                .setParameter("now", now)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)))
                .getResultStream()
                .map(ApplicationSummary::of)
                .toList();
    }
}
