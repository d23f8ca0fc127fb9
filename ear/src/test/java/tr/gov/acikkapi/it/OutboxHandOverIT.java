package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.cti.outbox.Journal;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 20, point 4: the outbox's journal is the replicated cache {@code server/acikkapi-outbox} inside the deployed
 * server. Items that a node which is no longer in the cluster left in it (the state another node's cache holds after
 * that node died with calls waiting for the database) are taken over and written by this node, once each. The
 * replication between JVMs is Infinispan's and is not tried here (one server).
 *
 * <p>Also prints what one waiting item costs in the replicated cache and in the file journal it replaces (put and
 * remove against append with fsync and an acknowledgement per 100, as the drain writes them); the figures are for reading, nothing is asserted on them.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxHandOverIT {

    private static final Logger LOG = Logger.getLogger(OutboxHandOverIT.class.getName());
    private static final String CACHE = "java:jboss/infinispan/cache/server/acikkapi-outbox";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(OutboxHandOverIT.class);
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, String> cache() throws Exception {
        return (ConcurrentMap<String, String>) new InitialContext().lookup(CACHE);
    }

    private static String callRecordLine(String linkedid) {
        return "{\"kind\":\"call-record\",\"server\":\"handover\",\"linkedid\":\"" + linkedid + "\",\"caller\":\"05321234567\","
                + "\"queue\":\"acikkapi\",\"entered\":\"2026-12-07T23:00:00Z\",\"ended\":\"2026-12-07T23:00:05Z\","
                + "\"linkDown\":\"false\",\"segments\":\"0\"}";
    }

    private static int records(String linkedid) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/AcikKapiDS");
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM call_record WHERE server = 'handover' AND linkedid = ?")) {
            s.setString(1, linkedid);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void theItemsANodeThatLeftTheClusterLeftInTheReplicatedJournalAreWrittenByThisNodeOnce() throws Exception {
        ConcurrentMap<String, String> cache = cache();
        String gone = "gone" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Map<String, String> items = Map.of(gone + "#0000000000000000001", gone + "-1",
                gone + "#0000000000000000002", gone + "-2");
        items.forEach((key, linkedid) -> cache.put(key, callRecordLine(linkedid)));

        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while ((records(gone + "-1") == 0 || records(gone + "-2") == 0) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertEquals(1, records(gone + "-1"), "the first item written once");
        assertEquals(1, records(gone + "-2"), "the second item written once");
        for (String key : cache.keySet()) {
            assertFalse(key.startsWith(gone) , "nothing of the gone node left: " + key);
        }
        Thread.sleep(Duration.ofSeconds(6).toMillis());
        assertEquals(1, records(gone + "-1"), "and not again at the next look for orphans");
    }

    @Test
    void printsWhatOneWaitingItemCostsInTheReplicatedCacheAndInTheFileJournal() throws Exception {
        int items = 2_000;
        String line = callRecordLine("cost");
        ConcurrentMap<String, String> cache = cache();
        long start = System.nanoTime();
        for (int i = 0; i < items; i++) {
            cache.put("cost-probe-" + i, line);
        }
        for (int i = 0; i < items; i++) {
            cache.remove("cost-probe-" + i);
        }
        long cacheNanos = System.nanoTime() - start;

        Path dir = Files.createTempDirectory(Path.of(System.getProperty("jboss.server.temp.dir")), "outbox-cost");
        Map<String, String> fields = Map.of("kind", "call-record", "server", "handover", "linkedid", "cost");
        long fileNanos;
        try (Journal journal = Journal.open(dir)) {
            start = System.nanoTime();
            for (int i = 0; i < items; i++) {
                long seq = journal.append(fields);
                if (seq % 100 == 0) {
                    journal.ack(seq);
                }
            }
            fileNanos = System.nanoTime() - start;
        }
        LOG.info(String.format(Locale.ROOT, "OUTBOX-COST one waiting item: replicated cache (put, remove) %.1f us, "
                + "file journal (append with fsync, acknowledgement per 100) %.1f us; %d items each, one node",
                cacheNanos / 1_000.0 / items, fileNanos / 1_000.0 / items, items));
    }
}
