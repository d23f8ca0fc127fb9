package tr.gov.acikkapi.launcher;

/** A start-up problem the user can fix: its message is the one line printed, saying what is wrong and what to set. */
public final class LaunchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public LaunchFailure(String message) {
        super(message);
    }
}
