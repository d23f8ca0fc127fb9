/**
 * Open311 GeoReport v2 on the case core, in XML and JSON from the same classes: the catalogue as services,
 * applications as service requests (tracking number = service_request_id, province plate code = jurisdiction_id).
 * JAXB and JSON-B both read the answer classes' fields, so one field list (with the spec's names) serves both formats.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@JsonbVisibility(Open311FieldAccess.class)
package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
