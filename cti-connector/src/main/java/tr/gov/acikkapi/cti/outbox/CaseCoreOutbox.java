package tr.gov.acikkapi.cti.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
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
import tr.gov.acikkapi.casecore.infrastructure.cluster.ClusterMembership;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox of the CTI side inside WildFly. Its journal is the replicated Infinispan cache
 * {@code server/acikkapi-outbox} ({@link ClusterJournal}; every node holds every waiting item and keeps it in a file
 * store on its disk), so a node that dies strands nothing: every {@value #ADOPT_SECONDS} s, and at start, the oldest
 * member of the cluster takes over the items of nodes that left it and writes them. Items left in the file journal of
 * an earlier release ({@code <jboss.server.data.dir>/acikkapi/outbox}, or {@code ACIKKAPI_OUTBOX_DIR}) are moved into
 * the cache at start. The drain runs on the managed scheduler {@code cti}, which needs no database.
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

    static final int ADOPT_SECONDS = 5;
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

    @Resource(lookup = "java:jboss/infinispan/cache/server/acikkapi-outbox")
    ConcurrentMap<String, String> replicated;

    @EJB
    ClusterMembership membership;

    private ClusterJournal journal;
    private Outbox outbox;
    private ScheduledFuture<?> adoption;
    private final AtomicLong adopted = new AtomicLong();

    @PostConstruct
    void start() {
        journal = new ClusterJournal(replicated, membership.localMember(), membership::members);
        importFileJournal(directory());
        adopted.addAndGet(journal.adoptOrphans());
        outbox = new Outbox(journal, this::deliver, e -> e instanceof DomainException, scheduler, clock);
        LOG.infof("Outbox journal: the replicated cache server/acikkapi-outbox, node %s (%d item(s) waiting)",
                membership.localMember(), journal.pendingCount());
        outbox.start();
        outbox.startWriter(threads);
        adoption = scheduler.scheduleWithFixedDelay(this::adoptOrphans, ADOPT_SECONDS, ADOPT_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        adoption.cancel(false);
        outbox.stop();
        journal.close();
    }

    /** Takes over the items of nodes that left the cluster (if this node is the oldest member) and writes them. */
    private void adoptOrphans() {
        try {
            int taken = journal.adoptOrphans();
            if (taken > 0) {
                adopted.addAndGet(taken);
                outbox.start();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "The outbox could not look for items of nodes that left the cluster; it tries again");
        }
    }

    /** Moves what an earlier release left in its file journal into the replicated one. */
    private void importFileJournal(Path dir) {
        if (!Files.isRegularFile(dir.resolve(Journal.FILE_NAME))) {
            return;
        }
        try (Journal old = Journal.open(dir)) {
            List<OutboxJournal.Entry> entries = old.pending(Integer.MAX_VALUE);
            for (OutboxJournal.Entry entry : entries) {
                Map<String, String> fields = new LinkedHashMap<>(entry.fields());
                fields.remove(Journal.SEQ);
                journal.append(fields);
            }
            if (!entries.isEmpty()) {
                old.ack(entries.get(entries.size() - 1).seq());
                LOG.infof("Moved %d waiting outbox item(s) from the file journal in %s to the replicated journal",
                        entries.size(), dir);
            }
        }
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

    /** Items taken over from nodes that left the cluster, since the start. */
    public long adopted() {
        return adopted.get();
    }

    /** This node's name, under which its items wait in the replicated journal. */
    public String node() {
        return membership.localMember();
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
