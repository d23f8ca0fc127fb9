/** Tests of the JPA mappings with Hibernate against the migrated MariaDB schema. */
package tr.gov.acikkapi.casecore.persistence;
