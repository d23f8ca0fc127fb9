package tr.gov.acikkapi.cti.simulator;

import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.util.Objects;

/**
 * Where the simulator listens and whom it lets in.
 *
 * @param port   TCP port on the loopback interface; 0 picks a free one ({@link AmiSimulator#port()})
 * @param user   the only AMI user name accepted
 * @param secret checked for a plain {@code Secret} login; an MD5 {@code Key} is accepted for the user
 *               without checking, as the recorded transcripts cannot be replayed otherwise
 */
public record SimulatorConfig(int port, String user, String secret) {

    public SimulatorConfig {
        if (port < 0 || port > 65_535) {
            throw new CtiConfigurationException("The simulator port must be between 0 and 65535, not " + port);
        }
        if (user == null || user.isBlank()) {
            throw new CtiConfigurationException("The simulator's AMI user name must not be empty.");
        }
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "SimulatorConfig[port=" + port + ", user=" + user + "]";
    }
}
