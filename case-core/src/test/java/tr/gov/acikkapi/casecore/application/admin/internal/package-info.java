/** Tests of the administration services against a migrated MariaDB, one transaction per call as in the container. */
package tr.gov.acikkapi.casecore.application.admin.internal;
