package tr.gov.acikkapi.cti.survey;

import java.time.Instant;
import java.util.List;

/**
 * Port to the case core for the survey dialler: the running campaigns, the citizens due now, and how each call ended.
 * The case core keeps all of it in the database, so a dialler on another node carries on where this one stopped.
 * Called from the dialler's scheduler thread, never from the PBX link's event lane.
 */
public interface CampaignCalls {

    /** The campaigns running now. */
    List<RunningCampaign> running();

    /**
     * At most {@code max} calls of the campaign due now, each stored (and audited) as dialled before this returns: a
     * call handed out here is never handed out again.
     */
    List<SurveyCall> claim(long campaignId, int max, Instant now, String dialler);

    /** A call ended; reporting it twice changes nothing. */
    void ended(long dialId, SurveyCallEnd end, Instant at);

    /** Every call still stored as in flight (by this or another node) ends as interrupted; returns how many. */
    int interruptOpenCalls(Instant at);
}
