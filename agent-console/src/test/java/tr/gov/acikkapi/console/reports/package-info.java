/** Tests of the supervisor reports' files. */
package tr.gov.acikkapi.console.reports;
