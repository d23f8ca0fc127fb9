package tr.gov.acikkapi.cti.survey.casecore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.gov.acikkapi.casecore.application.SurveyCampaigns;
import tr.gov.acikkapi.casecore.domain.model.survey.DialResult;
import tr.gov.acikkapi.cti.survey.CampaignCalls;
import tr.gov.acikkapi.cti.survey.RunningCampaign;
import tr.gov.acikkapi.cti.survey.SurveyCall;
import tr.gov.acikkapi.cti.survey.SurveyCallEnd;

import java.time.Instant;
import java.util.List;

/** {@link CampaignCalls} over the case core's {@link SurveyCampaigns} (each call one transaction of the EJB). */
@ApplicationScoped
public class CaseCoreCampaignCalls implements CampaignCalls {

    @Inject
    SurveyCampaigns campaigns;

    @Override
    public List<RunningCampaign> running() {
        return campaigns.running().stream()
                .map(c -> new RunningCampaign(c.id(), c.concurrency(), c.hours()::allows)).toList();
    }

    @Override
    public List<SurveyCall> claim(long campaignId, int max, Instant now, String dialler) {
        return campaigns.claim(campaignId, max, now, dialler).stream()
                .map(o -> new SurveyCall(o.dialId(), o.campaignId(), o.trackingNumber(), o.phoneNational(), o.tryNo()))
                .toList();
    }

    @Override
    public void ended(long dialId, SurveyCallEnd end, Instant at) {
        campaigns.dialEnded(dialId, switch (end) {
            case ANSWERED -> DialResult.INCOMPLETE;
            case NO_ANSWER -> DialResult.NO_ANSWER;
            case BUSY -> DialResult.BUSY;
            case FAILED -> DialResult.FAILED;
            case INTERRUPTED -> DialResult.INTERRUPTED;
        }, at);
    }

    @Override
    public int interruptOpenCalls(Instant at) {
        return campaigns.interruptOpenDials(at);
    }
}
