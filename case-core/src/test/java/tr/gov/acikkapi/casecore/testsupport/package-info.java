/** Test support shared by the persistence tests: the embedded MariaDB server and its migrated databases. */
package tr.gov.acikkapi.casecore.testsupport;
