/** Who an agent is: the mapping from queue member interfaces and phone channels to our user names. */
package tr.gov.acikkapi.cti.agent;
