package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;

import java.time.OffsetDateTime;

/** An application in a citizen's list: where it stands and by when it is due. */
@Schema(description = "Listedeki başvuru")
@JsonbPropertyOrder({"trackingNumber", "kind", "applicationTypeId", "applicationType", "topic", "status", "statusLabel", "open",
        "unit", "provinceCode", "province", "channel", "subject", "registeredAt", "deadlineAt", "version"})
public record ApplicationListItem(String trackingNumber, String kind, int applicationTypeId, String applicationType, String topic,
                                  String status, String statusLabel, boolean open, String unit, int provinceCode, String province,
                                  String channel, String subject, OffsetDateTime registeredAt, OffsetDateTime deadlineAt,
                                  long version) {

    public static ApplicationListItem of(ApplicationSummary s) {
        return new ApplicationListItem(s.trackingNumber().value(), s.kind().name(), s.applicationTypeId(), s.applicationTypeName(),
                s.topicName(), s.status().name(), s.status().label(), s.status().isOpen(), s.unitName().orElse(null),
                s.provinceCode(), s.provinceName(), s.channel().name(), s.subject(), IstanbulTime.of(s.registeredAt()),
                IstanbulTime.of(s.deadlineAt()), s.version());
    }
}
