package tr.gov.acikkapi.cti.testsupport;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.agent.MappedAgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.ManagerEventTranslator;
import tr.gov.acikkapi.cti.call.CallCorrelator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real asterisk-java {@link ManagerConnection} whose events are translated and correlated on a
 * single-thread lane, as production does, with everything recorded for assertions.
 */
public final class CorrelatedConnection implements AutoCloseable {

    public static final AgentDirectory DIRECTORY = MappedAgentDirectory.parse(
            "Local/1001@agents=temsilci1,Local/1002@agents=temsilci2,Local/1003@agents=temsilci3");

    public final ManagerConnection connection;
    public final RecordingListener events = new RecordingListener();
    public final CallCorrelator correlator = new CallCorrelator("ankara", DIRECTORY, Clock.systemUTC(), events);
    private final ExecutorService lane = Executors.newSingleThreadExecutor();
    private final List<AmiMessage> received = new ArrayList<>();

    public CorrelatedConnection(int port, String user, String secret) {
        connection = new ManagerConnectionFactory("127.0.0.1", port, user, secret).createManagerConnection();
        connection.addEventListener(event -> lane.execute(() -> {
            AmiMessage message = ManagerEventTranslator.translate(event);
            synchronized (received) {
                received.add(message);
            }
            correlator.onEvent(message);
        }));
    }

    /** Logs in (blocking, as asterisk-java does). */
    public CorrelatedConnection login() throws Exception {
        connection.login();
        return this;
    }

    /** Runs a task on the correlator's lane and waits for it (e.g. a resync). */
    public void onLane(Runnable task) throws Exception {
        lane.submit(task).get(10, TimeUnit.SECONDS);
    }

    public List<AmiMessage> received() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            connection.logoff();
        } catch (IllegalStateException e) {
            // not connected any more
        }
        lane.shutdown();
        lane.awaitTermination(5, TimeUnit.SECONDS);
    }
}
