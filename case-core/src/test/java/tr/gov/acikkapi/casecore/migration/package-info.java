/** Tests of the Flyway migrations against a real embedded MariaDB 11.4. */
package tr.gov.acikkapi.casecore.migration;
