package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.asteriskjava.fastagi.command.SayDateTimeCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.reply.AgiReply;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One conversation with a caller over one AGI channel: play a prompt, ask for keys, say a date, set a
 * variable. It reads Asterisk's replies strictly: {@code 200 result=-1} from GET DATA means the caller hung
 * up ({@link AgiHangupException}), and a reply that is not {@code 200} is a protocol error
 * ({@link AgiException}), so a script never acts on a reply it did not understand.
 */
final class Dialogue {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    /** Day, month name, year; Asterisk's say-date format letters (see voicemail.conf). */
    private static final String DATE_FORMAT = "dBY";
    private static final String NO_ESCAPE_DIGITS = "";

    private final AgiChannel channel;

    Dialogue(AgiChannel channel) {
        this.channel = channel;
    }

    /** Answers the channel (harmless when the dialplan answered already). */
    void answer() throws AgiException {
        AgiReply reply = send(new AnswerCommand());
        if ("-1".equals(reply.getResult())) {
            throw new AgiHangupException();
        }
    }

    /** Plays a prompt to the end; keys pressed meanwhile do not interrupt it. */
    void play(IvrPrompt prompt) throws AgiException {
        send(new StreamFileCommand(prompt.file(), NO_ESCAPE_DIGITS));
    }

    /**
     * Plays a prompt and collects keys (GET DATA): up to {@code maxDigits}, ended early by {@code #}, or by
     * {@code timeout} without a key.
     *
     * @throws AgiHangupException if the caller hung up meanwhile
     */
    Keyed ask(IvrPrompt prompt, Duration timeout, int maxDigits) throws AgiException {
        AgiReply reply = send(new GetDataCommand(prompt.file(), timeout.toMillis(), maxDigits));
        String result = reply.getResult();
        if ("-1".equals(result)) {
            throw new AgiHangupException();
        }
        return new Keyed(result == null ? "" : result, "timeout".equals(reply.getExtra()));
    }

    /** Says a calendar day: day, month name and year, in Istanbul time. */
    void sayDate(LocalDate date) throws AgiException {
        long epochSecond = date.atTime(LocalTime.NOON).atZone(ISTANBUL).toEpochSecond();
        send(new SayDateTimeCommand(epochSecond, NO_ESCAPE_DIGITS, DATE_FORMAT, ISTANBUL.getId()));
    }

    /** Sets a channel variable for the dialplan. */
    void set(String variable, String value) throws AgiException {
        send(new SetVariableCommand(variable, value));
    }

    /** A channel variable, if set and not empty. */
    Optional<String> variable(String name) throws AgiException {
        AgiReply reply = send(new GetVariableCommand(name));
        if (reply.getResultCode() != 1 || reply.getExtra() == null || reply.getExtra().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(reply.getExtra().trim());
    }

    private AgiReply send(AgiCommand command) throws AgiException {
        AgiReply reply = channel.sendCommand(command);
        if (reply.getStatus() != AgiReply.SC_SUCCESS) {
            throw new AgiException("Asterisk'ten beklenmeyen yanıt: '" + reply.getFirstLine() + "' ("
                    + command.buildCommand() + ")");
        }
        return reply;
    }

    /**
     * The keys a caller pressed for one question.
     *
     * @param digits the keys, without the closing {@code #}; empty when none
     * @param timedOut true when Asterisk stopped waiting rather than the caller ending with {@code #}
     */
    record Keyed(String digits, boolean timedOut) {

        boolean isEmpty() {
            return digits.isEmpty();
        }
    }
}
