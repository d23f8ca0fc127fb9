package tr.gov.acikkapi.cti.ami;

import java.util.List;

/**
 * What the PBX reported about itself right after a (re)connect: the list items of a
 * {@code QueueStatus} ({@code QueueParams}, {@code QueueMember}, {@code QueueEntry}) and of a
 * {@code CoreShowChannels} ({@code CoreShowChannel}). The correlator rebuilds its picture from it.
 */
public record PbxSnapshot(List<AmiMessage> queueStatus, List<AmiMessage> channels) {

    public PbxSnapshot {
        queueStatus = List.copyOf(queueStatus);
        channels = List.copyOf(channels);
    }
}
