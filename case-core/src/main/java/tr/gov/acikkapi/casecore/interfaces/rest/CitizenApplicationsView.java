package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A citizen's applications, newest first, under the citizen's masked name (null when the citizen never applied). */
@Schema(description = "Vatandaşın başvuruları")
@JsonbPropertyOrder({"applicant", "applications"})
public record CitizenApplicationsView(String applicant, List<ApplicationListItem> applications) {
}
