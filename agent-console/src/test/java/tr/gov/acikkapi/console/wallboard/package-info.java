/** Tests of the wallboard's folding and push throttling, without a container. */
package tr.gov.acikkapi.console.wallboard;
