/** Geography reference data: provinces (and their regions) that applications and citizens belong to. */
package tr.gov.acikkapi.casecore.domain.model.geography;
