package tr.gov.acikkapi.cti.ivr.casecore;

import jakarta.enterprise.context.ApplicationScoped;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.cti.ivr.TrackingNumberCheck;

/** The case core's own tracking-number rule (length and Damm check digit), so that there is one. */
@ApplicationScoped
public class TrackingNumberRule implements TrackingNumberCheck {

    @Override
    public boolean isValid(String keyedDigits) {
        try {
            TrackingNumber.parse(keyedDigits);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
