package tr.gov.acikkapi.launcher;

/** A start-up problem the user can fix: its message is the one line printed, saying what is wrong and what to set. */
public final class LaunchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public LaunchFailure(String message) {
        super(message);
    }

    /** The first line of {@code text} (a driver's or a server's message), shortened to fit in a launch failure. */
    static String firstLine(String text) {
        if (text == null) {
            return "no details";
        }
        String line = text.strip().lines().findFirst().orElse("no details");
        return line.length() > 300 ? line.substring(0, 300) + " …" : line;
    }
}
