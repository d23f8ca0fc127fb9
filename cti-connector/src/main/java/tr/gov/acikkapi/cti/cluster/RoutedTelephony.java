package tr.gov.acikkapi.cti.cluster;

import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link Telephony} of a node: the action runs on this node's PBX link when it holds one, on the node that holds
 * it otherwise (a desk signed in to a node without the link clicks to dial like any other), and fails with a Turkish
 * sentence for the agent when no node holds one. Which node holds the link is asked at each action: the link moves
 * when its node stops.
 */
public final class RoutedTelephony implements Telephony {

    /** Without any PBX configured on a server of its own (AMI_ENABLED=false), as before the cluster. */
    static final String NOT_CONFIGURED = "Santral bağlantısı yapılandırılmadı (AMI_ENABLED=false).";
    /** In a cluster where no node holds a link now (it is moving, or no node has one configured). */
    static final String NO_NODE_HOLDS_LINK =
            "Santral bağlantısı şu anda kümedeki hiçbir sunucuda açık değil; birkaç saniye sonra yeniden deneyin.";

    /** The other nodes, for an action this node cannot run. */
    public interface Elsewhere {

        /** Whether other nodes are in the cluster now. */
        boolean hasPeers();

        /** Runs the action on the node that holds a PBX link; empty when none does. */
        Optional<TelephonyResult> run(TelephonyAction action);
    }

    private final Supplier<Optional<Telephony>> here;
    private final Elsewhere elsewhere;

    /**
     * @param here      this node's own PBX actions, present while it holds a link
     * @param elsewhere the other nodes
     */
    public RoutedTelephony(Supplier<Optional<Telephony>> here, Elsewhere elsewhere) {
        this.here = Objects.requireNonNull(here, "here");
        this.elsewhere = Objects.requireNonNull(elsewhere, "elsewhere");
    }

    TelephonyResult route(TelephonyAction action) {
        Optional<Telephony> local = here.get();
        if (local.isPresent()) {
            return action.runOn(local.get());
        }
        if (!elsewhere.hasPeers()) {
            return TelephonyResult.failed(NOT_CONFIGURED);
        }
        return elsewhere.run(action).orElseGet(() -> TelephonyResult.failed(NO_NODE_HOLDS_LINK));
    }

    @Override
    public TelephonyResult originate(String agentInterface, String citizenNumber, String callerIdName) {
        return route(TelephonyAction.of(TelephonyAction.Verb.ORIGINATE, agentInterface, citizenNumber, callerIdName));
    }

    @Override
    public TelephonyResult pause(String agentInterface, String queue, String reason) {
        return route(TelephonyAction.of(TelephonyAction.Verb.PAUSE, agentInterface, queue, reason));
    }

    @Override
    public TelephonyResult unpause(String agentInterface, String queue) {
        return route(TelephonyAction.of(TelephonyAction.Verb.UNPAUSE, agentInterface, queue));
    }

    @Override
    public TelephonyResult queueLogin(String agentInterface, String queue) {
        return route(TelephonyAction.of(TelephonyAction.Verb.QUEUE_LOGIN, agentInterface, queue));
    }

    @Override
    public TelephonyResult queueLogout(String agentInterface, String queue) {
        return route(TelephonyAction.of(TelephonyAction.Verb.QUEUE_LOGOUT, agentInterface, queue));
    }

    @Override
    public TelephonyResult hangup(String channel) {
        return route(TelephonyAction.of(TelephonyAction.Verb.HANGUP, channel));
    }

    @Override
    public TelephonyResult transfer(String channel, String context, String exten) {
        return route(TelephonyAction.of(TelephonyAction.Verb.TRANSFER, channel, context, exten));
    }
}
