/** The CTI connector: everything that speaks Asterisk (AMI, FastAGI) behind our own events and services. */
package tr.gov.acikkapi.cti;
