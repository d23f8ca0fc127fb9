package tr.gov.acikkapi.cti.ami;

/**
 * Receives what an {@link AmiLink} learns from one PBX, on the link's serial lane (one call at a time,
 * in the order the PBX sent it). Implemented by the {@link tr.gov.acikkapi.cti.call.CallCorrelator}.
 */
public interface AmiEventHandler {

    /** One event as the PBX sent it. */
    void onEvent(AmiMessage event);

    /**
     * One event as the PBX sent it, with {@code moreQueued} telling whether further events already wait on the lane.
     * A handler may then hold back work that a later event would do again anyway (the correlator's queue pictures)
     * until the lane is drained; by default the same as {@link #onEvent(AmiMessage)}.
     */
    default void onEvent(AmiMessage event, boolean moreQueued) {
        onEvent(event);
    }

    /**
     * The link is (again) logged in; a snapshot will follow. Everything received after this call is
     * newer than the snapshot and must win over it.
     */
    void onLinkUp();

    /** The PBX's own picture, taken after {@link #onLinkUp()}. */
    void onResync(PbxSnapshot snapshot);

    /** The link is lost; calls may go on (or end) unseen until the next resync. */
    void onLinkDown();

    /**
     * One handler that gives everything to {@code first}, then to {@code second} (the correlator, then the survey
     * dialler), on the same lane; a failure of the second does not keep the first from its events.
     */
    static AmiEventHandler both(AmiEventHandler first, AmiEventHandler second) {
        return new AmiEventHandler() {
            @Override
            public void onEvent(AmiMessage event) {
                first.onEvent(event);
                second.onEvent(event);
            }

            @Override
            public void onEvent(AmiMessage event, boolean moreQueued) {
                first.onEvent(event, moreQueued);
                second.onEvent(event, moreQueued);
            }

            @Override
            public void onLinkUp() {
                first.onLinkUp();
                second.onLinkUp();
            }

            @Override
            public void onResync(PbxSnapshot snapshot) {
                first.onResync(snapshot);
                second.onResync(snapshot);
            }

            @Override
            public void onLinkDown() {
                first.onLinkDown();
                second.onLinkDown();
            }
        };
    }
}
