package tr.gov.acikkapi.casecore.application;

import java.util.Objects;

/**
 * What a status enquiry by phone needs of one application, read at once: the application's summary, its citizen
 * (whose phone numbers and TC Kimlik No let a phone line check who is asking), and whether its satisfaction survey
 * has been answered. Unlike {@link ApplicationDetail}, no timeline: a phone line does not tell it.
 */
public record StatusEnquiry(ApplicationSummary application, CitizenSummary citizen, boolean surveyAnswered) {

    public StatusEnquiry {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(citizen, "citizen");
    }
}
