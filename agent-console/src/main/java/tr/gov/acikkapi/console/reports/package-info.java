/** The supervisors' reports: applications nearing or past their deadline, analytics with charts and CSV export. */
package tr.gov.acikkapi.console.reports;
