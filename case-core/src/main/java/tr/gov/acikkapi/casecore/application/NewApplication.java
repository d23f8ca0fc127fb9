package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.ReportedLocation;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;

/**
 * An application to register, as an intake channel gives it.
 *
 * @param citizen           who applies (found by TC Kimlik No, or created)
 * @param kind              request, complaint or suggestion
 * @param applicationTypeId the catalogue type
 * @param provinceCode      the province the application concerns
 * @param district          may be null
 * @param channel           where it came in
 * @param subject           one line
 * @param description       the citizen's words
 * @param actor             the user (or channel account) registering it
 * @param call              the call it is registered during, to link it; null outside the call center
 * @param location          where the matter is, as a web, mobile or kiosk channel reports it; null for none
 */
public record NewApplication(CitizenDetails citizen, ApplicationKind kind, int applicationTypeId, int provinceCode,
                             String district, IntakeChannel channel, String subject, String description, String actor,
                             CallKey call, ReportedLocation location) {

    /** An application with no reported location (the call center, the office). */
    public NewApplication(CitizenDetails citizen, ApplicationKind kind, int applicationTypeId, int provinceCode,
                          String district, IntakeChannel channel, String subject, String description, String actor,
                          CallKey call) {
        this(citizen, kind, applicationTypeId, provinceCode, district, channel, subject, description, actor, call, null);
    }
}
