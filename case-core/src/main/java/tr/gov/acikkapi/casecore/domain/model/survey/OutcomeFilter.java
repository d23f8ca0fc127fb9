package tr.gov.acikkapi.casecore.domain.model.survey;

import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;

import java.util.EnumSet;
import java.util.Set;

/** Which concluded applications a campaign surveys, by their outcome. */
public enum OutcomeFilter {
    /** Every concluded application: positive, negative, or redirected with alternatives. */
    ANY(EnumSet.of(ApplicationStatus.CONCLUDED_POSITIVE, ApplicationStatus.CONCLUDED_NEGATIVE, ApplicationStatus.REDIRECTED)),
    /** Concluded positively (olumlu). */
    POSITIVE(EnumSet.of(ApplicationStatus.CONCLUDED_POSITIVE)),
    /** Concluded negatively (olumsuz). */
    NEGATIVE(EnumSet.of(ApplicationStatus.CONCLUDED_NEGATIVE));

    private final Set<ApplicationStatus> statuses;

    OutcomeFilter(Set<ApplicationStatus> statuses) {
        this.statuses = statuses;
    }

    /** The application statuses this filter selects. */
    public Set<ApplicationStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }
}
