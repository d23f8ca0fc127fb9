package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.NamedAgiScript;
import org.jboss.logging.Logger;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code survey} script: after an application is concluded the citizen is called back and rates the
 * service from 1 to 5 on the keypad.
 *
 * <p>The dialplan names the application: as the first AGI argument
 * ({@code AGI(agi://host:4573/survey,${ACIKKAPI_TRACKING})}) or in the channel variable
 * {@code ACIKKAPI_TRACKING}. Only a concluded application is surveyed, and only once: a second call hears
 * that it was answered already. A key other than 1-5 (or none) repeats the question, up to
 * {@link IvrSettings#maxTries()} tries in all. The score is stored with the application through
 * {@link IvrCases#recordSurvey(String, int, String)}. Key 0 declines the survey (the application is never called
 * again), key 9 asks never to be called for a survey again (the citizen's do-not-call flag), both through
 * {@link IvrCases#refuseSurvey(String, boolean, String)}.
 *
 * <p>On return {@code ACIKKAPI_SURVEY_RESULT} is {@code recorded}, {@code already_answered},
 * {@code not_concluded}, {@code no_answer}, {@code refused}, {@code do_not_call}, {@code unavailable} or
 * {@code error}.
 */
public final class SatisfactionSurvey implements NamedAgiScript {

    /** The script name in {@code agi://host:port/survey}. */
    public static final String NAME = "survey";
    /** Channel variable the dialplan may put the tracking number in (when not given as an argument). */
    public static final String TRACKING_VARIABLE = "ACIKKAPI_TRACKING";
    /** Channel variable with the result, for the dialplan. */
    public static final String RESULT_VARIABLE = "ACIKKAPI_SURVEY_RESULT";

    private static final Logger LOG = Logger.getLogger(SatisfactionSurvey.class);
    private static final int SCORE_DIGITS = 1;
    /** The key that declines the survey of this application. */
    static final String DECLINE_KEY = "0";
    /** The key that asks never to be called for a survey again. */
    static final String DO_NOT_CALL_KEY = "9";

    private final IvrCases cases;
    private final TrackingNumberCheck check;
    private final AttemptRecorder attempts;
    private final IvrSettings settings;

    public SatisfactionSurvey(IvrCases cases, TrackingNumberCheck check, IvrAudit audit, IvrSettings settings) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.check = Objects.requireNonNull(check, "check");
        this.attempts = new AttemptRecorder(Objects.requireNonNull(audit, "audit"), IvrAudit.Script.SURVEY);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        CallerId caller = CallerId.of(request);
        Dialogue dialogue = new Dialogue(channel, request.getLanguage());
        String number = "";
        try {
            dialogue.answer();
            number = trackingNumber(request, dialogue);
            String result = converse(caller, dialogue, number, request);
            dialogue.set(RESULT_VARIABLE, result);
            dialogue.play(IvrPrompt.GOODBYE);
        } catch (AgiHangupException e) {
            LOG.debugf("Survey: the caller hung up before the end (%s)", request.getChannel());
        } catch (AgiException e) {
            LOG.warnf("Survey: FastAGI session cut short (%s): %s", request.getChannel(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Survey: the case core could not be reached (%s)", request.getChannel());
            attempts.record(caller, number, IvrAudit.Outcome.TECHNICAL_ERROR);
            apologise(dialogue, request);
        }
    }

    private String converse(CallerId caller, Dialogue dialogue, String number, AgiRequest request)
            throws AgiException {
        if (!check.isValid(number)) {
            LOG.warnf("Survey: the dialplan gave no valid tracking number (%s, %s)", request.getChannel(),
                    request.getContext());
            attempts.record(caller, number, IvrAudit.Outcome.INVALID_NUMBER);
            dialogue.play(IvrPrompt.SURVEY_UNAVAILABLE);
            return "unavailable";
        }
        Optional<IvrApplication> found = cases.find(number);
        if (found.isEmpty()) {
            attempts.record(caller, number, IvrAudit.Outcome.NOT_FOUND);
            dialogue.play(IvrPrompt.SURVEY_UNAVAILABLE);
            return "unavailable";
        }
        if (!found.get().status().isConcluded()) {
            attempts.record(caller, number, IvrAudit.Outcome.SURVEY_NOT_CONCLUDED);
            dialogue.play(IvrPrompt.SURVEY_NOT_CONCLUDED);
            return "not_concluded";
        }
        if (found.get().surveyAnswered()) {
            attempts.record(caller, number, IvrAudit.Outcome.SURVEY_ALREADY_ANSWERED);
            dialogue.play(IvrPrompt.SURVEY_ALREADY_ANSWERED);
            return "already_answered";
        }
        dialogue.play(IvrPrompt.SURVEY_WELCOME);
        for (int tries = 0; tries < settings.maxTries(); tries++) {
            Dialogue.Keyed keyed = dialogue.ask(IvrPrompt.SURVEY_QUESTION, settings.digitTimeout(), SCORE_DIGITS);
            Optional<Integer> score = score(keyed.digits());
            if (score.isPresent()) {
                return store(caller, dialogue, number, score.get());
            }
            if (keyed.digits().equals(DECLINE_KEY) || keyed.digits().equals(DO_NOT_CALL_KEY)) {
                boolean never = keyed.digits().equals(DO_NOT_CALL_KEY);
                cases.refuseSurvey(number, never, caller.raw());
                attempts.record(caller, number, never ? IvrAudit.Outcome.SURVEY_DO_NOT_CALL : IvrAudit.Outcome.SURVEY_REFUSED);
                dialogue.play(never ? IvrPrompt.SURVEY_DO_NOT_CALL : IvrPrompt.SURVEY_REFUSED);
                return never ? "do_not_call" : "refused";
            }
            if (tries + 1 < settings.maxTries()) {
                dialogue.play(IvrPrompt.SURVEY_INVALID_KEY);
            }
        }
        attempts.record(caller, number, IvrAudit.Outcome.SURVEY_NO_ANSWER);
        dialogue.play(IvrPrompt.SURVEY_NO_ANSWER);
        return "no_answer";
    }

    private String store(CallerId caller, Dialogue dialogue, String number, int score) throws AgiException {
        SurveyResult result = cases.recordSurvey(number, score, caller.raw());
        switch (result) {
            case RECORDED -> {
                attempts.record(caller, number, IvrAudit.Outcome.SURVEY_RECORDED);
                dialogue.play(IvrPrompt.SURVEY_THANKS);
                return "recorded";
            }
            case ALREADY_ANSWERED -> {
                attempts.record(caller, number, IvrAudit.Outcome.SURVEY_ALREADY_ANSWERED);
                dialogue.play(IvrPrompt.SURVEY_ALREADY_ANSWERED);
                return "already_answered";
            }
            case NOT_CONCLUDED -> {
                attempts.record(caller, number, IvrAudit.Outcome.SURVEY_NOT_CONCLUDED);
                dialogue.play(IvrPrompt.SURVEY_NOT_CONCLUDED);
                return "not_concluded";
            }
            default -> {
                attempts.record(caller, number, IvrAudit.Outcome.NOT_FOUND);
                dialogue.play(IvrPrompt.SURVEY_UNAVAILABLE);
                return "unavailable";
            }
        }
    }

    /** A score 1-5 from the keys, or empty for anything else ({@code 0}, {@code 6}-{@code 9}, {@code *}, none). */
    static Optional<Integer> score(String keys) {
        if (keys.length() != 1 || keys.charAt(0) < '1' || keys.charAt(0) > '5') {
            return Optional.empty();
        }
        return Optional.of(keys.charAt(0) - '0');
    }

    /** The first AGI argument, else the channel variable; trimmed, possibly empty. */
    private static String trackingNumber(AgiRequest request, Dialogue dialogue) throws AgiException {
        String[] arguments;
        try {
            arguments = request.getArguments();
        } catch (RuntimeException e) {
            arguments = new String[0];
        }
        if (arguments.length > 0 && arguments[0] != null && !arguments[0].isBlank()) {
            return arguments[0].trim();
        }
        return dialogue.variable(TRACKING_VARIABLE).orElse("");
    }

    private static void apologise(Dialogue dialogue, AgiRequest request) {
        try {
            dialogue.set(RESULT_VARIABLE, "error");
            dialogue.play(IvrPrompt.TECHNICAL_PROBLEM);
        } catch (AgiException e) {
            LOG.debugf("Survey: the apology prompt could not be played (%s): %s", request.getChannel(), e.getMessage());
        }
    }
}
