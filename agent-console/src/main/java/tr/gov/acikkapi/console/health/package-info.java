/** Health endpoints on the application port: /health/live and /health/ready. */
package tr.gov.acikkapi.console.health;
