/** Test helpers: the recorded AMI transcripts, a byte-for-byte replay server, event recorders. */
package tr.gov.acikkapi.cti.testsupport;
