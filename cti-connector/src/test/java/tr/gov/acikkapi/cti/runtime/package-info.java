/** Tests of the connector's runtime pieces that need no container. */
package tr.gov.acikkapi.cti.runtime;
