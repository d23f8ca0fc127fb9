package tr.gov.acikkapi.cti.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.CallRecords;
import tr.gov.acikkapi.casecore.application.Callbacks;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallSegment;
import tr.gov.acikkapi.casecore.domain.model.call.SegmentEnd;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of the CTI side inside WildFly: its journal lies in {@code <jboss.server.data.dir>/acikkapi/outbox}
 * (or {@code ACIKKAPI_OUTBOX_DIR}), its drain runs on the managed scheduler {@code cti}, which needs no database.
 * Call records, callback tasks and the desk's wrap-up codes go through it; every one of those writes is idempotent in
 * the case core (unique call key, {@code INSERT IGNORE}, an {@code UPDATE} to the same value), so a write repeated
 * after a crash does not double anything. The writes run on the outbox's own writer thread (from the default managed
 * thread factory), so the PBX's event lane hands an item over and goes on with the next event. Each write runs in its
 * own transaction (bean-managed here: none is held around it).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseCoreOutbox {

    private static final Logger LOG = Logger.getLogger(CaseCoreOutbox.class);

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/cti")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    @Inject
    CallRecords records;

    @Inject
    Callbacks callbacks;

    @Inject
    Clock clock;

    private Journal journal;
    private Outbox outbox;

    @PostConstruct
    void start() {
        Path dir = directory();
        journal = Journal.open(dir);
        outbox = new Outbox(journal, this::deliver, e -> e instanceof DomainException, scheduler, clock);
        LOG.infof("Outbox journal in %s (%d item(s) waiting)", dir, journal.pendingCount());
        outbox.start();
        outbox.startWriter(threads);
    }

    @PreDestroy
    void stop() {
        outbox.stop();
        journal.close();
    }

    /** Writes the item now, or later if the database does not take it now. */
    public void submit(OutboxItem item) {
        outbox.submit(item);
    }

    /** Items waiting for the database. */
    public long pending() {
        return outbox.pending();
    }

    /** Since when writes fail, while they do. */
    public Optional<Instant> failingSince() {
        return outbox.failingSince();
    }

    public String lastError() {
        return outbox.lastError();
    }

    public long journaled() {
        return outbox.journaled();
    }

    public long drained() {
        return outbox.drained();
    }

    public long refused() {
        return outbox.refused();
    }

    private void deliver(OutboxItem item) {
        if (item instanceof OutboxItem.CallRecord c) {
            records.store(new CallFacts(new CallKey(c.server(), c.linkedid()), c.callerRaw(), c.queue(), c.agent(),
                    c.enteredAt(), c.answeredAt(), c.endedAt(), null, c.endedWhileLinkDown(), segments(c)));
        } else if (item instanceof OutboxItem.AbandonedCall a) {
            callbacks.abandoned(new CallKey(a.server(), a.linkedid()), a.callerRaw(), a.queue(), a.at(), a.waitSeconds());
        } else if (item instanceof OutboxItem.AnsweredAgain a) {
            callbacks.answeredAgain(a.callerRaw(), a.agent());
        } else if (item instanceof OutboxItem.Disposition d && d.byDefault()) {
            if (!records.setDefaultDisposition(new CallKey(d.server(), d.linkedid()), d.code())) {
                LOG.debugf("Default disposition %s of %s/%s not written: the call has a disposition or no record",
                        d.code(), d.server(), d.linkedid());
            }
        } else if (item instanceof OutboxItem.Disposition d
                && !records.setDisposition(new CallKey(d.server(), d.linkedid()), d.code())) {
            LOG.warnf("Disposition %s of %s/%s: the call has no record", d.code(), d.server(), d.linkedid());
        }
    }

    /** The agents' parts as the case core keeps them. */
    private static List<CallSegment> segments(OutboxItem.CallRecord c) {
        return c.segments().stream().map(s -> new CallSegment(s.agent(), s.from(), s.to(),
                (int) Math.min(Integer.MAX_VALUE, s.talkSeconds()), SegmentEnd.valueOf(s.end().name()),
                s.transferredTo().orElse(null))).toList();
    }

    private static Path directory() {
        String configured = System.getenv("ACIKKAPI_OUTBOX_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "acikkapi", "outbox");
    }
}
