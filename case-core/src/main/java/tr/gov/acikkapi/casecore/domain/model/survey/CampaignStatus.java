package tr.gov.acikkapi.casecore.domain.model.survey;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a survey campaign stands. {@code READY → RUNNING ⇄ PAUSED}; {@code STOPPED} by a supervisor from any of
 * these; {@code FINISHED} when every selected application has its final result. Stopped and finished are final.
 */
public enum CampaignStatus {
    READY, RUNNING, PAUSED, STOPPED, FINISHED;

    /** Whether a supervisor's or the dialler's move from this status to {@code next} is allowed. */
    public boolean canMoveTo(CampaignStatus next) {
        return allowed(this).contains(next);
    }

    /** Stopped or finished: nothing is dialled any more. */
    public boolean isFinal() {
        return this == STOPPED || this == FINISHED;
    }

    private static Set<CampaignStatus> allowed(CampaignStatus from) {
        return switch (from) {
            case READY -> EnumSet.of(RUNNING, STOPPED);
            case RUNNING -> EnumSet.of(PAUSED, STOPPED, FINISHED);
            case PAUSED -> EnumSet.of(RUNNING, STOPPED);
            case STOPPED, FINISHED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }
}
