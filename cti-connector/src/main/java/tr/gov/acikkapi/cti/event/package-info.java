/** Our own call-centre events, the only thing the rest of the application learns from the PBX. */
package tr.gov.acikkapi.cti.event;
