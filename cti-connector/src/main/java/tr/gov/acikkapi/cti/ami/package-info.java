/** The Asterisk Manager Interface: our neutral message form, the link to one PBX, telephony actions over it. */
package tr.gov.acikkapi.cti.ami;
