/** The FastAGI IVR: the status line, queue priority and satisfaction survey scripts citizens reach by phone, and the server that runs them. */
package tr.gov.acikkapi.cti.ivr;
