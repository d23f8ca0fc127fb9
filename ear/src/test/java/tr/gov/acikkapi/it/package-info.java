/**
 * Integration tests against the provisioned WildFly, the embedded MariaDB and (later) the AMI simulator:
 * Arquillian tests inside the deployed EAR, HTTP smoke tests and browser tests from outside.
 */
package tr.gov.acikkapi.it;
