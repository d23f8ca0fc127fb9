package tr.gov.acikkapi.cti.event;

import java.util.Objects;

/**
 * The AMI link to a PBX server changed state; health checks and the console's banner use it.
 *
 * @param detail a short human-readable reason (no secrets), e.g. "Bağlantı koptu: Connection reset"
 */
public record PbxLinkChanged(String server, LinkState state, String detail) implements CtiEvent {

    public PbxLinkChanged {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
    }
}
