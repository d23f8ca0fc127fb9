package tr.gov.acikkapi.console.desk;

import tr.gov.acikkapi.casecore.application.CitizenOverview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an agent's screen shows about one call: the caller's number, the citizens who have that number with their
 * open applications (ordered by deadline), and where the call is (ringing, connected, ended and awaiting wrap-up).
 *
 * @param phoneE164 the caller's number normalised, empty when the PBX gave none or one that is not a number
 */
public record Pop(String server, String linkedid, String callerNumber, Optional<String> phoneE164, String queue,
                  State state, List<CitizenOverview> citizens, Instant ringingSince, Optional<Instant> answeredAt,
                  Optional<Instant> endedAt) {

    /** Where the call is, from this agent's point of view. */
    public enum State {
        RINGING,
        CONNECTED,
        ENDED
    }

    public Pop {
        citizens = List.copyOf(citizens);
    }

    Pop connected(Instant at) {
        return new Pop(server, linkedid, callerNumber, phoneE164, queue, State.CONNECTED, citizens, ringingSince,
                Optional.of(at), endedAt);
    }

    Pop withCitizens(List<CitizenOverview> reread) {
        return new Pop(server, linkedid, callerNumber, phoneE164, queue, state, reread, ringingSince, answeredAt, endedAt);
    }

    Pop ended(Instant at) {
        return new Pop(server, linkedid, callerNumber, phoneE164, queue, State.ENDED, citizens, ringingSince, answeredAt,
                Optional.of(at));
    }
}
