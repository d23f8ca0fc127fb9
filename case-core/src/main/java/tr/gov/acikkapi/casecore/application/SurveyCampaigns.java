package tr.gov.acikkapi.casecore.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import tr.gov.acikkapi.casecore.domain.model.survey.CallingHours;
import tr.gov.acikkapi.casecore.domain.model.survey.CampaignStatus;
import tr.gov.acikkapi.casecore.domain.model.survey.DialResult;
import tr.gov.acikkapi.casecore.domain.model.survey.TargetState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Satisfaction survey campaigns: supervisors define, start, pause, resume and stop them and read their results; the
 * dialler (on the node that holds the PBX link) claims due citizens, one dial at a time each, and reports how each
 * dial ended; the survey script reports a refusal. Everything a campaign knows is in the database, so another node
 * can carry on where the dialler stopped.
 */
public interface SurveyCampaigns {

    /**
     * Defines a campaign and selects its applications at once: concluded in the date range, matching the filters,
     * not surveyed yet, never in another campaign, whose citizen has a phone and has not asked not to be called; a
     * random sample of the size or share asked. Refused (SURVEY_CAMPAIGN_EMPTY) when nothing matches.
     */
    CampaignView define(@NotNull @Valid CampaignForm form, @NotNull String actor);

    /** Moves a campaign: start (from READY), pause, resume (from PAUSED), stop; audited. */
    CampaignView move(long campaignId, @NotNull CampaignStatus next, @NotNull String actor);

    /** Every campaign, newest first. */
    List<CampaignView> all();

    Optional<CampaignView> find(long campaignId);

    /** Calls made, reached, completed and the 1–5 answers, in all and per province, topic and type. */
    CampaignResults results(long campaignId);

    /** The campaign's citizens with masked identities, at most {@code limit}, in selection order. */
    List<TargetRow> targets(long campaignId, int limit);

    /** Sets or clears a citizen's wish not to be called for surveys; audited. */
    void changeDoNotCall(long citizenId, boolean doNotCall, @NotNull String actor);

    // ---------------------------------------------------------------- the dialler's side

    /** The running campaigns, for the dialler. */
    List<DiallerCampaign> running();

    /**
     * Claims at most {@code max} due citizens of a running campaign for dialling now: each gets a dial row (and an
     * audit entry) before this returns, so it is never dialled twice; skips citizens who asked not to be called.
     * Finishes the campaign when nothing is left to dial or in flight.
     */
    List<DialOrder> claim(long campaignId, int max, @NotNull Instant now, @NotNull String dialler);

    /**
     * A dial ended. For an answered call pass {@link DialResult#INCOMPLETE}: the stored score makes it
     * {@link DialResult#COMPLETED}, the script's refusal {@link DialResult#REFUSED}. A second report of the same dial
     * changes nothing. Returns the result stored.
     */
    Optional<DialResult> dialEnded(long dialId, @NotNull DialResult result, @NotNull Instant at);

    /**
     * Ends every dial still in flight as {@link DialResult#INTERRUPTED} (the link was lost, or a new dialler starts
     * where another stopped): counted as a try, retried after the spacing, never sent again at once. Returns how
     * many.
     */
    int interruptOpenDials(@NotNull Instant at);

    /** Dials in flight of one campaign. */
    int openDials(long campaignId);

    // ---------------------------------------------------------------- the survey script's side

    /**
     * The citizen said no in the survey call for this application: it is never called again; with
     * {@code doNotCall} the citizen is never called for any survey. False when no such application.
     */
    boolean refuse(@NotNull String trackingNumberDigits, boolean doNotCall, String callerIdRaw);

    /** A campaign as the dialler runs it. */
    record DiallerCampaign(long id, String name, int concurrency, CallingHours hours) {
    }

    /** One dial to place: the PBX is asked to call {@code phoneNational} into the survey for {@code trackingNumber}. */
    record DialOrder(long dialId, long campaignId, long targetId, String trackingNumber, String phoneNational,
                     int tryNo) {
    }

    /** One citizen of a campaign as the supervisor sees it: identities masked. */
    record TargetRow(long targetId, String maskedName, String maskedPhone, String province, String topic, String type,
                     TargetState state, int tries,
                     Optional<DialResult> lastResult, Optional<Integer> score, Instant nextTryAt) {
    }
}
