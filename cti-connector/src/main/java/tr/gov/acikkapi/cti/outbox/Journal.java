package tr.gov.acikkapi.cti.outbox;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An append-only journal on local disk that survives a restart of the server; the outbox's journal up to issue 20,
 * now read at start to move what an earlier release left into the {@link ClusterJournal}: {@code outbox.jsonl} holds one item a
 * line (a flat JSON object with its sequence number {@code seq}), written and fsync'd before {@link #append} returns;
 * {@code outbox.ack} holds the sequence number up to which the items were delivered, replaced atomically. Items are
 * handed out in the order they were appended. When every item is acknowledged the journal file is emptied.
 *
 * <p>A crash between a delivery and its acknowledgement hands the item out again after the restart, which is why
 * deliveries must be idempotent. A crash in the middle of an append leaves a half line at the end: it is cut off
 * when the journal opens (that append never returned). A line that does not parse elsewhere is skipped with a warning.
 */
public final class Journal implements OutboxJournal {

    private static final Logger LOG = Logger.getLogger(Journal.class);
    static final String SEQ = "seq";
    /** The journal file's name in its folder. */
    static final String FILE_NAME = "outbox.jsonl";

    private final Path file;
    private final Path ackFile;
    private final FileChannel channel;
    private long lastSeq;
    private long acked;

    private Journal(Path file, Path ackFile, FileChannel channel, long lastSeq, long acked) {
        this.file = file;
        this.ackFile = ackFile;
        this.channel = channel;
        this.lastSeq = lastSeq;
        this.acked = acked;
    }

    /** Opens (or creates) the journal in {@code dir}, cutting off a half-written last line. */
    public static Journal open(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE_NAME);
            Path ackFile = dir.resolve("outbox.ack");
            long acked = readAck(ackFile);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            cutHalfLine(channel, file);
            long lastSeq = acked;
            for (Entry entry : entries(file)) {
                lastSeq = Math.max(lastSeq, entry.seq());
            }
            channel.position(channel.size());
            return new Journal(file, ackFile, channel, lastSeq, acked);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the outbox journal in " + dir, e);
        }
    }

    /** Appends an item and forces it to disk; returns its sequence number. */
    @Override
    public synchronized long append(Map<String, String> fields) {
        long seq = lastSeq + 1;
        Map<String, String> line = new LinkedHashMap<>();
        line.put(SEQ, Long.toString(seq));
        fields.forEach((key, value) -> {
            if (!SEQ.equals(key)) {
                line.put(key, value);
            }
        });
        ByteBuffer bytes = ByteBuffer.wrap((JournalLine.write(line) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the outbox journal " + file, e);
        }
        lastSeq = seq;
        return seq;
    }

    @Override
    public synchronized List<Entry> pending(int limit) {
        if (lastSeq == acked) {
            return List.of();
        }
        try {
            return entries(file).stream().filter(e -> e.seq() > acked).limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outbox journal " + file, e);
        }
    }

    @Override
    public synchronized long pendingCount() {
        return lastSeq - acked;
    }

    /**
     * Records that every item up to {@code seq} was delivered (atomically, on disk); empties the journal file once
     * nothing is left.
     */
    @Override
    public synchronized void ack(long seq) {
        if (seq <= acked) {
            return;
        }
        long upTo = Math.min(seq, lastSeq);
        try {
            Path tmp = ackFile.resolveSibling(ackFile.getFileName() + ".tmp");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap((upTo + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            Files.move(tmp, ackFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            acked = upTo;
            if (acked == lastSeq) {
                channel.truncate(0);
                channel.position(0);
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot acknowledge the outbox journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warnf("Closing the outbox journal %s: %s", file, e.getMessage());
        }
    }

    private static long readAck(Path ackFile) throws IOException {
        if (!Files.exists(ackFile)) {
            return 0;
        }
        String text = Files.readString(ackFile, StandardCharsets.US_ASCII).strip();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException("The outbox acknowledgement " + ackFile + " is not a number: " + text, e);
        }
    }

    private static void cutHalfLine(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        long end = size;
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < size) {
            LOG.warnf("The outbox journal %s ended in a half-written line (%d bytes): cut off", file, size - end);
            channel.truncate(end);
            channel.force(true);
        }
    }

    private static List<Entry> entries(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Optional<Entry> entry = JournalLine.read(line).flatMap(Journal::entry);
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                LOG.warnf("Line %d of the outbox journal %s is unreadable and skipped", number, file);
            }
        }
        return entries;
    }

    private static Optional<Entry> entry(Map<String, String> fields) {
        try {
            String seq = fields.get(SEQ);
            return seq == null ? Optional.empty() : Optional.of(new Entry(Long.parseLong(seq), fields));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
