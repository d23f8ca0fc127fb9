package tr.gov.acikkapi.casecore.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

/** Whose applications to list. Sent in a body, so the TC Kimlik No stays out of URLs and access logs. */
@Schema(description = "Vatandaşın başvurularını listeleme")
public record CitizenLookupForm(@Schema(required = true, example = "10000000146") String tcKimlikNo) {

    /** The TC Kimlik No, checked. */
    public TcKimlikNo checked() {
        return FieldValidation.check("tcKimlikNo", () -> TcKimlikNo.of(tcKimlikNo));
    }
}
