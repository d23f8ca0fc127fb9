/**
 * Open311 GeoReport v2 on the case core: the catalogue as services, applications as service requests
 * (tracking number = service_request_id, province plate code = jurisdiction_id), JSON only.
 */
package tr.gov.acikkapi.casecore.interfaces.open311;
