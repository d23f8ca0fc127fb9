package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.agent.MappedAgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.testsupport.RecordingListener;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A correlator with the fixtures' agent map, a fixed clock and a recording listener. */
final class CorrelatorHarness {

    static final AgentDirectory DIRECTORY = MappedAgentDirectory.parse(
            "Local/1001@agents=temsilci1,Local/1002@agents=temsilci2,Local/1003@agents=temsilci3");

    /** A little after the fixtures were recorded (2026-11-28 20:10 UTC). */
    static final Instant NOW = Instant.parse("2026-11-28T20:11:00Z");

    final RecordingListener events = new RecordingListener();
    final CallCorrelator correlator = new CallCorrelator("ankara", DIRECTORY, Clock.fixed(NOW, ZoneOffset.UTC), events);

    CorrelatorHarness feed(List<AmiMessage> messages) {
        messages.forEach(correlator::onEvent);
        return this;
    }
}
