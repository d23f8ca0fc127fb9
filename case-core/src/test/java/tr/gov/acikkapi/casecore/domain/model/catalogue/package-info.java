/** Tests of the catalogue's numbering. */
package tr.gov.acikkapi.casecore.domain.model.catalogue;
