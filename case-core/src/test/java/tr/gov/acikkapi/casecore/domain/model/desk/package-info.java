/** Tests of the desk's lists: codes, labels, sort orders. */
package tr.gov.acikkapi.casecore.domain.model.desk;
