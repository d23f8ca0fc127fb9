/** Tests of the demonstration data generator against the embedded MariaDB. */
package tr.gov.acikkapi.casecore.demo;
