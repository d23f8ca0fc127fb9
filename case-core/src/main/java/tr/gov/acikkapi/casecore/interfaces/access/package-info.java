/** Who calls the HTTP interfaces: channel machines with API keys, staff with HTTP Basic, and how both are checked. */
package tr.gov.acikkapi.casecore.interfaces.access;
