package tr.gov.acikkapi.cti.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.dispatcher.CommandDispatcher;
import org.wildfly.clustering.server.dispatcher.CommandDispatcherFactory;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.WrapUpEnded;
import tr.gov.acikkapi.cti.runtime.CtiEventBus;
import tr.gov.acikkapi.cti.runtime.CtiRuntime;
import tr.gov.acikkapi.cti.wrapup.WrapUpService;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries the CTI events of this node's PBX links to the other nodes of the cluster, and telephony actions from this
 * node to the node that holds the link, through WildFly's clustering command dispatcher
 * ({@code java:jboss/clustering/server/command-dispatcher-factory/default}, the JGroups channel the cluster already
 * has). Why the dispatcher and not an Infinispan cache or a Jakarta Messaging topic, and what a hop costs:
 * docs/src/architecture.md.
 *
 * <p><strong>In order.</strong> The dispatcher runs requests on the receiving node's thread pool, several at once, so
 * it keeps no order by itself. The relay keeps it: the events to send wait in one queue, and one batch at a time is
 * in flight, holding every event queued meanwhile; the next batch leaves when every other node has answered the one
 * before, and a node answers once its listeners have had the batch's events. So each node's listeners get the events
 * of this node in the order they were published, whatever the load (a busy second brings bigger batches, not more of
 * them). A node that does not answer within {@link #EVENT_WAIT} is logged and not waited for longer.
 *
 * <p><strong>A node that starts</strong> asks the others for their current picture (the last link state of each PBX,
 * the last snapshot of each queue) and takes what it has not yet received live.
 *
 * <p><strong>Alone</strong> (a single server, the tests, the run command) nothing is sent and nothing is written: the
 * bus behaves as it did before the cluster.
 *
 * <p>Requests from other nodes run with this module's context (a contextual proxy of the {@link ClusterPeer}), as
 * the events of a local PBX link do. Other beans use its own methods ({@code @LocalBean}), the telephony among them.
 */
@Singleton
@Startup
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterRelay implements RoutedTelephony.Elsewhere {

    /** The longest wait for another node to take a batch of events. */
    static final Duration EVENT_WAIT = Duration.ofSeconds(5);
    /** The longest wait for another node's picture or for its answer whether it holds a link. */
    static final Duration QUESTION_WAIT = Duration.ofSeconds(5);
    /** The longest wait for a telephony action on another node: longer than the link's own action timeout. */
    static final Duration TELEPHONY_WAIT = Duration.ofSeconds(40);
    /** The most events in one batch. */
    static final int MAX_BATCH = 2_000;
    /** How many of the last hops the figures keep. */
    static final int HOPS_KEPT = 1_000;

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class);

    @Resource(lookup = "java:jboss/clustering/server/command-dispatcher-factory/default")
    CommandDispatcherFactory<GroupMember> factory;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ContextService contexts;

    @Inject
    CtiEventBus bus;

    @Inject
    CtiRuntime runtime;

    @Inject
    WrapUpService wrapUps;

    private final Clock clock = Clock.systemUTC();
    private final LinkedBlockingQueue<EventWire.Stamped> outgoing = new LinkedBlockingQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final HopFigures hops = new HopFigures(HOPS_KEPT);
    private CommandDispatcher<GroupMember, ClusterPeer> dispatcher;

    @PostConstruct
    void start() {
        ClusterPeer peer = contexts.createContextualProxy(new Peer(), ClusterPeer.class);
        dispatcher = factory.createCommandDispatcher(ClusterRelay.class.getName(), peer, ClusterRelay.class.getClassLoader());
        LOG.infof("CTI events and telephony actions go between the nodes through the command dispatcher "
                + "(this node: %s, members: %s)", local().getName(), memberNames());
        if (!alone()) {
            adoptPictures();
        }
    }

    @PreDestroy
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
    }

    /** Sends an event this node published to the other nodes (later, in order); nothing when this node is alone. */
    public void send(CtiEvent event) {
        if (dispatcher == null || alone()) {
            return;
        }
        outgoing.add(new EventWire.Stamped(event, clock.instant()));
        if (sending.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                sending.set(false);
                LOG.warnf("CTI events not sent to the other nodes (the application is stopping): %s", e.getMessage());
            }
        }
    }

    /**
     * Tells the other nodes that the agent saved the wrap-up of {@code linkedid} at a desk of this node: the link's
     * node ends the wrap-up period (the phone is offered calls again), every node's desks take the call off. Does not
     * wait for their answers.
     */
    public void wrapUpSaved(String agent, String linkedid) {
        if (dispatcher == null || alone()) {
            return;
        }
        try {
            dispatcher.dispatchToGroup(new PeerCommand(PeerCommand.Kind.WRAP_UP_SAVED,
                    EventWire.toJson(new String[] {agent, linkedid})), Set.of(local()))
                    .forEach((member, answer) -> answer.exceptionally(failure -> {
                        LOG.warnf("Node %s did not take the wrap-up of call %s by %s: %s", member.getName(), linkedid,
                                agent, failure.toString());
                        return new byte[0];
                    }));
        } catch (IOException e) {
            LOG.warnf("The wrap-up of call %s by %s was not sent to the other nodes: %s", linkedid, agent, e.toString());
        }
    }

    /** The hop of the last events to the other nodes' listeners (docs/src/architecture.md). */
    public HopFigures.Summary hops() {
        return hops.summary();
    }

    /** The names of the nodes in the cluster now, this one included, oldest first. */
    public List<String> memberNames() {
        return members().stream().map(GroupMember::getName).toList();
    }

    @Override
    public boolean hasPeers() {
        return dispatcher != null && !alone();
    }

    @Override
    public Optional<TelephonyResult> run(TelephonyAction action) {
        Optional<GroupMember> holder = linkHolder();
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] answer = dispatcher.dispatchToMember(new PeerCommand(PeerCommand.Kind.TELEPHONY, EventWire.toJson(action)),
                    holder.get()).toCompletableFuture().get(TELEPHONY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.length == 0) {
                return Optional.empty();
            }
            return Optional.of(EventWire.fromJson(answer, TelephonyResult.class));
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Telephony action %s on node %s failed: %s", action.verb(), holder.get().getName(), e.toString());
            return Optional.of(TelephonyResult.failed("Santral bağlantısını tutan sunucu (" + holder.get().getName()
                    + ") yanıt vermedi; işlemi yeniden deneyin."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(TelephonyResult.failed("İşlem yarıda kesildi; yeniden deneyin."));
        }
    }

    /** The oldest other node that says it holds a PBX link. */
    private Optional<GroupMember> linkHolder() {
        Map<GroupMember, CompletionStage<byte[]>> answers;
        try {
            answers = dispatcher.dispatchToGroup(PeerCommand.of(PeerCommand.Kind.HOLDS_LINK), Set.of(local()));
        } catch (IOException e) {
            LOG.warnf("Could not ask the other nodes which holds the PBX link: %s", e.toString());
            return Optional.empty();
        }
        for (GroupMember member : members()) {
            CompletionStage<byte[]> answer = answers.get(member);
            if (answer != null) {
                byte[] holds = await(answer, QUESTION_WAIT, member, "whether it holds a PBX link");
                if (holds != null && holds.length == 1 && holds[0] == 1) {
                    return Optional.of(member);
                }
            }
        }
        return Optional.empty();
    }

    /** Sends the queued events, one batch at a time, until the queue is empty. */
    private void drain() {
        try {
            while (true) {
                List<EventWire.Stamped> batch = new ArrayList<>();
                outgoing.drainTo(batch, MAX_BATCH);
                if (batch.isEmpty()) {
                    sending.set(false);
                    if (outgoing.isEmpty() || !sending.compareAndSet(false, true)) {
                        return;
                    }
                } else {
                    sendBatch(batch);
                }
            }
        } catch (RuntimeException e) {
            sending.set(false);
            LOG.errorf(e, "Sending CTI events to the other nodes failed");
        }
    }

    private void sendBatch(List<EventWire.Stamped> batch) {
        Map<GroupMember, CompletionStage<byte[]>> answers;
        try {
            answers = dispatcher.dispatchToGroup(new PeerCommand(PeerCommand.Kind.EVENTS, EventWire.write(batch)),
                    Set.of(local()));
        } catch (IOException e) {
            LOG.warnf("%d CTI event(s) not sent to the other nodes: %s", batch.size(), e.toString());
            return;
        }
        for (Map.Entry<GroupMember, CompletionStage<byte[]>> answer : answers.entrySet()) {
            byte[] figures = await(answer.getValue(), EVENT_WAIT, answer.getKey(), batch.size() + " CTI event(s)");
            if (figures != null && figures.length > 0) {
                for (long hop : EventWire.<long[]>fromJson(figures, long[].class)) {
                    hops.record(hop);
                }
            }
        }
    }

    /** The answer of a node, or null (logged) when it failed, left or did not answer in time. */
    private static byte[] await(CompletionStage<byte[]> answer, Duration wait, GroupMember member, String what) {
        try {
            return answer.toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Node %s did not answer (%s): %s", member.getName(), what, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Asks the other nodes for their current picture and gives the bus what it has not received live yet. */
    private void adoptPictures() {
        try {
            Map<GroupMember, CompletionStage<byte[]>> answers = dispatcher.dispatchToGroup(
                    PeerCommand.of(PeerCommand.Kind.PICTURE), Set.of(local()));
            for (Map.Entry<GroupMember, CompletionStage<byte[]>> answer : answers.entrySet()) {
                byte[] picture = await(answer.getValue(), QUESTION_WAIT, answer.getKey(), "its current picture");
                if (picture != null && picture.length > 0) {
                    List<CtiEvent> events = EventWire.read(picture).stream().map(EventWire.Stamped::event).toList();
                    int taken = bus.adopt(events);
                    LOG.infof("Current picture from node %s: %d link state(s) and queue snapshot(s), %d new here",
                            answer.getKey().getName(), events.size(), taken);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The current picture could not be asked from the other nodes: %s", e.toString());
        }
    }

    private GroupMember local() {
        return factory.getGroup().getLocalMember();
    }

    private List<GroupMember> members() {
        return factory.getGroup().getMembership().getMembers();
    }

    private boolean alone() {
        return members().size() < 2;
    }

    /** What this node answers to the others. */
    private final class Peer implements ClusterPeer {

        @Override
        public byte[] receive(byte[] body) {
            List<EventWire.Stamped> events = EventWire.read(body);
            long[] hopMicros = new long[events.size()];
            for (int i = 0; i < hopMicros.length; i++) {
                EventWire.Stamped event = events.get(i);
                bus.publishFromPeer(event.event());
                hopMicros[i] = EventWire.micros(clock.instant()) - EventWire.micros(event.published());
            }
            return EventWire.toJson(hopMicros);
        }

        @Override
        public byte[] picture() {
            return EventWire.write(bus.picture().stream().map(e -> new EventWire.Stamped(e, clock.instant())).toList());
        }

        @Override
        public byte[] holdsLink() {
            return new byte[] {(byte) (runtime.telephony().isPresent() ? 1 : 0)};
        }

        @Override
        public byte[] telephony(byte[] action) {
            Optional<Telephony> here = runtime.telephony();
            if (here.isEmpty()) {
                return new byte[0];
            }
            TelephonyAction request = EventWire.fromJson(action, TelephonyAction.class);
            LOG.debugf("Telephony action %s from another node", request.verb());
            return EventWire.toJson(request.runOn(here.get()));
        }

        @Override
        public byte[] wrapUpSaved(byte[] agentAndLinkedid) {
            String[] saved = EventWire.fromJson(agentAndLinkedid, String[].class);
            wrapUps.finishHere(saved[0], saved[1]);
            bus.publishFromPeer(new WrapUpEnded(saved[0], saved[1], "", clock.instant()));
            return new byte[0];
        }
    }
}
