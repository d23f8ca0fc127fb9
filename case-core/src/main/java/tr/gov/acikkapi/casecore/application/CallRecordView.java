package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallOutcome;
import tr.gov.acikkapi.casecore.domain.model.call.CallRecord;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.model.call.CallSegment;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recorded call with the applications touched during it and its path: each agent's part ({@code segments}, in
 * order; the record's {@code agent} is the last of them).
 */
public record CallRecordView(long id, CallKey key, Optional<String> callerRaw, Optional<PhoneNumber> caller,
                             Optional<String> queue, Optional<String> agent, Instant enteredAt, Optional<Instant> answeredAt,
                             Instant endedAt, int waitSeconds, int talkSeconds, CallOutcome outcome,
                             Optional<String> dispositionCode, boolean endedWhileLinkDown, List<LinkedApplication> applications,
                             List<CallSegment> segments) {

    public CallRecordView {
        applications = List.copyOf(applications);
        segments = List.copyOf(segments);
    }

    /** An application touched during the call, and how. */
    public record LinkedApplication(TrackingNumber trackingNumber, CallRelation relation) {
    }

    /** Maps a call record read in the current transaction, with its links and its agents' parts. */
    public static CallRecordView of(CallRecord r, List<LinkedApplication> applications, List<CallSegment> segments) {
        return new CallRecordView(r.id(), r.key(), r.callerRaw(), r.caller(), r.queue(), r.agent(), r.enteredAt(),
                r.answeredAt(), r.endedAt(), r.waitSeconds(), r.talkSeconds(), r.outcome(), r.dispositionCode(),
                r.endedWhileLinkDown(), applications, segments);
    }
}
