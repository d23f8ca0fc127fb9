/** How the HTTP interfaces answer a failed request: one problem (status, stable code, Turkish message, field) per failure. */
package tr.gov.acikkapi.casecore.interfaces.problem;
