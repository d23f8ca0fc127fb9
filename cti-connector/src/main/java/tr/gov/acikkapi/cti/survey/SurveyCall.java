package tr.gov.acikkapi.cti.survey;

import java.util.Objects;

/**
 * One survey call to place, already stored and audited by the case core: dial {@code number} (national form) into
 * the survey for the application {@code trackingNumber}.
 */
public record SurveyCall(long dialId, long campaignId, String trackingNumber, String number, int tryNo) {

    public SurveyCall {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(number, "number");
    }

    /** The Originate's ActionID, by which its OriginateResponse is recognised. */
    public String actionId() {
        return "survey-" + dialId;
    }
}
