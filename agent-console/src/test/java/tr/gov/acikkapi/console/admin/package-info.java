/** Tests of the administration pages' logic that needs no container. */
package tr.gov.acikkapi.console.admin;
