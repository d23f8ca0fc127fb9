/** What every part of the domain shares: the one domain exception and its stable error codes. */
package tr.gov.acikkapi.casecore.domain.shared;
