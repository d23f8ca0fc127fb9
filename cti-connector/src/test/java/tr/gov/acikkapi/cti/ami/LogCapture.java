package tr.gov.acikkapi.cti.ami;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what a logger and its children log (JBoss Logging writes through java.util.logging in these tests),
 * from creation until closed, so a test can check the log lines an operator would read.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
        this.previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Starts collecting the records of the named logger and of every logger below it. */
    static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** Every record at WARNING or above. */
    synchronized List<LogRecord> warnings() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    /** The messages of every record at INFO or above, in order. */
    synchronized List<String> messages() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .map(LogRecord::getMessage).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
