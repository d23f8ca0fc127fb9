/** Persistence infrastructure of the case core: schema migrations and database access shared by repositories. */
package tr.gov.acikkapi.casecore.infrastructure.persistence;
