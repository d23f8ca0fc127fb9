package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.NamedAgiScript;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code status} script: a citizen keys a tracking number and hears where the application stands.
 *
 * <p>The number's check digit is verified before any lookup. The status is told only to the citizen who
 * filed the application: the caller ID must be one of their phones (compared by the case core), or else the
 * caller keys the last four digits of their TC Kimlik No. Nothing about an application (not even that it
 * exists beyond "no such number") is said before that. A wrong number, an unknown number, wrong ID digits
 * and an empty entry each count as a wrong try; after {@link IvrSettings#maxTries()} of them the call ends
 * politely. Every attempt is audited with the caller number and the digits keyed, and failures count
 * against the caller number in the {@link CallerThrottle}: a throttled number is told to call later and
 * nothing is looked up. Being asked for the ID digits tells a stranger that the number exists, so a call that
 * leaves the ID question unanswered (hangs up, or keys nothing until the tries are used up) counts as one failure
 * too: probing which numbers exist is throttled like guessing them.
 *
 * <p>On return the channel variable {@code ACIKKAPI_IVR_RESULT} tells the dialplan how it went:
 * {@code told}, {@code failed}, {@code throttled}, {@code unverifiable} or {@code error}.
 */
public final class StatusLine implements NamedAgiScript {

    /** The script name in {@code agi://host:port/status}. */
    public static final String NAME = "status";
    /** Channel variable with the result, for the dialplan. */
    public static final String RESULT_VARIABLE = "ACIKKAPI_IVR_RESULT";

    private static final Logger LOG = Logger.getLogger(StatusLine.class);
    /**
     * Keys accepted for a tracking number: its ten digits and some slack, so that the {@code #} after ten
     * digits ends GET DATA rather than staying in the channel's key buffer for the next question.
     */
    private static final int TRACKING_MAX_DIGITS = 12;
    private static final int TC_LAST_DIGITS = 4;

    private final IvrCases cases;
    private final TrackingNumberCheck check;
    private final AttemptRecorder attempts;
    private final CallerThrottle throttle;
    private final IvrSettings settings;

    public StatusLine(IvrCases cases, TrackingNumberCheck check, IvrAudit audit, CallerThrottle throttle,
                      IvrSettings settings) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.check = Objects.requireNonNull(check, "check");
        this.attempts = new AttemptRecorder(Objects.requireNonNull(audit, "audit"), IvrAudit.Script.STATUS);
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        Call call = new Call(CallerId.of(request), new Dialogue(channel, request.getLanguage()));
        try {
            call.dialogue.answer();
            String result = converse(call);
            call.dialogue.set(RESULT_VARIABLE, result);
            call.dialogue.play(IvrPrompt.GOODBYE);
        } catch (AgiHangupException e) {
            LOG.debugf("Status line: the caller hung up before the end (%s)", request.getChannel());
            abandon(call);
        } catch (AgiException e) {
            LOG.warnf("Status line: FastAGI session cut short (%s): %s", request.getChannel(), e.getMessage());
            abandon(call);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Status line: the case core could not be reached (%s)", request.getChannel());
            attempts.record(call.caller, call.pendingNumber, IvrAudit.Outcome.TECHNICAL_ERROR);
            apologise(call, request);
        }
    }

    private String converse(Call call) throws AgiException {
        if (throttled(call)) {
            return "throttled";
        }
        call.dialogue.play(IvrPrompt.STATUS_WELCOME);
        while (call.wrongTries < settings.maxTries()) {
            if (throttled(call)) {
                return "throttled";
            }
            Dialogue.Keyed keyed = call.dialogue.ask(IvrPrompt.ENTER_TRACKING_NUMBER, settings.digitTimeout(),
                    TRACKING_MAX_DIGITS);
            if (keyed.isEmpty()) {
                wrongTry(call, IvrPrompt.NOTHING_KEYED);
                continue;
            }
            call.pendingNumber = keyed.digits();
            if (!check.isValid(keyed.digits())) {
                fail(call, IvrAudit.Outcome.INVALID_NUMBER, IvrPrompt.NUMBER_INVALID);
                continue;
            }
            Lookup lookup = cases.inOneUnit(() -> lookUp(call));
            switch (lookup.decision()) {
                case NOT_FOUND -> {
                    call.pendingNumber = "";
                    throttle.recordFailure(call.caller.throttleKey());
                    wrongTry(call, IvrPrompt.APPLICATION_NOT_FOUND);
                }
                case TOLD -> {
                    call.pendingNumber = "";
                    return tellAudited(call, lookup.application());
                }
                case ASK_IDENTITY -> {
                    return verifyAndTell(call, lookup.application());
                }
            }
        }
        call.dialogue.play(IvrPrompt.TRIES_EXHAUSTED);
        return "failed";
    }

    /**
     * Looks the pending number up and, where that decides it, audits the answer, in one unit of work of the case
     * core ({@link IvrCases#inOneUnit}): an unknown number is audited as not found; an application whose citizen
     * has the caller's number is audited as told, and told once the unit has committed. Otherwise the caller
     * still has to prove who they are, and nothing is audited yet. The call's pending number stays until the
     * unit has committed, so that a failed commit is audited with it.
     */
    private Lookup lookUp(Call call) {
        Optional<IvrApplication> found = cases.find(call.pendingNumber);
        if (found.isEmpty()) {
            attempts.recordInUnit(call.caller, call.pendingNumber, IvrAudit.Outcome.NOT_FOUND);
            return new Lookup(Decision.NOT_FOUND, null);
        }
        Optional<String> callerNumber = call.caller.usableNumber();
        if (callerNumber.isPresent() && cases.sameCitizenPhone(callerNumber.get(), found.get())) {
            attempts.recordInUnit(call.caller, call.pendingNumber, IvrAudit.Outcome.STATUS_TOLD);
            return new Lookup(Decision.TOLD, found.get());
        }
        return new Lookup(Decision.ASK_IDENTITY, found.get());
    }

    /** What {@link #lookUp} decided, and the application found (null when not found). */
    private record Lookup(Decision decision, IvrApplication application) {
    }

    /**
     * {@code NOT_FOUND} and {@code TOLD} are audited in the lookup's unit; {@code ASK_IDENTITY}, an application whose
     * caller has not yet proved who they are, is not audited yet.
     */
    private enum Decision { NOT_FOUND, TOLD, ASK_IDENTITY }

    /** The identity question for a caller whose number is not the citizen's, then the status if they pass. */
    private String verifyAndTell(Call call, IvrApplication application) throws AgiException {
        Optional<String> last4 = application.tcKimlikLast4IfKnown();
        if (last4.isEmpty()) {
            settle(call, IvrAudit.Outcome.IDENTITY_UNAVAILABLE);
            call.dialogue.play(IvrPrompt.IDENTITY_UNAVAILABLE);
            return "unverifiable";
        }
        int identityFailures = 0;
        call.awaitingIdentity = true;
        while (call.wrongTries < settings.maxTries()) {
            if (throttled(call)) {
                return "throttled";
            }
            Dialogue.Keyed keyed = call.dialogue.ask(IvrPrompt.ENTER_TC_LAST_FOUR, settings.digitTimeout(),
                    TC_LAST_DIGITS);
            if (keyed.isEmpty()) {
                wrongTry(call, IvrPrompt.NOTHING_KEYED);
                continue;
            }
            if (sameDigits(keyed.digits(), last4.get())) {
                call.awaitingIdentity = false;
                return tell(call, application);
            }
            attempts.record(call.caller, call.pendingNumber, IvrAudit.Outcome.IDENTITY_FAILED);
            identityFailures++;
            throttle.recordFailure(call.caller.throttleKey());
            wrongTry(call, IvrPrompt.IDENTITY_NOT_VERIFIED);
        }
        call.awaitingIdentity = false;
        if (identityFailures == 0) {
            settle(call, IvrAudit.Outcome.IDENTITY_FAILED);
            throttle.recordFailure(call.caller.throttleKey());
        }
        call.pendingNumber = "";
        call.dialogue.play(IvrPrompt.TRIES_EXHAUSTED);
        return "failed";
    }

    private String tell(Call call, IvrApplication application) throws AgiException {
        settle(call, IvrAudit.Outcome.STATUS_TOLD);
        return tellAudited(call, application);
    }

    /** Tells the status of an application whose telling has been audited. */
    private String tellAudited(Call call, IvrApplication application) throws AgiException {
        call.dialogue.play(IvrPrompt.TRACKING_NUMBER_INTRO);
        call.dialogue.say(SpokenTurkish.digits(application.trackingNumber()));
        call.dialogue.play(IvrPrompt.STATUS_INTRO);
        for (IvrPrompt prompt : promptsFor(application.status())) {
            call.dialogue.play(prompt);
        }
        if (!application.status().isConcluded()) {
            call.dialogue.play(IvrPrompt.DEADLINE);
            call.dialogue.say(SpokenTurkish.date(application.deadline()));
        }
        return "told";
    }

    /** The status prompt; for a concluded application "concluded" followed by the outcome. */
    static List<IvrPrompt> promptsFor(IvrApplication.Status status) {
        return switch (status) {
            case RECEIVED -> List.of(IvrPrompt.STATUS_RECEIVED);
            case ROUTED -> List.of(IvrPrompt.STATUS_ROUTED);
            case IN_PROGRESS -> List.of(IvrPrompt.STATUS_IN_PROGRESS);
            case ESCALATED_GOVERNOR -> List.of(IvrPrompt.STATUS_ESCALATED_GOVERNOR);
            case ESCALATED_MINISTRY -> List.of(IvrPrompt.STATUS_ESCALATED_MINISTRY);
            case CONCLUDED_POSITIVE -> List.of(IvrPrompt.STATUS_CONCLUDED, IvrPrompt.OUTCOME_POSITIVE);
            case CONCLUDED_NEGATIVE -> List.of(IvrPrompt.STATUS_CONCLUDED, IvrPrompt.OUTCOME_NEGATIVE);
            case REDIRECTED -> List.of(IvrPrompt.STATUS_CONCLUDED, IvrPrompt.OUTCOME_REDIRECTED);
        };
    }

    private boolean throttled(Call call) throws AgiException {
        if (!throttle.isThrottled(call.caller.throttleKey())) {
            return false;
        }
        settle(call, IvrAudit.Outcome.THROTTLED);
        call.dialogue.play(IvrPrompt.TOO_MANY_ATTEMPTS);
        return true;
    }

    /** A failed attempt at a number: audited, counted against the caller, and a wrong try. */
    private void fail(Call call, IvrAudit.Outcome outcome, IvrPrompt prompt) throws AgiException {
        settle(call, outcome);
        throttle.recordFailure(call.caller.throttleKey());
        wrongTry(call, prompt);
    }

    private static void wrongTry(Call call, IvrPrompt prompt) throws AgiException {
        call.wrongTries++;
        call.dialogue.play(prompt);
    }

    /** Audits the pending number's attempt as decided. */
    private void settle(Call call, IvrAudit.Outcome outcome) {
        attempts.record(call.caller, call.pendingNumber, outcome);
        call.pendingNumber = "";
    }

    private void abandon(Call call) {
        if (call.awaitingIdentity) {
            throttle.recordFailure(call.caller.throttleKey());
        }
        if (!call.pendingNumber.isEmpty()) {
            settle(call, IvrAudit.Outcome.ABANDONED);
        }
    }

    private static void apologise(Call call, AgiRequest request) {
        try {
            call.dialogue.set(RESULT_VARIABLE, "error");
            call.dialogue.play(IvrPrompt.TECHNICAL_PROBLEM);
        } catch (AgiException e) {
            LOG.debugf("Status line: the apology prompt could not be played (%s): %s", request.getChannel(), e.getMessage());
        }
    }

    private static boolean sameDigits(String keyed, String expected) {
        return MessageDigest.isEqual(keyed.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    /** The state of one call: who, over which dialogue, how many wrong tries, which number is undecided. */
    private static final class Call {
        final CallerId caller;
        final Dialogue dialogue;
        int wrongTries;
        String pendingNumber = "";
        boolean awaitingIdentity;

        Call(CallerId caller, Dialogue dialogue) {
            this.caller = caller;
            this.dialogue = dialogue;
        }
    }
}
