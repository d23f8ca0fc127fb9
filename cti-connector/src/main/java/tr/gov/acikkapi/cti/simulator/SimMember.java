package tr.gov.acikkapi.cti.simulator;

/** A member of a simulated queue, with the fields of Asterisk's queue member blob. */
final class SimMember {

    final String queue;
    final String iface;
    final String name;
    final boolean dynamic;
    int callsTaken;
    long lastCall;
    long lastPause;
    final long loginTime;
    boolean inCall;
    boolean paused;
    String pausedReason = "";

    SimMember(String queue, String iface, String name, boolean dynamic, long loginTime) {
        this.queue = queue;
        this.iface = iface;
        this.name = name;
        this.dynamic = dynamic;
        this.loginTime = loginTime;
    }
}
