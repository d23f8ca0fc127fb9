package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.ChannelStatusCommand;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One conversation with a caller over one AGI channel: play a prompt, ask for keys, say a date, set a
 * variable. It reads Asterisk's replies strictly: a reply that is not {@code 200} is a protocol error
 * ({@link AgiException}), so a script never acts on a reply it did not understand.
 *
 * <p>Asterisk answers STREAM FILE and GET DATA with {@code 200 result=-1} both when the caller hung up and when
 * the sound file is not installed (res_agi.c: the stream could not be opened). The two are told apart by
 * asking {@code CHANNEL STATUS}: on a live channel it answers the channel's state; on a hung-up one Asterisk
 * first sends {@code HANGUP} and then refuses the command with {@code 511}, which asterisk-java raises as
 * {@link AgiHangupException}. A missing prompt is therefore skipped (logged once per file) and a question whose
 * prompt is missing still collects the caller's keys, so a PBX without our recordings never ends a call.
 */
final class Dialogue {

    private static final Logger LOG = Logger.getLogger(Dialogue.class);
    private static final String NO_ESCAPE_DIGITS = "";
    /** GET DATA with an empty file name streams nothing and only collects keys (ast_app_getdata_full). */
    private static final String NO_PROMPT = "";
    private static final String FAILED = "-1";
    /**
     * Files reported missing since start, so a PBX without our prompts logs each once, not on every call; bounded
     * by the files the scripts play ({@link IvrPrompt}, {@link IvrWord}).
     */
    private static final Set<String> MISSING_LOGGED = ConcurrentHashMap.newKeySet();

    private final AgiChannel channel;
    private final String language;

    Dialogue(AgiChannel channel, String language) {
        this.channel = channel;
        this.language = language;
    }

    /** Answers the channel (harmless when the dialplan answered already). */
    void answer() throws AgiException {
        AgiReply reply = send(new AnswerCommand());
        if ("-1".equals(reply.getResult())) {
            throw new AgiHangupException();
        }
    }

    /** Plays a prompt to the end; keys pressed meanwhile do not interrupt it. A missing file is skipped. */
    void play(IvrPrompt prompt) throws AgiException {
        play(prompt.file());
    }

    /** Plays a sequence of words (a number, a date) one file after the other. */
    void say(List<IvrWord> words) throws AgiException {
        for (IvrWord word : words) {
            play(word.file());
        }
    }

    private void play(String file) throws AgiException {
        AgiReply reply = send(new StreamFileCommand(file, NO_ESCAPE_DIGITS));
        if (FAILED.equals(reply.getResult())) {
            skipMissing(file);
        }
    }

    /**
     * Plays a prompt and collects keys (GET DATA): up to {@code maxDigits}, ended early by {@code #}, or by
     * {@code timeout} without a key.
     *
     * @throws AgiHangupException if the caller hung up meanwhile
     */
    Keyed ask(IvrPrompt prompt, Duration timeout, int maxDigits) throws AgiException {
        AgiReply reply = send(new GetDataCommand(prompt.file(), timeout.toMillis(), maxDigits));
        if (FAILED.equals(reply.getResult())) {
            skipMissing(prompt.file());
            reply = send(new GetDataCommand(NO_PROMPT, timeout.toMillis(), maxDigits));
            if (FAILED.equals(reply.getResult())) {
                throw new AgiHangupException();
            }
        }
        String result = reply.getResult();
        return new Keyed(result == null ? "" : result, "timeout".equals(reply.getExtra()));
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

    /**
     * After a {@code result=-1}: returns if the channel is still up (so the file was missing), throws
     * {@link AgiHangupException} if the caller hung up.
     */
    private void skipMissing(String file) throws AgiException {
        AgiReply status = send(new ChannelStatusCommand());
        if (status.getResultCode() < 0) {
            throw new AgiHangupException();
        }
        if (MISSING_LOGGED.add(file)) {
            LOG.warnf("IVR: sound file %s is not installed on the PBX (channel language %s); skipped. "
                    + "Install the prompt set (see ivr-prompts.md).", file, language);
        }
    }

    private AgiReply send(AgiCommand command) throws AgiException {
        AgiReply reply = channel.sendCommand(command);
        if (reply.getStatus() != AgiReply.SC_SUCCESS) {
            throw new AgiException("unexpected reply from Asterisk: '" + reply.getFirstLine() + "' ("
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
