/** Tests of the persistence infrastructure. */
package tr.gov.acikkapi.casecore.infrastructure.persistence;
