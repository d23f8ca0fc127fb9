/** Tests of demo mode's guards: no published demo password survives outside demo mode. */
package tr.gov.acikkapi.console.demo;
