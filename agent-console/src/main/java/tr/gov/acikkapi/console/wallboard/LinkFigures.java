package tr.gov.acikkapi.console.wallboard;

import tr.gov.acikkapi.cti.event.LinkState;

import java.time.Instant;

/** The state of the link to one PBX, since when, and why (in the connector's words). */
public record LinkFigures(String server, LinkState state, String detail, Instant since) {
}
