package tr.gov.acikkapi.cti.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.ami.AmiEventHandler;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The survey dialler of the PBX that dials surveys, kept with that PBX's link wherever the link runs: the runtime
 * that opens a link puts the dialler beside the link's correlator ({@link #beside}), starts it with the link's
 * telephony ({@link #start}) and stops it when it closes the link ({@link #stop}). The campaigns' state is in the
 * database, so a dialler started on another node carries on.
 */
@ApplicationScoped
public class SurveyDiallers {

    private static final Logger LOG = Logger.getLogger(SurveyDiallers.class);

    @Inject
    CampaignCalls calls;

    @Inject
    Clock clock;

    @Inject
    Config config;

    private final Map<String, SurveyDialler> diallers = new ConcurrentHashMap<>();

    /**
     * The handler to give the link of {@code server}: the correlator, and beside it a new survey dialler when
     * {@code dialsSurveys} (the first configured PBX dials the surveys).
     */
    public AmiEventHandler beside(String server, AmiEventHandler correlator, boolean dialsSurveys) {
        if (!dialsSurveys) {
            return correlator;
        }
        SurveyDiallerSettings settings;
        try {
            settings = SurveyDiallerSettings.from(name -> config.getOptionalValue(name, String.class));
        } catch (RuntimeException e) {
            LOG.errorf("Survey settings are wrong, no survey calls are placed: %s", e.getMessage());
            return correlator;
        }
        SurveyDialler dialler = new SurveyDialler(server, calls, clock, settings);
        SurveyDialler previous = diallers.put(server, dialler);
        if (previous != null) {
            previous.close();
        }
        return AmiEventHandler.both(correlator, dialler);
    }

    /** Starts the dialler of {@code server} (if it has one) on the link's scheduler, dialling through its telephony. */
    public void start(String server, Telephony telephony, ScheduledExecutorService scheduler) {
        SurveyDialler dialler = diallers.get(server);
        if (dialler != null) {
            dialler.start(scheduler, telephony);
        }
    }

    /** Stops the dialler of {@code server}: the link is closed on this node. */
    public void stop(String server) {
        SurveyDialler dialler = diallers.remove(server);
        if (dialler != null) {
            dialler.close();
        }
    }
}
