/** Tests of the case-core services on Hibernate over the embedded MariaDB, outside the container. */
package tr.gov.acikkapi.casecore.application.internal;
