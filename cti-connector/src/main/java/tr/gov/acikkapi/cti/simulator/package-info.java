/** A TCP AMI simulator that plays calls with the event shapes of the recorded Asterisk 22.10.1 transcripts. */
package tr.gov.acikkapi.cti.simulator;
